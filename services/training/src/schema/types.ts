import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateScalar, graphqlEnum } from '@dx/subgraph-kit';
import { COURSE_MODES, type CourseModeName } from '../entities/course.entity';
import { ENROLMENT_STATUSES, type EnrolmentStatusName } from '../domain/enrolment-status';
import {
  PersonCategory,
  PriorityGroup,
  UnitKind,
  type PersonCategoryName,
  type PriorityGroupName,
  type UnitKindName,
} from './references';
import { SESSION_STATUSES, type SessionStatusName } from '../domain/session-status';

export const SessionStatus = graphqlEnum(SESSION_STATUSES, {
  name: 'SessionStatus',
  description: 'SCHEDULED, or CANCELLED (with a reason; nobody can enrol).',
});

export const CourseMode = graphqlEnum(COURSE_MODES, {
  name: 'CourseMode',
  description: 'In a classroom, online, or at a mobile digital-literacy point.',
});
export const EnrolmentStatus = graphqlEnum(ENROLMENT_STATUSES, { name: 'EnrolmentStatus' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A course in the catalogue, e.g. basic digital skills for civil servants.' })
export class Course {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Who the course is for.' })
  audience: string | null;

  @Field(() => CourseMode)
  mode: CourseModeName;

  unitId: string | null;
  unitPath: string;

  @Field(() => Int)
  version: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'One scheduled run of a course, with a seat capacity.' })
export class CourseSession {
  @Field(() => ID)
  id: string;

  courseId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field()
  location: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  seatsTaken: number;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => String, { nullable: true })
  trainer: string | null;

  supportPointId: string | null;

  @Field(() => SessionStatus)
  status: SessionStatusName;

  @Field(() => String, { nullable: true, description: 'Why the session was cancelled.' })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  /** The organising unit's path, for scope checks. */
  unitPath: string;

  @Field(() => Int)
  version: number;
}

@ObjectType({
  description: "A person's place in a session: a seat, a place on the waitlist, or a finished course.",
})
export class Enrolment {
  @Field(() => ID)
  id: string;

  sessionId: string;
  courseId: string;
  personId: string;
  unitId: string;

  @Field(() => EnrolmentStatus)
  status: EnrolmentStatusName;

  @Field(() => String, { nullable: true })
  certificateNo: string | null;

  @Field(() => Date)
  enrolledAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'The figures for the people of one category (category empty: not said).' })
export class CategoryProgress {
  @Field(() => PersonCategory, { nullable: true })
  category: PersonCategoryName | null;

  @Field(() => Int)
  people: number;

  @Field(() => Int)
  trained: number;

  @Field(() => Float)
  rate: number;
}

@ObjectType({ description: 'The figures for the people of one priority group (a person may be in several).' })
export class PriorityGroupProgress {
  @Field(() => PriorityGroup)
  group: PriorityGroupName;

  @Field(() => Int)
  people: number;

  @Field(() => Int)
  trained: number;

  @Field(() => Float)
  rate: number;
}

@ObjectType()
export class TrainingProgress {
  unitId: string;

  @Field(() => Int, { description: 'People counted (in the audience, in the unit and below).' })
  people: number;

  @Field(() => Int, { description: 'Of them, people with a completed course.' })
  trained: number;

  @Field(() => Float, { description: 'trained / people, from 0 to 1.' })
  rate: number;

  @Field(() => [CategoryProgress], {
    description: 'The same people split by category (who must be trained).',
  })
  byCategory: CategoryProgress[];

  @Field(() => [PriorityGroupProgress], {
    description: "The same people's priority groups (those the caller may see), only groups with people.",
  })
  byPriorityGroup: PriorityGroupProgress[];

  @Field(() => [TrainingProgress], { description: 'The same figures for each unit directly below.' })
  children: TrainingProgress[];
}

@ObjectType({ description: "A share of a unit's people to train, e.g. 100% of community team members." })
export class TrainingTarget {
  @Field(() => ID)
  id: string;

  unitId: string;
  courseId: string | null;

  @Field(() => UnitKind, {
    nullable: true,
    description: 'Only people of units of this kind count; empty: everyone.',
  })
  audienceKind: UnitKindName | null;

  @Field(() => PersonCategory, {
    nullable: true,
    description: 'Only people of this category count (e.g. CIVIL_SERVANT); empty: every category.',
  })
  category: PersonCategoryName | null;

  @Field(() => Int, { description: 'The year the target is for (the year of its due date).' })
  year: number;

  @Field(() => Int)
  targetPercent: number;

  @Field(() => DateScalar)
  dueDate: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int)
  version: number;
}

export const CourseConnection = ConnectionType(Course);
export const CourseSessionConnection = ConnectionType(CourseSession);
export const EnrolmentConnection = ConnectionType(Enrolment);
