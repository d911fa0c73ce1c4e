import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';

@ObjectType({ description: 'A meeting of the committee; its minutes print.' })
export class Meeting {
  @Field(() => ID)
  id: string;

  committeeId: string;

  @Field(() => DateScalar)
  heldOn: string;

  @Field(() => String, { nullable: true })
  location: string | null;

  chairPersonId: string;
  attendeePersonIds: string[];

  @Field()
  agenda: string;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'A conclusion of a meeting with the "6 clear" draft of the task it asks for.' })
export class MeetingConclusion {
  @Field(() => ID)
  id: string;

  meetingId: string;

  @Field()
  text: string;

  assigneeId: string | null;
  unitId: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true })
  expectedResult: string | null;

  @Field(() => String, { nullable: true })
  authority: string | null;

  taskId: string | null;
}
