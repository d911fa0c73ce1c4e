import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { UnitRef, unitRef, type RequestContext } from '@dx/subgraph-kit';
import {
  IndicatorChart,
  IndicatorYearTarget,
  RankingSetup,
  RankingTrendPoint,
  UnitRanking,
} from '../schema/evaluation.types';
import { RankingWeightInput } from '../schema/evaluation.inputs';
import { Indicator } from '../schema/indicator.types';
import * as ranking from '../store/ranking';
import * as targets from '../store/indicator-targets';
import { toIndicator } from '../store/mappers';
import { IndicatorRecord } from '../entities/indicator.entity';

@Resolver(() => UnitRanking)
export class UnitRankingResolver {
  @Authorized()
  @Query(() => [UnitRanking], {
    description:
      "The year's DX ranking of the units directly below parentUnitId (default: the caller's scope unit), best first; units without data last, unranked. Once published, the ranking as announced.",
  })
  unitRanking(
    @Arg('year', () => Int) year: number,
    @Arg('parentUnitId', () => ID, { nullable: true }) parentUnitId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ranking.unitRanking(ctx, year, parentUnitId);
  }

  @Authorized()
  @Query(() => [RankingTrendPoint], { description: "A unit's published yearly results, oldest first." })
  unitRankingTrend(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: RequestContext) {
    return ranking.unitRankingTrend(ctx, unitId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() line: UnitRanking) {
    return unitRef(line.unitId);
  }
}

@Resolver(() => RankingSetup)
export class RankingSetupResolver {
  @Authorized()
  @Query(() => RankingSetup, { description: "A year's ranking: weights and whether it was published." })
  rankingSetup(
    @Arg('year', () => Int) year: number,
    @Arg('parentUnitId', () => ID, { nullable: true }) parentUnitId: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ranking.rankingSetup(ctx, year, parentUnitId);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => RankingSetup, {
    description:
      'Sets the weights of a year (one per criterion, whole points summing to 100); version 0 the first time.',
  })
  setRankingWeights(
    @Arg('year', () => Int) year: number,
    @Arg('parentUnitId', () => ID, { nullable: true }) parentUnitId: string | null,
    @Arg('weights', () => [RankingWeightInput]) weights: RankingWeightInput[],
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ranking.setRankingWeights(ctx, year, parentUnitId, weights, version);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => RankingSetup, {
    description: "Publishes the year's ranking as it stands: it is frozen and no longer changes.",
  })
  publishUnitRanking(
    @Arg('year', () => Int) year: number,
    @Arg('parentUnitId', () => ID, { nullable: true }) parentUnitId: string | null,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ranking.publishUnitRanking(ctx, year, parentUnitId, version);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  parentUnit(@Root() setup: RankingSetup) {
    return unitRef(setup.parentUnitId);
  }
}

@Resolver(() => IndicatorYearTarget)
export class IndicatorYearTargetResolver {
  @Authorized()
  @Query(() => [IndicatorYearTarget], { description: "The indicators' targets set for a year." })
  indicatorYearTargets(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return targets.indicatorTargets(ctx, year);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => IndicatorYearTarget, {
    description: "Sets an indicator's target for a year (a change names the version it changes).",
  })
  setIndicatorYearTarget(
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('year', () => Int) year: number,
    @Arg('target', () => Float) target: number,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return targets.setIndicatorYearTarget(ctx, indicatorId, year, target, note, version);
  }

  @FieldResolver(() => Indicator, { nullable: true })
  async indicator(@Root() target: IndicatorYearTarget, @Ctx() ctx: RequestContext) {
    const row = await ctx.dataSource
      .getRepository(IndicatorRecord)
      .findOneBy({ id: Number(target.indicatorId) });
    return row && toIndicator(row);
  }
}

@Resolver(() => IndicatorChart)
export class IndicatorChartResolver {
  @Authorized()
  @Query(() => IndicatorChart, {
    description: "A unit's indicator (with its sub-units' figures) month by month against the year's target.",
  })
  indicatorChart(
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return targets.indicatorChart(ctx, indicatorId, unitId, year);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() chart: IndicatorChart) {
    return unitRef(chart.unitId);
  }

  @FieldResolver(() => Indicator, { nullable: true })
  async indicator(@Root() chart: IndicatorChart, @Ctx() ctx: RequestContext) {
    const row = await ctx.dataSource
      .getRepository(IndicatorRecord)
      .findOneBy({ id: Number(chart.indicatorId) });
    return row && toIndicator(row);
  }
}
