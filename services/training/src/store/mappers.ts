import type { CertificateIssuerRecord } from '../entities/certificate-issuer.entity';
import type { CertificateIssuer } from '../schema/certificate';
import type { CourseRecord } from '../entities/course.entity';
import type { EnrolmentRecord } from '../entities/enrolment.entity';
import type { SessionRecord } from '../entities/session.entity';
import type { TargetRecord } from '../entities/target.entity';
import { seatsLeft } from '../domain/seats';
import type { Course, CourseSession, Enrolment, TrainingTarget } from '../schema/types';
import type { PersonCategoryName, UnitKindName } from '../schema/references';

export const toCourse = (r: CourseRecord): Course => ({
  id: String(r.id),
  code: r.code,
  title: r.title,
  description: r.description,
  audience: r.audience,
  mode: r.mode,
  unitId: r.unitId === null ? null : String(r.unitId),
  unitPath: r.unitPath,
  version: r.version,
});

export const toSession = (r: SessionRecord): CourseSession => ({
  id: String(r.id),
  courseId: String(r.courseId),
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  location: r.location,
  capacity: r.capacity,
  seatsTaken: r.seatsTaken,
  seatsLeft: seatsLeft(r),
  trainer: r.trainer,
  supportPointId: r.supportPointId === null ? null : String(r.supportPointId),
  status: r.status,
  cancelReason: r.cancelReason,
  cancelledAt: r.cancelledAt,
  unitPath: r.unitPath,
  version: r.version,
});

export const toEnrolment = (r: EnrolmentRecord): Enrolment => ({
  id: String(r.id),
  sessionId: String(r.sessionId),
  courseId: String(r.courseId),
  personId: String(r.personId),
  unitId: String(r.unitId),
  status: r.status,
  certificateNo: r.certificateNo,
  enrolledAt: r.createdAt,
  completedAt: r.completedAt,
  version: r.version,
});

export const toIssuer = (r: CertificateIssuerRecord): CertificateIssuer => ({
  id: String(r.id),
  unitId: String(r.unitId),
  issuingBody: r.issuingBody,
  parentBody: r.parentBody,
  place: r.place,
  signerTitle: r.signerTitle,
  signerName: r.signerName,
  version: r.version,
});

export const toTarget = (r: TargetRecord): TrainingTarget => ({
  id: String(r.id),
  unitId: String(r.unitId),
  courseId: r.courseId === null ? null : String(r.courseId),
  audienceKind: r.audienceKind as UnitKindName | null,
  category: r.category as PersonCategoryName | null,
  year: r.year,
  targetPercent: r.targetPercent,
  dueDate: r.dueDate,
  note: r.note,
  version: r.version,
});
