import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateScalar, graphqlEnum } from '@dx/subgraph-kit';
import { CAMPAIGN_STATUSES } from '../domain/campaign-status';
import { METRIC_AGGREGATIONS, type MetricAggregationName } from '../domain/rollup';

export const CampaignStatus = graphqlEnum(CAMPAIGN_STATUSES, {
  name: 'CampaignStatus',
  description: "By the campaign's dates, Vietnam time.",
});
export const MetricAggregation = graphqlEnum(METRIC_AGGREGATIONS, {
  name: 'MetricAggregation',
  description:
    'SUM: daily figures add up (citizens helped). LATEST: the most recent figure counts (a share in %).',
});

@ObjectType({ description: 'What a campaign counts, with its baseline, target and result so far.' })
export class CampaignMetric {
  campaignId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  unitOfMeasure: string;

  @Field(() => MetricAggregation)
  aggregation: MetricAggregationName;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Boolean, {
    description: 'The metric counts people; tallies may give the priority groups among them.',
  })
  countsPeople: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A campaign of a unit, e.g. "45 ngày đêm hỗ trợ chuyển đổi số" of a ward.' })
export class Campaign {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  unitId: string;
  unitPath: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => Int)
  version: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A mobile digital-literacy point of a campaign.' })
export class SupportPoint {
  @Field(() => ID)
  id: string;

  campaignId: string;
  unitId: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who runs it with the ward, e.g. the Fatherland Front committee.',
  })
  partner: string | null;

  @Field(() => String, { nullable: true })
  openingHours: string | null;
}

@ObjectType({ description: 'A person from the directory helping in a campaign.' })
export class CampaignVolunteer {
  @Field(() => ID)
  id: string;

  campaignId: string;
  personId: string;
  unitId: string;
  pointId: string | null;

  @Field()
  role: string;
}

@ObjectType({ description: 'How many of the people counted belong to a priority group.' })
export class PriorityGroupCounts {
  @Field(() => Int, { nullable: true })
  elderly: number | null;

  @Field(() => Int, { nullable: true })
  disabled: number | null;

  @Field(() => Int, { nullable: true })
  poorHouseholds: number | null;
}

@ObjectType({ description: "One day's figure of one metric for one unit (and support point)." })
export class CampaignTally {
  @Field(() => ID)
  id: string;

  campaignId: string;
  unitId: string;
  pointId: string | null;

  @Field(() => DateScalar)
  day: string;

  @Field()
  metricCode: string;

  @Field(() => Float)
  value: number;

  @Field(() => PriorityGroupCounts)
  priorityGroups: PriorityGroupCounts;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: "A unit's result for one metric, counting the unit and the units below it." })
export class CampaignUnitTotal {
  unitId: string;

  @Field(() => Float, { nullable: true })
  total: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the way from baseline to target.' })
  progress: number | null;
}

@ObjectType({
  description: 'Baseline → result of one metric, for the whole campaign and per participating unit.',
})
export class CampaignReportLine {
  @Field()
  metricCode: string;

  @Field()
  name: string;

  @Field()
  unitOfMeasure: string;

  @Field(() => MetricAggregation)
  aggregation: MetricAggregationName;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, { nullable: true })
  total: number | null;

  @Field(() => Float, { nullable: true })
  progress: number | null;

  @Field(() => PriorityGroupCounts, {
    description: 'Totals of the priority groups (metrics that count people).',
  })
  priorityGroups: PriorityGroupCounts;

  @Field(() => [CampaignUnitTotal])
  byUnit: CampaignUnitTotal[];
}

@ObjectType({ description: 'One campaign day of a metric, for the chart.' })
export class CampaignDayPoint {
  @Field(() => DateScalar)
  day: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Entered that day (SUM) or the result as of that day (LATEST).',
  })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'The result from the first day to this one.' })
  cumulative: number | null;
}

@ObjectType({ description: 'Campaign figures of a unit and the units below it, for the command dashboard.' })
export class CampaignSummary {
  unitId: string;
  unitPath: string;

  @Field(() => Int, { description: 'Campaigns running today (Vietnam time).' })
  running: number;

  @Field(() => Int, { description: 'Campaigns not started yet.' })
  planned: number;

  @Field(() => Int, { description: 'Participating units of running campaigns with no figure yet today.' })
  notReportedToday: number;

  runningIds: string[];
}

export const CampaignConnection = ConnectionType(Campaign);
export const CampaignTallyConnection = ConnectionType(CampaignTally);
