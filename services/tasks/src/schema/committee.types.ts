import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, DateScalar } from '@dx/subgraph-kit';
import type { DocumentKindName, DocumentStatusName } from '../domain/committee-roles';
import { DocumentKind, DocumentStatus } from './enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A steering committee (Ban Chỉ đạo) of a province or ward.' })
export class Committee {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  unitId: string;
  unitPath: string;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class CommitteeMember {
  @Field(() => ID)
  id: string;

  personId: string;
  committeeId: string;

  @Field({ description: 'CHAIR, VICE_CHAIR, STANDING_MEMBER, MEMBER, SECRETARY or SUPPORT_TEAM.' })
  role: string;

  @Field(() => String, { nullable: true })
  responsibilities: string | null;

  appointedByDocumentId: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: "A member's comment on a draft document." })
export class DocumentComment {
  @Field(() => ID)
  id: string;

  documentId: string;
  byPersonId: string | null;

  @Field()
  byUsername: string;

  @Field()
  body: string;

  @Field(() => DateTimeScalar)
  at: Date;
}

@ObjectType({
  description:
    'A document the committee issued: regulations, working rules, program, assignment notice, decision.',
})
export class CommitteeDocument {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKind)
  kind: DocumentKindName;

  @Field({ description: 'The document number, e.g. 05-QĐ/BCĐ.' })
  number: string;

  @Field(() => DateScalar)
  issuedOn: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'A link to the signed file.' })
  url: string | null;

  @Field(() => DocumentStatus)
  status: DocumentStatusName;

  @Field(() => Int)
  version: number;

  committeeId: string;
}

@ObjectType({ description: "The committee's work program for one year; its items are the top-level tasks." })
export class WorkProgram {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  year: number;

  @Field()
  title: string;

  committeeId: string;
  documentId: string | null;
}

@ObjectType({
  description: "A work program's progress, rolled up from its top-level tasks (cancelled ones left out).",
})
export class ProgramRollup {
  @Field(() => Int, { description: 'Top-level tasks, cancelled ones not counted.' })
  tasks: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'The plain average of the tasks’ progress (a done task counts 100).' })
  progress: number;
}

export const CommitteeConnection = ConnectionType(Committee);
