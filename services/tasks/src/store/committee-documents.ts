import {
  DomainError,
  forbidden,
  identityOf,
  notFound,
  rethrowUniqueViolation,
  staleVersion,
  updateAtVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CommitteeRecord } from '../entities/committee.entity';
import { CommitteeDocumentRecord } from '../entities/committee-document.entity';
import { CommitteeMemberRecord } from '../entities/committee-member.entity';
import { DocumentCommentRecord } from '../entities/document-comment.entity';
import { WorkProgramRecord } from '../entities/work-program.entity';
import type {
  AddCommitteeDocumentInput,
  CreateWorkProgramInput,
  IssueCommitteeDocumentInput,
} from '../schema/committee.inputs';
import { canSeeCommittee } from './committee-visibility';
import { ownCommittee } from './committee-writes';
import { toDocument, toDocumentComment, toWorkProgram } from './mappers';
import { refuseInput } from './refusals';
import { programYearProblem } from '../domain/task-rules';

/** Registers a document: a draft goes to the members for comment; a document already signed is registered as ISSUED. */
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
        status: input.status ?? 'DRAFT',
      }),
    );
    await writeAudit(manager, ctx, {
      action: 'addCommitteeDocument',
      entityType: 'CommitteeDocument',
      entityId: saved.id,
      after: saved,
    });
    return toDocument(saved);
  });
}

async function documentOf(manager: EntityManager, id: string) {
  const document = await manager.getRepository(CommitteeDocumentRecord).findOneBy({ id: Number(id) });
  if (!document) throw notFound('Document', id);
  return document;
}

/** DRAFT → ISSUED, with the number, date and signed file as issued; CONFLICT on a stale version. */
export async function issueCommitteeDocument(ctx: RequestContext, input: IssueCommitteeDocumentInput) {
  return ctx.dataSource.transaction(async (manager) => {
    const before = await documentOf(manager, input.id);
    await ownCommittee(manager, ctx, String(before.committeeId));
    if (before.version !== input.version) throw staleVersion('This document');
    if (before.status === 'ISSUED') {
      throw refuseInput(
        { message: 'This document is already issued.', key: 'errors.documentAlreadyIssued' },
        'status',
      );
    }
    await updateAtVersion(
      manager,
      CommitteeDocumentRecord,
      before.id,
      input.version,
      {
        status: 'ISSUED',
        number: input.number?.trim() || before.number,
        issuedOn: input.issuedOn ?? before.issuedOn,
        url: input.url?.trim() || before.url,
      },
      'This document',
    );
    const after = await manager.getRepository(CommitteeDocumentRecord).findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'issueCommitteeDocument',
      entityType: 'CommitteeDocument',
      entityId: before.id,
      before,
      after,
    });
    return toDocument(after);
  });
}

/**
 * A member's comment on a draft, kept with the document. Members of the committee and the
 * secretariat of its units comment; once issued, a document takes no more comments.
 */
export async function commentOnDocument(ctx: RequestContext, documentId: string, body: string) {
  const text = body.trim();
  if (!text) throw refuseInput({ message: 'Write the comment.', key: 'errors.commentRequired' }, 'body');
  if (text.length > 5000)
    throw refuseInput(
      {
        message: 'A comment may have at most 5000 characters.',
        key: 'errors.commentTooLong',
        params: { max: 5000 },
      },
      'body',
    );
  const identity = identityOf(ctx);
  return ctx.dataSource.transaction(async (manager) => {
    const document = await documentOf(manager, documentId);
    const committee = await manager
      .getRepository(CommitteeRecord)
      .findOneByOrFail({ id: document.committeeId });
    if (!canSeeCommittee(identity, committee.unitPath)) throw notFound('Document', documentId);
    const isMember =
      identity.personId !== null &&
      (await manager
        .getRepository(CommitteeMemberRecord)
        .existsBy({ committeeId: committee.id, personId: Number(identity.personId) }));
    if (!isMember && !identity.roles.includes('SECRETARIAT') && !identity.roles.includes('ADMIN')) {
      throw forbidden('Only members of the committee comment on its drafts.');
    }
    if (document.status !== 'DRAFT') {
      throw refuseInput(
        {
          message: 'This document is issued; comments are taken on drafts only.',
          key: 'errors.commentOnIssued',
        },
        'documentId',
      );
    }
    const saved = await manager.save(
      manager.create(DocumentCommentRecord, {
        documentId: document.id,
        byPersonId: identity.personId ? Number(identity.personId) : null,
        byUsername: identity.username,
        body: text,
      }),
    );
    await writeAudit(manager, ctx, {
      action: 'commentOnDocument',
      entityType: 'CommitteeDocument',
      entityId: document.id,
      after: saved,
    });
    return toDocumentComment(saved);
  });
}

/** A year's program, issued by an issued WORK_PROGRAM document of the same committee (if one is named). */
export async function createWorkProgram(ctx: RequestContext, input: CreateWorkProgramInput) {
  const yearProblem = programYearProblem(input.year);
  if (yearProblem) throw refuseInput(yearProblem, 'year');
  return ctx.dataSource
    .transaction(async (manager) => {
      const committee = await ownCommittee(manager, ctx, input.committeeId);
      if (input.documentId) {
        const document = await manager
          .getRepository(CommitteeDocumentRecord)
          .findOneBy({ id: Number(input.documentId) });
        if (!document || document.committeeId !== committee.id) {
          throw new DomainError('NOT_FOUND', `Document ${input.documentId} is not one of this committee's.`, {
            field: 'documentId',
          });
        }
        if (document.kind !== 'WORK_PROGRAM') {
          throw refuseInput(
            {
              message: 'A work program is issued by a work-program document.',
              key: 'errors.programDocumentKind',
            },
            'documentId',
          );
        }
        if (document.status !== 'ISSUED') {
          throw refuseInput(
            {
              message: 'The program document is still a draft; issue it first.',
              key: 'errors.programDocumentDraft',
            },
            'documentId',
          );
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
      await writeAudit(manager, ctx, {
        action: 'createWorkProgram',
        entityType: 'WorkProgram',
        entityId: saved.id,
        after: saved,
      });
      return toWorkProgram(saved);
    })
    .catch(rethrowUniqueViolation(`The committee already has a work program for ${input.year}.`));
}
