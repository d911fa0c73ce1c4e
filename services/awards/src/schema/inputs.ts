import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AwardKind } from './types';
import type { AwardKindName } from '../domain/award-form';
import { DateScalar } from '@dx/subgraph-kit';

@InputType()
export class CriterionInput {
  @Field()
  @MinLength(1, { message: 'Every criterion needs a name.' })
  @MaxLength(200, { message: 'A criterion name may have at most 200 characters.' })
  name: string;

  @Field(() => Int)
  @Min(1, { message: 'A criterion weight is from 1 to 100.' })
  @Max(100, { message: 'A criterion weight is from 1 to 100.' })
  weight: number;
}

@InputType()
export class CreateAwardRoundInput {
  @Field()
  @MinLength(3, { message: 'Give the round a title of at least 3 characters.' })
  @MaxLength(200, { message: 'A round title may have at most 200 characters.' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'The occasion may have at most 200 characters.' })
  occasion?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The unit whose committee runs the round; defaults to the caller's scope unit.",
  })
  organizerUnitId?: string | null;

  @Field(() => DateScalar)
  opensAt: string;

  @Field(() => DateScalar)
  closesAt: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'A quota is at least 1; leave it empty for no limit.' })
  @Max(10000, { message: 'A quota may be at most 10000.' })
  collectiveQuota?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'A quota is at least 1; leave it empty for no limit.' })
  @Max(10000, { message: 'A quota may be at most 10000.' })
  individualQuota?: number | null;

  @Field(() => [CriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'A round has at most 10 review criteria.' })
  @ValidateNested({ each: true })
  criteria?: CriterionInput[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: 'Reviews each nomination needs before a decision (1..20).',
  })
  minReviews?: number | null;

  @Field(() => AwardKind, { nullable: true, defaultValue: 'GIAY_KHEN' })
  awardKind?: AwardKindName | null;

  @Field(() => String, { nullable: true, description: 'As printed, e.g. "UBND PHƯỜNG CỬA NAM".' })
  @IsOptional()
  @MaxLength(200, { message: 'The issuing body may have at most 200 characters.' })
  issuingBody?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The place of the place-and-date line, e.g. "Cửa Nam".',
  })
  @IsOptional()
  @MaxLength(100, { message: 'The place may have at most 100 characters.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "CHỦ TỊCH"' })
  @IsOptional()
  @MaxLength(200, { message: "The signer's title may have at most 200 characters." })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(160, { message: "The signer's name may have at most 160 characters." })
  signerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The "Căn cứ ..." lines of the decision, one per line.',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'The legal grounds may have at most 5000 characters.' })
  legalGrounds?: string | null;
}

@InputType({ description: 'Changes to a round; fields left out stay as they are.' })
export class UpdateAwardRoundInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(3, { message: 'Give the round a title of at least 3 characters.' })
  @MaxLength(200, { message: 'A round title may have at most 200 characters.' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'The occasion may have at most 200 characters.' })
  occasion?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'A later day extends the round.' })
  closesAt?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'A quota is at least 1; leave it empty for no limit.' })
  @Max(10000, { message: 'A quota may be at most 10000.' })
  collectiveQuota?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'A quota is at least 1; leave it empty for no limit.' })
  @Max(10000, { message: 'A quota may be at most 10000.' })
  individualQuota?: number | null;

  @Field(() => Int, { nullable: true })
  minReviews?: number;

  @Field(() => AwardKind, { nullable: true })
  awardKind?: AwardKindName;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'The issuing body may have at most 200 characters.' })
  issuingBody?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'The place may have at most 100 characters.' })
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: "The signer's title may have at most 200 characters." })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(160, { message: "The signer's name may have at most 160 characters." })
  signerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'The legal grounds may have at most 5000 characters.' })
  legalGrounds?: string | null;
}

@InputType()
export class NominateInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A collective: the unit nominated. Give this or nomineePersonId.',
  })
  nomineeUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An individual: the person nominated.' })
  nomineePersonId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The unit that nominates; defaults to the caller's own unit.",
  })
  nominatingUnitId?: string | null;

  @Field()
  @MinLength(20, { message: 'Describe the achievements in at least 20 characters.' })
  @MaxLength(5000, { message: 'Achievements may have at most 5000 characters.' })
  achievements: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The wording for the certificate ("thành tích xuất sắc trong ..."); the first sentence of the achievements when empty.',
  })
  @IsOptional()
  @MaxLength(300, { message: 'The wording for the certificate may have at most 300 characters.' })
  citation?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Links to documents, photos or reports that back the achievements.',
  })
  @IsOptional()
  evidenceLinks?: string[] | null;
}

@InputType()
export class UpdateNominationInput {
  @Field({ nullable: true })
  @IsOptional()
  @MinLength(20, { message: 'Describe the achievements in at least 20 characters.' })
  @MaxLength(5000, { message: 'Achievements may have at most 5000 characters.' })
  achievements?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  evidenceLinks?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'The wording for the certificate may have at most 300 characters.' })
  citation?: string | null;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int)
  score: number;
}
