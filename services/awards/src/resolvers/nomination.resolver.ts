import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  identityOf,
  isWithinScope,
  type RequestContext,
  personRef,
  PersonRef,
  unitRef,
  UnitRef,
} from '@dx/subgraph-kit';
import { NominateInput, UpdateNominationInput } from '../schema/inputs';
import {
  AwardRound,
  Nomination,
  NominationConnection,
  NominationKind,
  NominationOrder,
  NominationStatus,
  Recusal,
  Review,
  type NominationOrderName,
} from '../schema/types';
import type { NominationKind as NominationKindName } from '../domain/nominee';
import type { NominationStatusName } from '../domain/nomination-status';
import { nominationLoader, reviewRowsLoader, roundLoader } from '../store/loaders';
import { toRecusal, toReview } from '../store/mappers';
import { nominate, submitNomination, updateNomination } from '../store/nominations';
import { returnNomination, withdrawNomination } from '../store/nomination-lifecycle';
import { honoursOf, listNominations, reviewQueue } from '../store/nomination-queries';

const NOMINATORS = ['AWARD_COMMITTEE', 'SECRETARIAT', 'COMMITTEE_MEMBER'] as const;

@Resolver(() => Nomination)
export class NominationResolver {
  @Authorized()
  @Query(() => NominationConnection, {
    description: "A round's nominations whose nominees are in the caller's scope.",
  })
  nominations(
    @Arg('roundId', () => ID) roundId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => NominationStatus, { nullable: true }) status?: NominationStatusName,
    @Arg('kind', () => NominationKind, { nullable: true }) kind?: NominationKindName,
    @Arg('orderBy', () => NominationOrder, { nullable: true, defaultValue: 'CREATED_ASC' })
    orderBy?: NominationOrderName,
  ) {
    return listNominations(ctx, { roundId, status, kind, orderBy: orderBy ?? 'CREATED_ASC' }, page);
  }

  @Authorized()
  @Query(() => Nomination, { nullable: true })
  async nomination(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const nomination = await nominationLoader(ctx).load(id);
    return nomination && isWithinScope(identityOf(ctx), nomination.nomineeUnitPath) ? nomination : null;
  }

  @Authorized('AWARD_COMMITTEE')
  @Query(() => NominationConnection, {
    description:
      'Submitted nominations the caller still has to review: not yet reviewed or recused, and no conflict of interest.',
  })
  reviewQueue(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('roundId', () => ID, { nullable: true }) roundId?: string,
  ) {
    return reviewQueue(ctx, roundId ?? null, page);
  }

  @Authorized()
  @Query(() => [Nomination], {
    description: 'The approved collectives, then individuals, of a round: its public honours list.',
  })
  honours(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: RequestContext) {
    return honoursOf(ctx, roundId);
  }

  @Authorized(...NOMINATORS)
  @Mutation(() => Nomination, {
    description: 'Nominates a unit or a person as a DRAFT; the same nominee twice in a round is a CONFLICT.',
  })
  nominate(@Arg('input') input: NominateInput, @Ctx() ctx: RequestContext) {
    return nominate(ctx, input);
  }

  @Authorized(...NOMINATORS)
  @Mutation(() => Nomination, { description: 'Edits a draft; CONFLICT if it changed since `version`.' })
  updateNomination(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateNominationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateNomination(ctx, id, version, input);
  }

  @Authorized(...NOMINATORS)
  @Mutation(() => Nomination, {
    description: 'Sends a draft to the committee; refused once the round has closed (ROUND_CLOSED).',
  })
  submitNomination(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return submitNomination(ctx, id);
  }

  @Authorized(...NOMINATORS)
  @Mutation(() => Nomination, {
    description: 'Takes a draft or submitted nomination back (WITHDRAWN), with the reason.',
  })
  withdrawNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return withdrawNomination(ctx, id, reason);
  }

  @Authorized('AWARD_COMMITTEE')
  @Mutation(() => Nomination, {
    description:
      'Returns a submitted nomination to DRAFT for revision, with the reason; the nominator is told.',
  })
  returnNomination(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return returnNomination(ctx, id, reason);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the signed-in account nominated this (it may not review it).',
  })
  nominatedByMe(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return (
      nomination.nominatedByAccountId !== null && nomination.nominatedByAccountId === ctx.identity?.accountId
    );
  }

  @FieldResolver(() => AwardRound)
  round(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    return roundLoader(ctx).load(nomination.roundId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  nomineeUnit(@Root() nomination: Nomination) {
    return unitRef(nomination.nomineeUnitId);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  nomineePerson(@Root() nomination: Nomination) {
    return personRef(nomination.nomineePersonId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  nominatingUnit(@Root() nomination: Nomination) {
    return unitRef(nomination.nominatingUnitId);
  }

  @FieldResolver(() => [Review])
  async reviews(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const rows = (await reviewRowsLoader(ctx).load(nomination.id)) ?? [];
    return rows.filter((r) => !r.recused).map(toReview);
  }

  @FieldResolver(() => [Recusal])
  async recusals(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const rows = (await reviewRowsLoader(ctx).load(nomination.id)) ?? [];
    return rows.filter((r) => r.recused).map(toRecusal);
  }

  @FieldResolver(() => Review, {
    nullable: true,
    description: "The signed-in committee member's own review, if any.",
  })
  async myReview(@Root() nomination: Nomination, @Ctx() ctx: RequestContext) {
    const personId = ctx.identity?.personId;
    if (!personId) return null;
    const rows = (await reviewRowsLoader(ctx).load(nomination.id)) ?? [];
    const mine = rows.find((r) => String(r.reviewerPersonId) === personId && !r.recused);
    return mine ? toReview(mine) : null;
  }
}
