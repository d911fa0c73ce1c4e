import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import {
  addDays,
  queryGateway,
  summaryPrefix,
  today,
  weekOf,
  type RequestContext,
  UnitRef,
} from '@dx/subgraph-kit';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';

@ObjectType({ description: "Training in a unit's tree, as the caller may see it (the dashboard's card)." })
export class TrainingSummary {
  @Field(() => Int, { description: 'People in the unit and below (from the directory).' })
  people: number;

  @Field(() => Int, { description: 'Of them, people with a completed course.' })
  trained: number;

  @Field(() => Float, { description: 'trained / people, from 0 to 1.' })
  rate: number;

  @Field(() => Int, {
    description: 'Sessions (not cancelled) starting this week, Monday to Sunday, Vietnam time.',
  })
  sessionsThisWeek: number;

  @Field(() => Int, {
    description: 'People waiting for a seat in sessions of the unit and below that have not started.',
  })
  waitlisted: number;
}

const PEOPLE = 'query ($u: ID!) { people(unitId: $u, includeSubunits: true, first: 1) { totalCount } }';

/** Unit.trainingSummary: three SQL statements here and one count in the directory, whatever the size of the tree. */
@Resolver(() => UnitRef)
export class UnitTrainingSummaryResolver {
  @FieldResolver(() => TrainingSummary, { nullable: true })
  async trainingSummary(@Root() unit: UnitRef, @Ctx() ctx: RequestContext): Promise<TrainingSummary | null> {
    const prefix = await summaryPrefix(ctx, unit.id);
    if (!prefix) return null;
    const like = `${prefix}%`;
    const { monday } = weekOf(today());
    const [directory, trained, sessionsThisWeek, waitlisted] = await Promise.all([
      queryGateway<{ people: { totalCount: number } }>(ctx, PEOPLE, { u: unit.id }),
      ctx.dataSource
        .getRepository(EnrolmentRecord)
        .createQueryBuilder('e')
        .select('COUNT(DISTINCT e.personId)', 'n')
        .where("e.status = 'COMPLETED' AND e.unitPath LIKE :like", { like })
        .getRawOne<{ n: string | number }>(),
      ctx.dataSource
        .getRepository(SessionRecord)
        .createQueryBuilder('s')
        .where(
          "s.unitPath LIKE :like AND s.status <> 'CANCELLED' AND s.startsAt >= :from AND s.startsAt < :to",
          {
            like,
            from: new Date(`${monday}T00:00:00+07:00`),
            to: new Date(`${addDays(monday, 7)}T00:00:00+07:00`),
          },
        )
        .getCount(),
      ctx.dataSource
        .getRepository(EnrolmentRecord)
        .createQueryBuilder('e')
        .innerJoin(SessionRecord, 's', 's.id = e.sessionId')
        .where("e.status = 'WAITLISTED' AND s.unitPath LIKE :like AND s.startsAt >= :now", {
          like,
          now: new Date(),
        })
        .getCount(),
    ]);
    const people = directory.people.totalCount;
    const done = Number(trained?.n ?? 0);
    return {
      people,
      trained: done,
      rate: people ? Math.round((done / people) * 1000) / 1000 : 0,
      sessionsThisWeek,
      waitlisted,
    };
  }
}
