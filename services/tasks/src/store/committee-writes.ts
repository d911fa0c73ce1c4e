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
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CommitteeRecord } from '../entities/committee.entity';
import { CommitteeDocumentRecord } from '../entities/committee-document.entity';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { WorkProgramRecord } from '../entities/work-program.entity';
import { COMMITTEE_ROLES, committeeRole } from '../domain/committee-roles';
import type { AddCommitteeDocumentInput, CreateCommitteeInput, CreateWorkProgramInput } from '../schema/committee.inputs';
import { toCommittee, toDocument, toWorkProgram } from './mappers';

/** The committee, if it exists and belongs to the caller's units (only they may change it). */
async function ownCommittee(manager: EntityManager, ctx: RequestContext, id: string): Promise<CommitteeRecord> {
  const committee = await manager.getRepository(CommitteeRecord).findOneBy({ id: Number(id) });
  if (!committee) throw new DomainError('NOT_FOUND', `Committee ${id} does not exist.`, { field: 'committeeId' });
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
    const saved = await manager.save(manager.create(CommitteeRecord, { name, unitId: Number(unit.id), unitPath }));
    await writeAudit(manager, ctx, { action: 'createCommittee', entityType: 'Committee', entityId: saved.id, after: saved });
    return toCommittee(saved);
  });
}

export async function addCommitteeMember(ctx: RequestContext, committeeId: string, personId: string, roleText: string, responsibilities?: string | null) {
  const role = committeeRole(roleText);
  if (!role) throw badInput(`"${roleText}" is not a committee role; use one of ${COMMITTEE_ROLES.join(', ')}.`, 'role');
  await requirePerson(ctx, personId, 'personId');
  return ctx.dataSource
    .transaction(async (manager) => {
      const committee = await ownCommittee(manager, ctx, committeeId);
      const saved = await manager.save(
        manager.create(CommitteeMemberRecord, {
          committeeId: committee.id,
          personId: Number(personId),
          role,
          responsibilities: responsibilities?.trim() || null,
        }),
      );
      await writeAudit(manager, ctx, { action: 'addCommitteeMember', entityType: 'Committee', entityId: committee.id, after: saved });
      return toCommittee(committee);
    })
    .catch(rethrowUniqueViolation('This person is already a member of the committee.'));
}

export async function removeCommitteeMember(ctx: RequestContext, committeeId: string, personId: string) {
  return ctx.dataSource.transaction(async (manager) => {
    const committee = await ownCommittee(manager, ctx, committeeId);
    const members = manager.getRepository(CommitteeMemberRecord);
    const member = await members.findOneBy({ committeeId: committee.id, personId: Number(personId) });
    if (!member) throw notFound('Committee member', personId);
    await members.delete({ id: member.id });
    await writeAudit(manager, ctx, { action: 'removeCommitteeMember', entityType: 'Committee', entityId: committee.id, before: member });
    return toCommittee(committee);
  });
}

export async function addCommitteeDocument(ctx: RequestContext, input: AddCommitteeDocumentInput) {
  return ctx.dataSource.transaction(async (manager) => {
    const committee = await ownCommittee(manager, ctx, input.committeeId);
    const saved = await manager.save(
      manager.create(CommitteeDocumentRecord, {
        committeeId: committee.id,
        kind: input.kind,
        number: input.number.trim(),
        issuedOn: input.issuedOn,
        title: input.title.trim(),
        url: input.url?.trim() || null,
      }),
    );
    await writeAudit(manager, ctx, { action: 'addCommitteeDocument', entityType: 'CommitteeDocument', entityId: saved.id, after: saved });
    return toDocument(saved);
  });
}

export async function createWorkProgram(ctx: RequestContext, input: CreateWorkProgramInput) {
  return ctx.dataSource
    .transaction(async (manager) => {
      const committee = await ownCommittee(manager, ctx, input.committeeId);
      if (input.documentId) {
        const document = await manager.getRepository(CommitteeDocumentRecord).findOneBy({ id: Number(input.documentId) });
        if (!document || document.committeeId !== committee.id) {
          throw new DomainError('NOT_FOUND', `Document ${input.documentId} is not one of this committee's.`, { field: 'documentId' });
        }
      }
      const saved = await manager.save(
        manager.create(WorkProgramRecord, {
          committeeId: committee.id,
          year: input.year,
          title: input.title.trim(),
          documentId: input.documentId ? Number(input.documentId) : null,
        }),
      );
      await writeAudit(manager, ctx, { action: 'createWorkProgram', entityType: 'WorkProgram', entityId: saved.id, after: saved });
      return toWorkProgram(saved);
    })
    .catch(rethrowUniqueViolation(`The committee already has a work program for ${input.year}.`));
}
