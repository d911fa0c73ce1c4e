import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  identityOf,
  isWithinScope,
  scopePrefix,
  type RequestContext,
  UnitRef,
  unitRef,
} from '@dx/subgraph-kit';
import { CertificateIssuerRecord } from '../entities/certificate-issuer.entity';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import {
  Certificate,
  CertificateIssuer,
  CertificateIssuerInput,
  CertificateVerification,
} from '../schema/certificate';
import { Enrolment } from '../schema/types';
import { courseLoader } from '../store/loaders';
import { toEnrolment, toIssuer } from '../store/mappers';
import { issuerForPathLoader, setCertificateIssuer, verifyCertificate } from '../store/certificates';
import { moveInLine } from '../store/waitlist-order';

@Resolver(() => Enrolment)
export class CertificateResolver {
  @FieldResolver(() => Certificate, {
    nullable: true,
    description: 'The certificate as printed; empty until COMPLETED.',
  })
  async certificate(@Root() enrolment: Enrolment, @Ctx() ctx: RequestContext): Promise<Certificate | null> {
    if (!enrolment.certificateNo || !enrolment.completedAt) return null;
    const course = await courseLoader(ctx).load(enrolment.courseId);
    const issuer = course ? await issuerForPathLoader(ctx).load(course.unitPath) : null;
    return {
      number: enrolment.certificateNo,
      issuedAt: enrolment.completedAt,
      issuer: issuer ? toIssuer(issuer) : null,
    };
  }

  @Query(() => CertificateVerification, {
    description:
      'Public: checks a certificate number and shows only the course, the dates and the issuer (no name).',
  })
  verifyCertificate(@Arg('certificateNo') certificateNo: string, @Ctx() ctx: RequestContext) {
    return verifyCertificate(ctx, certificateNo);
  }

  @Authorized('TRAINING_COORDINATOR')
  @Query(() => Enrolment, {
    nullable: true,
    description:
      "An enrolment by its certificate number, for a coordinator; only people in the caller's scope.",
  })
  async enrolmentByCertificate(@Arg('certificateNo') certificateNo: string, @Ctx() ctx: RequestContext) {
    const found = await ctx.dataSource
      .getRepository(EnrolmentRecord)
      .findOneBy({ certificateNo: certificateNo.trim().toUpperCase() });
    return found && isWithinScope(identityOf(ctx), found.unitPath) ? toEnrolment(found) : null;
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => [Enrolment], {
    description:
      'Puts a waiting person at another place in line (1 = next to get a seat), with the reason; returns the waitlist in its new order.',
  })
  async moveInWaitlist(
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return (await moveInLine(ctx, id, position, reason)).map(toEnrolment);
  }
}

@Resolver(() => CertificateIssuer)
export class CertificateIssuerResolver {
  @Authorized()
  @Query(() => [CertificateIssuer], { description: "Certificate issuers of the caller's units." })
  async certificateIssuers(@Ctx() ctx: RequestContext) {
    const query = ctx.dataSource
      .getRepository(CertificateIssuerRecord)
      .createQueryBuilder('i')
      .orderBy('i.unitPath', 'ASC');
    const prefix = scopePrefix(identityOf(ctx));
    if (prefix) query.where('i.unitPath LIKE :prefix', { prefix: `${prefix}%` });
    return (await query.getMany()).map(toIssuer);
  }

  @Authorized('TRAINING_COORDINATOR')
  @Mutation(() => CertificateIssuer, {
    description: "Sets who issues and signs the certificates of a unit's courses.",
  })
  async setCertificateIssuer(@Arg('input') input: CertificateIssuerInput, @Ctx() ctx: RequestContext) {
    return toIssuer(await setCertificateIssuer(ctx, input));
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() issuer: CertificateIssuer) {
    return unitRef(issuer.unitId);
  }
}
