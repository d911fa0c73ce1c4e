import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { DateScalar } from '@dx/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';
import type { TaskSectorName } from '../domain/sectors';
import { TaskSector } from './enums';

@InputType({ description: 'A conclusion and, as far as the meeting said, the six clears of its task.' })
export class ConclusionInput {
  @Field()
  @MinLength(1, { message: 'Write the conclusion.' })
  @MaxLength(2000, { message: 'A conclusion may have at most 2000 characters.' })
  text: string;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'The expected result may have at most 2000 characters.' })
  expectedResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'The authority may have at most 300 characters.' })
  authority?: string | null;
}

@InputType()
export class RecordMeetingInput {
  @Field(() => ID)
  committeeId: string;

  @Field(() => DateScalar)
  heldOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'A place may have at most 300 characters.' })
  location?: string | null;

  @Field(() => ID, { description: 'A member of the committee.' })
  chairPersonId: string;

  @Field(() => [ID], { description: 'Members of the committee who attended.' })
  @ArrayMaxSize(200, { message: 'List at most 200 attendees.' })
  attendeePersonIds: string[];

  @Field()
  @MinLength(1, { message: 'Write the agenda.' })
  @MaxLength(5000, { message: 'An agenda may have at most 5000 characters.' })
  agenda: string;

  @Field(() => [ConclusionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'List at most 50 conclusions.' })
  conclusions?: ConclusionInput[] | null;
}

@InputType({
  description:
    'What to change from the conclusion’s draft when it becomes a task; absent fields come from the conclusion.',
})
export class ConclusionTaskInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'A title may have at most 300 characters.' })
  title?: string | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'The expected result may have at most 2000 characters.' })
  expectedResult?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'The authority may have at most 300 characters.' })
  authority?: string | null;

  @Field(() => ID, { nullable: true })
  workProgramId?: string | null;

  @Field(() => TaskSector, { nullable: true })
  sector?: TaskSectorName | null;
}
