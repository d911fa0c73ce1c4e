import {
  DomainError,
  assertWithinScope,
  badInput,
  conflict,
  identityOf,
  notFound,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  type RequestContext,
  today,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import { chooseNominee, evidenceLinkProblem, nomineeKey } from '../domain/nominee';
import { stepProblem } from '../domain/nomination-status';
import { nominationWindowProblem } from '../domain/round-window';
import type { NominateInput, UpdateNominationInput } from '../schema/inputs';
import type { Nomination } from '../schema/types';
import { toNomination } from './mappers';
import { resolveNominatingUnit, resolveNominee } from './nominee-lookup';
import { visibleRound } from './rounds';
import { assignmentsOf, reviewRequested } from './reviewers';
import { citationProblem } from '../domain/award-form';

function cleanEvidence(links: string[] | null | undefined): string[] {
  const cleaned = (links ?? []).map((l) => l.trim()).filter(Boolean);
  const problem = evidenceLinkProblem(cleaned);
  if (problem) throw badInput(problem, 'evidenceLinks');
  return cleaned;
}

function cleanAchievements(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 20)
    throw badInput('Describe the achievements in at least 20 characters.', 'achievements');
  return trimmed;
}

function cleanCitation(citation: string | null | undefined): string | null {
  const problem = citationProblem(citation);
  if (problem) throw badInput(problem, 'citation');
  return citation?.trim() || null;
}

function assertRoundOpen(round: AwardRoundRecord): void {
  const refusal = nominationWindowProblem(round, today());
  if (refusal) throw new DomainError(refusal.code, refusal.message);
}

/** A nomination the caller may act on: its nominee is inside their scope. */
export async function nominationInScope(
  ctx: RequestContext,
  manager: EntityManager,
  id: string,
): Promise<NominationRecord> {
  const nomination = Number.isInteger(Number(id))
    ? await manager.findOneBy(NominationRecord, { id: Number(id) })
    : null;
  if (!nomination) throw notFound('Nomination', id);
  assertWithinScope(identityOf(ctx), nomination.nomineeUnitPath, 'nominations');
  return nomination;
}

export async function nominate(ctx: RequestContext, input: NominateInput): Promise<Nomination> {
  const identity = identityOf(ctx);
  const choice = chooseNominee(input);
  if ('problem' in choice) throw badInput(choice.problem, 'nomineeUnitId');
  const achievements = cleanAchievements(input.achievements);
  const evidenceLinks = cleanEvidence(input.evidenceLinks);
  const round = await visibleRound(ctx, input.roundId);
  assertRoundOpen(round);
  const nominee = await resolveNominee(ctx, choice);
  const field = choice.kind === 'COLLECTIVE' ? 'nomineeUnitId' : 'nomineePersonId';
  if (!nominee.nomineeUnitPath.startsWith(round.organizerUnitPath)) {
    throw badInput(
      `${nominee.nomineeName} is outside the area of "${round.title}"; this round honours only its organizing unit and the units below it.`,
      field,
    );
  }
  assertWithinScope(identity, nominee.nomineeUnitPath, 'nominees');
  const nominating = await resolveNominatingUnit(ctx, identity, input.nominatingUnitId);
  assertWithinScope(identity, nominating.path, 'nominating units');
  const key = nomineeKey(choice);
  const duplicate = `${nominee.nomineeName} is already nominated in "${round.title}"; open that nomination instead.`;

  return ctx.dataSource
    .transaction(async (manager) => {
      if (await manager.existsBy(NominationRecord, { roundId: round.id, nomineeKey: key }))
        throw conflict(duplicate);
      const saved = await manager.save(
        manager.create(NominationRecord, {
          roundId: round.id,
          kind: choice.kind,
          nomineeKey: key,
          ...nominee,
          nominatingUnitId: nominating.id,
          achievements,
          citation: cleanCitation(input.citation),
          evidenceLinks,
          status: 'DRAFT',
          nominatedByAccountId: Number(identity.accountId),
          nominatedByPersonId: identity.personId ? Number(identity.personId) : null,
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'nominate',
        entityType: 'Nomination',
        entityId: saved.id,
        after: saved,
      });
      return toNomination(saved);
    })
    .catch(rethrowUniqueViolation(duplicate));
}

export async function updateNomination(
  ctx: RequestContext,
  id: string,
  version: number,
  input: UpdateNominationInput,
): Promise<Nomination> {
  const changes: Partial<NominationRecord> = {};
  if (input.achievements !== undefined) changes.achievements = cleanAchievements(input.achievements);
  if (input.evidenceLinks !== undefined) changes.evidenceLinks = cleanEvidence(input.evidenceLinks);
  if (input.citation !== undefined) changes.citation = cleanCitation(input.citation);
  return ctx.dataSource.transaction(async (manager) => {
    const before = await nominationInScope(ctx, manager, id);
    const problem = stepProblem('edit', before.status);
    if (problem) throw conflict(problem);
    await updateAtVersion(manager, NominationRecord, before.id, version, changes, 'This nomination');
    const after = await manager.findOneByOrFail(NominationRecord, { id: before.id });
    await writeAudit(manager, ctx, {
      action: 'updateNomination',
      entityType: 'Nomination',
      entityId: id,
      before,
      after,
    });
    return toNomination(after);
  });
}

export async function submitNomination(ctx: RequestContext, id: string): Promise<Nomination> {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await nominationInScope(ctx, manager, id);
    const problem = stepProblem('submit', before.status);
    if (problem) throw conflict(problem);
    const round = await manager.findOneByOrFail(AwardRoundRecord, { id: before.roundId });
    assertRoundOpen(round);
    const result = await manager
      .createQueryBuilder()
      .update(NominationRecord)
      .set({ status: 'SUBMITTED', submittedAt: new Date(), version: () => 'version + 1' })
      .where('id = :id AND status = :draft', { id: before.id, draft: 'DRAFT' })
      .execute();
    if (!result.affected) throw conflict('This nomination was submitted by someone else a moment ago.');
    const after = await manager.findOneByOrFail(NominationRecord, { id: before.id });
    const waitingFor = (await assignmentsOf(manager, round.id)).filter(
      (a) => a.nominationId === null || a.nominationId === String(after.id),
    );
    await reviewRequested(
      manager,
      round,
      waitingFor.map((a) => Number(a.personId)),
      after,
    );
    await writeAudit(manager, ctx, {
      action: 'submitNomination',
      entityType: 'Nomination',
      entityId: id,
      before,
      after,
    });
    return toNomination(after);
  });
}
