import { In } from 'typeorm';
import {
  assertWithinScope,
  badInput,
  encodeUnitPath,
  identityOf,
  loaderFor,
  requireUnit,
  staleVersion,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { CertificateIssuerRecord } from '../entities/certificate-issuer.entity';
import { CourseRecord } from '../entities/course.entity';
import { EnrolmentRecord } from '../entities/enrolment.entity';
import { SessionRecord } from '../entities/session.entity';
import { isWellFormedCertificateNumber, normaliseCertificateNumber } from '../domain/certificate';
import type { CertificateIssuerInput } from '../schema/certificate';

/** "/1/4/17/" → ["/1/", "/1/4/", "/1/4/17/"]: the unit and everything above it. */
export function selfAndAncestors(unitPath: string): string[] {
  const parts = unitPath.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}

/** The issuer for a course's organising unit: the nearest configured one at or above it. One query per batch. */
export const issuerForPathLoader = (ctx: RequestContext) =>
  loaderFor<CertificateIssuerRecord>(ctx, 'issuerForPath', async (paths) => {
    const candidates = [...new Set(paths.flatMap(selfAndAncestors))];
    const rows = candidates.length
      ? await ctx.dataSource.getRepository(CertificateIssuerRecord).findBy({ unitPath: In(candidates) })
      : [];
    const byPath = new Map(rows.map((r) => [r.unitPath, r]));
    const found = new Map<string, CertificateIssuerRecord>();
    for (const path of paths) {
      const nearest = selfAndAncestors(path)
        .reverse()
        .find((p) => byPath.has(p));
      if (nearest) found.set(path, byPath.get(nearest)!);
    }
    return found;
  });

const required = (value: string, field: string, what: string, max: number) => {
  const text = value.trim();
  if (!text) throw badInput(`${what} is required.`, field);
  if (text.length > max) throw badInput(`${what} may have at most ${max} characters.`, field);
  return text;
};

/** Sets (or replaces, at its version) who issues and signs the certificates of a unit's courses. */
export async function setCertificateIssuer(
  ctx: RequestContext,
  input: CertificateIssuerInput,
): Promise<CertificateIssuerRecord> {
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  const unitPath = encodeUnitPath(unit.path);
  assertWithinScope(identityOf(ctx), unitPath, 'units');
  const values = {
    issuingBody: required(input.issuingBody, 'issuingBody', 'The issuing body', 200),
    parentBody: input.parentBody?.trim() || null,
    place: required(input.place, 'place', 'The place', 100),
    signerTitle: required(input.signerTitle, 'signerTitle', "The signer's title", 200),
    signerName: required(input.signerName, 'signerName', "The signer's name", 160),
  };
  return ctx.dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(CertificateIssuerRecord);
    const before = await repo.findOneBy({ unitId: Number(unit.id) });
    if (before) {
      if (input.version != null && input.version !== before.version) throw staleVersion('This issuer');
      await repo.update({ id: before.id }, { ...values, unitPath, version: before.version + 1 });
    } else {
      await repo.insert({ ...values, unitId: Number(unit.id), unitPath });
    }
    const after = await repo.findOneByOrFail({ unitId: Number(unit.id) });
    await writeAudit(manager, ctx, {
      action: 'setCertificateIssuer',
      entityType: 'CertificateIssuer',
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
    return after;
  });
}

export interface Verification {
  valid: boolean;
  certificateNo: string;
  courseTitle: string | null;
  completedOn: Date | null;
  sessionStartsAt: Date | null;
  sessionEndsAt: Date | null;
  issuingBody: string | null;
}

/**
 * What a public check of a certificate shows: that the number exists, for which course, when and
 * by whom it was issued. No name, unit or contact: the paper in the verifier's hands names the
 * holder; the number only confirms it.
 */
export async function verifyCertificate(ctx: RequestContext, typed: string): Promise<Verification> {
  const certificateNo = normaliseCertificateNumber(typed).slice(0, 64);
  const invalid: Verification = {
    valid: false,
    certificateNo,
    courseTitle: null,
    completedOn: null,
    sessionStartsAt: null,
    sessionEndsAt: null,
    issuingBody: null,
  };
  if (!isWellFormedCertificateNumber(certificateNo)) return invalid;
  const enrolment = await ctx.dataSource
    .getRepository(EnrolmentRecord)
    .findOneBy({ certificateNo, status: 'COMPLETED' });
  if (!enrolment) return invalid;
  const [session, course] = await Promise.all([
    ctx.dataSource.getRepository(SessionRecord).findOneBy({ id: enrolment.sessionId }),
    ctx.dataSource.getRepository(CourseRecord).findOneBy({ id: enrolment.courseId }),
  ]);
  const issuer = course ? await issuerForPathLoader(ctx).load(course.unitPath) : null;
  return {
    valid: true,
    certificateNo,
    courseTitle: course?.title ?? null,
    completedOn: enrolment.completedAt,
    sessionStartsAt: session?.startsAt ?? null,
    sessionEndsAt: session?.endsAt ?? null,
    issuingBody: issuer?.issuingBody ?? null,
  };
}
