import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@dx/subgraph-kit';
import { CalendarDay } from './calendar-day';
import type { DocumentKindName } from '../domain/committee-roles';
import { DocumentKind } from './enums';

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

  @Field({ description: 'CHAIR, VICE_CHAIR, STANDING_MEMBER, MEMBER or SECRETARY.' })
  role: string;

  @Field(() => String, { nullable: true })
  responsibilities: string | null;
}

@ObjectType({ description: 'A document the committee issued: regulations, working rules, program, assignment notice, decision.' })
export class CommitteeDocument {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentKind)
  kind: DocumentKindName;

  @Field({ description: 'The document number, e.g. 05-QĐ/BCĐ.' })
  number: string;

  @Field(() => CalendarDay)
  issuedOn: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url: string | null;
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

export const CommitteeConnection = ConnectionType(Committee);
