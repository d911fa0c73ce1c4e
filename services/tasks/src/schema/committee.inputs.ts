import { IsOptional, IsUrl, MaxLength, MinLength } from 'class-validator';
import { DateScalar } from '@dx/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { DocumentKindName, DocumentStatusName } from '../domain/committee-roles';
import { DocumentKind, DocumentStatus } from './enums';

@InputType()
export class CreateCommitteeInput {
  @Field()
  @MinLength(1, { message: 'The committee name is required.' })
  @MaxLength(300, { message: 'A committee name may have at most 300 characters.' })
  name: string;

  @Field(() => ID)
  unitId: string;
}

@InputType()
export class AddCommitteeDocumentInput {
  @Field(() => ID)
  committeeId: string;

  @Field(() => DocumentKind)
  kind: DocumentKindName;

  @Field()
  @MinLength(1, { message: 'The document number is required.' })
  @MaxLength(60, { message: 'A document number may have at most 60 characters.' })
  number: string;

  @Field(() => DateScalar)
  issuedOn: string;

  @Field()
  @MinLength(1, { message: 'The document title is required.' })
  @MaxLength(500, { message: 'A document title may have at most 500 characters.' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'Write the link as https://...' })
  url?: string | null;

  @Field(() => DocumentStatus, {
    nullable: true,
    description: 'DRAFT (the default) goes to the members for comment; ISSUED registers a signed document.',
  })
  status?: DocumentStatusName | null;
}

@InputType({
  description: 'Issues a draft: the number, date and signed file as issued (absent ones stay as drafted).',
})
export class IssueCommitteeDocumentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60, { message: 'A document number may have at most 60 characters.' })
  number?: string | null;

  @Field(() => DateScalar, { nullable: true })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'Write the link as https://...' })
  url?: string | null;
}

@InputType()
export class CreateWorkProgramInput {
  @Field(() => ID)
  committeeId: string;

  @Field(() => Int)
  // 2000–2100, checked by the store with a message key (domain/task-rules programYearProblem).
  year: number;

  @Field()
  @MinLength(1, { message: 'The program title is required.' })
  @MaxLength(500, { message: 'A program title may have at most 500 characters.' })
  title: string;

  @Field(() => ID, { nullable: true, description: 'The document that issued the program.' })
  documentId?: string | null;
}
