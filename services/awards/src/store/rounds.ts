import {
  assertWithinScope,
  badInput,
  encodeUnitPath,
  identityOf,
  notFound,
  requireUnit,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { AwardCriterionRecord } from '../entities/award-criterion.entity';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { roundDatesProblem } from '../domain/round-window';
import { criteriaProblem } from '../domain/scoring';
import type { CreateAwardRoundInput } from '../schema/inputs';
import type { AwardRound } from '../schema/types';
import { toRound } from './mappers';
import { isRoundVisible } from './scope';

export async function createRound(ctx: RequestContext, input: CreateAwardRoundInput): Promise<AwardRound> {
  const identity = identityOf(ctx);
  const title = input.title.trim();
  if (title.length < 3) throw badInput('Give the round a title of at least 3 characters.', 'title');
  const datesProblem = roundDatesProblem(input);
  if (datesProblem) throw badInput(datesProblem, 'closesAt');
  const criteria = (input.criteria ?? []).map((c) => ({ name: c.name.trim(), weight: c.weight }));
  const problem = criteriaProblem(criteria);
  if (problem) throw badInput(problem, 'criteria');
  const organizerId = input.organizerUnitId ?? identity.scopeUnitId;
  if (!organizerId) throw badInput('Choose the unit whose committee runs this round.', 'organizerUnitId');
  const organizer = await requireUnit(ctx, organizerId, 'organizerUnitId');
  const organizerUnitPath = encodeUnitPath(organizer.path);
  assertWithinScope(identity, organizerUnitPath, 'rounds');

  return ctx.dataSource.transaction(async (manager) => {
    const saved = await manager.save(
      manager.create(AwardRoundRecord, {
        title,
        occasion: input.occasion?.trim() || null,
        organizerUnitId: Number(organizer.id),
        organizerUnitPath,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        collectiveQuota: input.collectiveQuota ?? null,
        individualQuota: input.individualQuota ?? null,
      }),
    );
    const savedCriteria = await manager.save(
      criteria.map((c, position) =>
        manager.create(AwardCriterionRecord, { roundId: saved.id, name: c.name, weight: c.weight, position }),
      ),
    );
    await writeAudit(manager, ctx, {
      action: 'createAwardRound',
      entityType: 'AwardRound',
      entityId: saved.id,
      after: { ...saved, criteria: savedCriteria },
    });
    return toRound(saved);
  });
}

/** A round the caller may see, or NOT_FOUND (rounds outside one's area are not confirmed to exist). */
export async function visibleRound(ctx: RequestContext, id: string): Promise<AwardRoundRecord> {
  const round = Number.isInteger(Number(id))
    ? await ctx.dataSource.getRepository(AwardRoundRecord).findOneBy({ id: Number(id) })
    : null;
  if (!round || !isRoundVisible(identityOf(ctx), round.organizerUnitPath)) throw notFound('Award round', id);
  return round;
}
