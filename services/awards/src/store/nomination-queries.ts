import { Brackets } from 'typeorm';
import {
  identityOf,
  paginate,
  personInfo,
  scopePrefix,
  type PageArgs,
  type RequestContext,
  type SortKey,
} from '@dx/subgraph-kit';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import { ReviewRecord } from '../entities/review.entity';
import type { NominationKind } from '../domain/nominee';
import type { NominationStatusName } from '../domain/nomination-status';
import type { Nomination, NominationOrderName } from '../schema/types';
import { toNomination } from './mappers';
import { visibleRound } from './rounds';
import { whereRoundVisible } from './scope';

const ORDERS: Record<NominationOrderName, SortKey[]> = {
  CREATED_ASC: [{ column: 'n.id', property: 'id', direction: 'ASC' }],
  SCORE_DESC: [
    { column: 'n.scoreHundredths', property: 'scoreHundredths', direction: 'DESC' },
    { column: 'n.id', property: 'id', direction: 'ASC' },
  ],
  NAME_ASC: [
    { column: 'n.nomineeName', property: 'nomineeName', direction: 'ASC' },
    { column: 'n.id', property: 'id', direction: 'ASC' },
  ],
};

function nominationsInScope(ctx: RequestContext) {
  const query = ctx.dataSource.getRepository(NominationRecord).createQueryBuilder('n');
  const prefix = scopePrefix(identityOf(ctx));
  if (prefix) query.andWhere('n.nomineeUnitPath LIKE :prefix', { prefix: `${prefix}%` });
  return query;
}

async function page(query: ReturnType<typeof nominationsInScope>, args: PageArgs, keys: SortKey[]) {
  const connection = await paginate(query, args, keys);
  return { ...connection, nodes: connection.nodes.map(toNomination) };
}

export interface NominationFilter {
  roundId: string;
  status?: NominationStatusName;
  kind?: NominationKind;
  orderBy: NominationOrderName;
}

export async function listNominations(ctx: RequestContext, filter: NominationFilter, args: PageArgs) {
  const round = await visibleRound(ctx, filter.roundId);
  const query = nominationsInScope(ctx).andWhere('n.roundId = :roundId', { roundId: round.id });
  if (filter.status) query.andWhere('n.status = :status', { status: filter.status });
  if (filter.kind) query.andWhere('n.kind = :kind', { kind: filter.kind });
  return page(query, args, ORDERS[filter.orderBy]);
}

/**
 * What is left for the caller to review: submitted, assigned to them where the round assigns
 * reviewers, not nominated by them, not theirs or their unit's, not yet reviewed or recused by them.
 */
export async function reviewQueue(ctx: RequestContext, roundId: string | null, args: PageArgs) {
  const identity = identityOf(ctx);
  const me = identity.personId ? await personInfo(ctx, identity.personId) : null;
  const query = nominationsInScope(ctx).andWhere('n.status = :submitted', { submitted: 'SUBMITTED' });
  if (roundId) {
    query.andWhere('n.roundId = :roundId', { roundId: (await visibleRound(ctx, roundId)).id });
  } else {
    const rounds = whereRoundVisible(
      ctx.dataSource.getRepository(AwardRoundRecord).createQueryBuilder('r').select('r.id'),
      identity,
    );
    query.andWhere(`n.roundId IN (${rounds.getQuery()})`, rounds.getParameters());
  }
  query.andWhere('(n.nominatedByAccountId IS NULL OR n.nominatedByAccountId <> :myAccount)', {
    myAccount: Number(identity.accountId),
  });
  if (me) {
    // Rounds with assigned reviewers queue their nominations only for those reviewers.
    query.andWhere(
      new Brackets((q) =>
        q
          .where('NOT EXISTS (SELECT 1 FROM award_reviewer ar WHERE ar.roundId = n.roundId)')
          .orWhere(
            'EXISTS (SELECT 1 FROM award_reviewer ar2 WHERE ar2.roundId = n.roundId AND ar2.personId = :myId AND (ar2.nominationId IS NULL OR ar2.nominationId = n.id))',
            { myId: Number(me.id) },
          ),
      ),
    );
    query
      .andWhere(
        new Brackets((q) =>
          q.where('n.nomineePersonId IS NULL').orWhere('n.nomineePersonId <> :myId', { myId: Number(me.id) }),
        ),
      )
      .andWhere('n.nomineeHomeUnitId <> :myUnit', { myUnit: Number(me.unit.id) })
      .andWhere(
        `NOT EXISTS (${ctx.dataSource
          .getRepository(ReviewRecord)
          .createQueryBuilder('rv')
          .select('1')
          .where('rv.nominationId = n.id AND rv.reviewerPersonId = :myId')
          .getQuery()})`,
        { myId: Number(me.id) },
      );
  }
  return page(query, args, ORDERS.CREATED_ASC);
}

/** Honours are a public announcement: every approved nominee of a visible round, collectives first, in the order they were nominated. */
export async function honoursOf(ctx: RequestContext, roundId: string): Promise<Nomination[]> {
  const round = await visibleRound(ctx, roundId);
  const rows = await ctx.dataSource
    .getRepository(NominationRecord)
    .createQueryBuilder('n')
    .where('n.roundId = :roundId AND n.status = :approved', { roundId: round.id, approved: 'APPROVED' })
    .orderBy('n.kind', 'ASC')
    .addOrderBy('n.id', 'ASC')
    .getMany();
  return rows.map(toNomination);
}
