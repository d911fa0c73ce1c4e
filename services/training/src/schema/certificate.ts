import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@ObjectType({
  description: 'Who issues and signs the certificates of the courses a unit (and those below it) organises.',
})
export class CertificateIssuer {
  @Field(() => ID)
  id: string;

  unitId: string;

  @Field({ description: 'As printed at the top left, e.g. "UBND PHƯỜNG CỬA NAM".' })
  issuingBody: string;

  @Field(() => String, {
    nullable: true,
    description: 'The superior body above it, e.g. "UBND THÀNH PHỐ HÀ NỘI".',
  })
  parentBody: string | null;

  @Field({ description: 'The place of the place-and-date line ("Cửa Nam, ngày … tháng … năm …").' })
  place: string;

  @Field({ description: 'e.g. "CHỦ TỊCH"' })
  signerTitle: string;

  @Field()
  signerName: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class CertificateIssuerInput {
  @Field(() => ID)
  unitId: string;

  @Field()
  @MaxLength(200, { message: 'The issuing body may have at most 200 characters.' })
  issuingBody: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'The superior body may have at most 200 characters.' })
  parentBody?: string | null;

  @Field()
  @MaxLength(100, { message: 'The place may have at most 100 characters.' })
  place: string;

  @Field()
  @MaxLength(200, { message: "The signer's title may have at most 200 characters." })
  signerTitle: string;

  @Field()
  @MaxLength(160, { message: "The signer's name may have at most 160 characters." })
  signerName: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is a CONFLICT.' })
  @IsOptional()
  version?: number | null;
}

@ObjectType({ description: 'A completed course as printed on the certificate.' })
export class Certificate {
  @Field()
  number: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => CertificateIssuer, {
    nullable: true,
    description: 'Empty while no issuer is configured for the organising unit or above.',
  })
  issuer: CertificateIssuer | null;
}

@ObjectType({ description: 'A public check of a certificate number: only what proves it is genuine.' })
export class CertificateVerification {
  @Field()
  valid: boolean;

  @Field()
  certificateNo: string;

  @Field(() => String, { nullable: true })
  courseTitle: string | null;

  @Field(() => Date, { nullable: true })
  completedOn: Date | null;

  @Field(() => Date, { nullable: true })
  sessionStartsAt: Date | null;

  @Field(() => Date, { nullable: true })
  sessionEndsAt: Date | null;

  @Field(() => String, { nullable: true })
  issuingBody: string | null;
}
