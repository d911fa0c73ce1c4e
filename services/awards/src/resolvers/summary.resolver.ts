import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { summaryPrefix, today, type RequestContext, UnitRef } from '@dx/subgraph-kit';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';

@ObjectType({
  description:
    "Commendation rounds organised in a unit's tree, as the caller may see them (the dashboard's card).",
})
export class AwardsSummary {
  @Field(() => Int, { description: 'Rounds open today (Vietnam time).' })
  openRounds: number;

  @Field(() => Int, { description: 'Submitted nominations waiting for a decision.' })
  awaitingReview: number;
}

/** Unit.awardsSummary: two SQL statements whatever the size of the unit tree. */
@Resolver(() => UnitRef)
export class UnitAwardsSummaryResolver {
  @FieldResolver(() => AwardsSummary, { nullable: true })
  async awardsSummary(@Root() unit: UnitRef, @Ctx() ctx: RequestContext): Promise<AwardsSummary | null> {
    const prefix = await summaryPrefix(ctx, unit.id);
    if (!prefix) return null;
    const like = `${prefix}%`;
    const day = today();
    const [openRounds, awaitingReview] = await Promise.all([
      ctx.dataSource
        .getRepository(AwardRoundRecord)
        .createQueryBuilder('r')
        .where('r.organizerUnitPath LIKE :like AND r.opensAt <= :day AND r.closesAt >= :day', { like, day })
        .getCount(),
      ctx.dataSource
        .getRepository(NominationRecord)
        .createQueryBuilder('n')
        .innerJoin(AwardRoundRecord, 'r', 'r.id = n.roundId')
        .where("r.organizerUnitPath LIKE :like AND n.status = 'SUBMITTED'", { like })
        .getCount(),
    ]);
    return { openRounds, awaitingReview };
  }
}
