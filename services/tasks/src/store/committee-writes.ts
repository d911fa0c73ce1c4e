import {
  DomainError,
  assertWithinScope,
  badInput,
  encodeUnitPath,
  identityOf,
  notFound,
  requirePerson,
  requireUnit,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CommitteeRecord } from '../entities/committee.entity';
import { CommitteeDocumentRecord } from '../entities/committee-document.entity';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { COMMITTEE_ROLES, appointmentProblem, committeeRole } from '../domain/committee-roles';
import type { CreateCommitteeInput } from '../schema/committee.inputs';
import { toCommittee } from './mappers';
import { refuseInput } from './refusals';

/** The committee, if it exists and belongs to the caller's units (only they may change it). */
export async function ownCommittee(
  manager: EntityManager,
  ctx: RequestContext,
  id: string,
): Promise<CommitteeRecord> {
  const committee = await manager.getRepository(CommitteeRecord).findOneBy({ id: Number(id) });
  if (!committee)
    throw new DomainError('NOT_FOUND', `Committee ${id} does not exist.`, { field: 'committeeId' });
  assertWithinScope(identityOf(ctx), committee.unitPath, 'committees');
  return committee;
}

export async function createCommittee(ctx: RequestContext, input: CreateCommitteeInput) {
  const name = input.name.trim();
  if (!name) throw badInput('The committee name is required.', 'name');
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'committees');
  return ctx.dataSource.transaction(async (manager) => {
    const saved = await manager.save(
      manager.create(CommitteeRecord, { name, unitId: Number(unit.id), unitPath }),
    );
    await writeAudit(manager, ctx, {
      action: 'createCommittee',
      entityType: 'Committee',
      entityId: saved.id,
      after: saved,
    });
    return toCommittee(saved);
  });
}

export interface MemberFields {
  role?: string | null;
  responsibilities?: string | null;
  appointedByDocumentId?: string | null;
}

/** The role and appointing decision of a member, checked: the support team is appointed by an issued decision. */
async function checkedAppointment(
  manager: EntityManager,
  committeeId: number,
  roleText: string,
  documentId: string | null | undefined,
) {
  const role = committeeRole(roleText);
  if (!role) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `"${roleText}" is not a committee role; use one of ${COMMITTEE_ROLES.join(', ')}.`,
      {
        field: 'role',
        messageKey: 'errors.unknownRole',
        params: { role: roleText },
      },
    );
  }
  let decision: CommitteeDocumentRecord | null = null;
  if (documentId) {
    decision = await manager.getRepository(CommitteeDocumentRecord).findOneBy({ id: Number(documentId) });
    if (!decision || decision.committeeId !== committeeId) {
      throw new DomainError('NOT_FOUND', `Document ${documentId} is not one of this committee's.`, {
        field: 'appointedByDocumentId',
      });
    }
  }
  const refusal = appointmentProblem(role, decision);
  if (refusal) throw refuseInput(refusal, 'appointedByDocumentId');
  return { role, appointedByDocumentId: decision?.id ?? null };
}

export async function addCommitteeMember(
  ctx: RequestContext,
  committeeId: string,
  personId: string,
  roleText: string,
  responsibilities?: string | null,
  appointedByDocumentId?: string | null,
) {
  await requirePerson(ctx, personId, 'personId');
  return ctx.dataSource
    .transaction(async (manager) => {
      const committee = await ownCommittee(manager, ctx, committeeId);
      const appointment = await checkedAppointment(manager, committee.id, roleText, appointedByDocumentId);
      const saved = await manager.save(
        manager.create(CommitteeMemberRecord, {
          committeeId: committee.id,
          personId: Number(personId),
          ...appointment,
          responsibilities: responsibilities?.trim() || null,
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'addCommitteeMember',
        entityType: 'Committee',
        entityId: committee.id,
        after: saved,
      });
      return toCommittee(committee);
    })
    .catch(rethrowUniqueViolation('This person is already a member of the committee.'));
}

/** Changes a member's role, responsibilities or appointing decision; CONFLICT if the member changed since `version`. */
export async function updateCommitteeMember(
  ctx: RequestContext,
  committeeId: string,
  personId: string,
  version: number,
  fields: MemberFields,
) {
  return ctx.dataSource.transaction(async (manager) => {
    const committee = await ownCommittee(manager, ctx, committeeId);
    const members = manager.getRepository(CommitteeMemberRecord);
    const before = await members.findOneBy({ committeeId: committee.id, personId: Number(personId) });
    if (!before) throw notFound('Committee member', personId);
    const documentId =
      fields.appointedByDocumentId === undefined
        ? before.appointedByDocumentId === null
          ? null
          : String(before.appointedByDocumentId)
        : fields.appointedByDocumentId;
    const appointment = await checkedAppointment(
      manager,
      committee.id,
      fields.role ?? before.role,
      documentId,
    );
    const changes: Partial<CommitteeMemberRecord> = { ...appointment };
    if (fields.responsibilities !== undefined)
      changes.responsibilities = fields.responsibilities?.trim() || null;
    await updateAtVersion(
      manager,
      CommitteeMemberRecord,
      before.id,
      version,
      changes,
      'This committee member',
    );
    const after = await members.findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'updateCommitteeMember',
      entityType: 'Committee',
      entityId: committee.id,
      before,
      after,
    });
    return toCommittee(committee);
  });
}

export async function removeCommitteeMember(ctx: RequestContext, committeeId: string, personId: string) {
  return ctx.dataSource.transaction(async (manager) => {
    const committee = await ownCommittee(manager, ctx, committeeId);
    const members = manager.getRepository(CommitteeMemberRecord);
    const member = await members.findOneBy({ committeeId: committee.id, personId: Number(personId) });
    if (!member) throw notFound('Committee member', personId);
    await members.delete({ id: member.id });
    await writeAudit(manager, ctx, {
      action: 'removeCommitteeMember',
      entityType: 'Committee',
      entityId: committee.id,
      before: member,
    });
    return toCommittee(committee);
  });
}
