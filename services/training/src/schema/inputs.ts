import { IsInt, IsOptional, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@dx/subgraph-kit';
import type { CourseModeName } from '../entities/course.entity';
import { CourseMode } from './types';
import { PersonCategory, UnitKind, type PersonCategoryName, type UnitKindName } from './references';

const REQUIRED = (what: string) => ({ message: `${what} is required.` });

@InputType()
export class CreateCourseInput {
  @Field()
  @Matches(/^[A-Za-z0-9._-]{2,40}$/, {
    message: 'A course code has 2 to 40 letters, digits, dots, dashes or underscores.',
  })
  code: string;

  @Field()
  @MinLength(1, REQUIRED('The course title'))
  @MaxLength(200, { message: 'A course title may have at most 200 characters.' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'A description may have at most 5,000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Who the course is for, in words.' })
  @IsOptional()
  @MaxLength(200, { message: 'The audience may have at most 200 characters.' })
  audience?: string | null;

  @Field(() => CourseMode, { nullable: true, defaultValue: 'IN_PERSON' })
  mode?: CourseModeName;

  @Field(() => ID, { nullable: true, description: "The organising unit; the caller's own unit when empty." })
  unitId?: string | null;
}

@InputType()
export class ScheduleSessionInput {
  @Field(() => ID)
  courseId: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field()
  @MinLength(1, REQUIRED('The location'))
  @MaxLength(255, { message: 'A location may have at most 255 characters.' })
  location: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'A session needs at least 1 seat.' })
  @Max(10_000, { message: 'A session may have at most 10,000 seats.' })
  capacity: number;

  @Field(() => ID, {
    nullable: true,
    description: "A campaign's support point (mobile digital-literacy point) the session is held at.",
  })
  supportPointId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(160, { message: "The trainer's name may have at most 160 characters." })
  trainer?: string | null;
}

@InputType()
export class SetTrainingTargetInput {
  @Field(() => ID)
  unitId: string;

  @Field(() => UnitKind, {
    nullable: true,
    description: 'Only people of units of this kind count; empty: everyone.',
  })
  audienceKind?: UnitKindName | null;

  @Field(() => PersonCategory, {
    nullable: true,
    description: 'Only people of this category count (e.g. CIVIL_SERVANT); empty: every category.',
  })
  category?: PersonCategoryName | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only completions of this course count; empty: any course.',
  })
  courseId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'A target is a share from 1 to 100 percent.' })
  @Max(100, { message: 'A target is a share from 1 to 100 percent.' })
  targetPercent: number;

  @Field(() => DateScalar)
  dueDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(255, { message: 'A note may have at most 255 characters.' })
  note?: string | null;
}

@InputType()
export class UpdateCourseInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(1, REQUIRED('The course title'))
  @MaxLength(200, { message: 'A course title may have at most 200 characters.' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'A description may have at most 5,000 characters.' })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'The audience may have at most 200 characters.' })
  audience?: string | null;

  @Field(() => CourseMode, { nullable: true })
  mode?: CourseModeName;
}
