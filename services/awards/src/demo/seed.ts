import type { DemoEnvironment } from '@dx/subgraph-kit';
import { AuditRecord } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AwardCriterionRecord } from '../entities/award-criterion.entity';
import { AwardRoundRecord } from '../entities/award-round.entity';
import { NominationRecord } from '../entities/nomination.entity';
import { ReviewRecord } from '../entities/review.entity';
import { reviewScore, toHundredths } from '../domain/scoring';
import {
  CAMPAIGN_COLLECTIVES,
  CAMPAIGN_DECISION,
  CAMPAIGN_INDIVIDUAL_UNITS,
  CAMPAIGN_ROUND,
  individualAchievements,
} from './cua-nam-campaign';
import { readHanoi, type DemoPerson, type DemoUnit, type HanoiDirectory } from './directory-snapshot';
import {
  NATIONAL_DAY_COLLECTIVES,
  NATIONAL_DAY_INDIVIDUAL_UNITS,
  NATIONAL_DAY_ROUND,
  nationalDayAchievements,
} from './national-day-round';

type RoundSpec = Omit<typeof CAMPAIGN_ROUND, 'awardKind'> & { awardKind: 'GIAY_KHEN' | 'BANG_KHEN' };

async function insertRound(
  manager: EntityManager,
  spec: RoundSpec,
  organizer: DemoUnit,
  approved = { collectives: 0, individuals: 0 },
) {
  const round = await manager.save(
    manager.create(AwardRoundRecord, {
      title: spec.title,
      occasion: spec.occasion,
      organizerUnitId: organizer.id,
      organizerUnitPath: organizer.path,
      opensAt: spec.opensAt,
      closesAt: spec.closesAt,
      collectiveQuota: spec.collectiveQuota,
      individualQuota: spec.individualQuota,
      approvedCollectives: approved.collectives,
      approvedIndividuals: approved.individuals,
      awardKind: spec.awardKind,
      issuingBody: spec.issuingBody,
      place: spec.place,
      signerTitle: spec.signerTitle,
      signerName: spec.signerName,
      legalGrounds: spec.legalGrounds,
    }),
  );
  const criteria = await manager.save(
    spec.criteria.map((c, position) =>
      manager.create(AwardCriterionRecord, { roundId: round.id, ...c, position }),
    ),
  );
  await manager.insert(AuditRecord, {
    actorUsername: 'demo',
    action: 'seedDemo',
    entityType: 'AwardRound',
    entityId: String(round.id),
    after: JSON.stringify(round),
  });
  return { round, criteria };
}

type Nominee = { unit: DemoUnit } | { person: DemoPerson };

function nominationRow(
  roundId: number,
  nominee: Nominee,
  nominatingUnitId: number,
  achievements: string,
): Partial<NominationRecord> {
  if ('unit' in nominee) {
    const u = nominee.unit;
    return {
      roundId,
      kind: 'COLLECTIVE',
      nomineeUnitId: u.id,
      nomineePersonId: null,
      nomineeKey: `U:${u.id}`,
      nomineeName: u.name,
      nomineeHomeUnitId: u.id,
      nomineeUnitPath: u.path,
      nominatingUnitId,
      achievements,
      evidenceLinks: [],
    };
  }
  const p = nominee.person;
  return {
    roundId,
    kind: 'INDIVIDUAL',
    nomineeUnitId: null,
    nomineePersonId: p.id,
    nomineeKey: `P:${p.id}`,
    nomineeName: p.fullName,
    nomineeHomeUnitId: p.unit.id,
    nomineeUnitPath: p.unit.path,
    nominatingUnitId,
    achievements,
    evidenceLinks: [],
  };
}

function firstPersonOf(directory: HanoiDirectory, code: string, taken: Set<number>): DemoPerson {
  const candidates = directory.people.filter((p) => p.unit.code === code && !taken.has(p.id));
  // A team's leader is the one a ward commends first.
  const person = candidates.find((p) => p.position?.startsWith('Tổ trưởng')) ?? candidates[0];
  if (!person) throw new Error(`The demo directory has nobody in ${code}.`);
  taken.add(person.id);
  return person;
}

/** The campaign round, closed and decided: 27 collectives and 12 individuals approved by one decision. */
async function seedCampaign(
  manager: EntityManager,
  directory: HanoiDirectory,
  reviewer: DemoPerson | undefined,
) {
  const ward = directory.unit(CAMPAIGN_ROUND.organizer);
  const { round, criteria } = await insertRound(manager, CAMPAIGN_ROUND, ward, {
    collectives: 27,
    individuals: 12,
  });
  const taken = new Set<number>();
  const nominees: { nominee: Nominee; achievements: string }[] = [
    ...CAMPAIGN_COLLECTIVES.map((c) => ({
      nominee: { unit: directory.unit(c.code) },
      achievements: c.achievements,
    })),
    ...CAMPAIGN_INDIVIDUAL_UNITS.map((code, i) => {
      const person = firstPersonOf(directory, code, taken);
      return {
        nominee: { person },
        achievements: individualAchievements(person.fullName, person.position ?? 'cán bộ', i),
      };
    }),
  ];
  for (const [i, { nominee, achievements }] of nominees.entries()) {
    const scores = criteria.map((c, j) => ({ criterionId: String(c.id), score: 8 + ((i + j) % 3) }));
    const weighted = reviewScore(
      9,
      criteria.map((c) => ({ id: String(c.id), name: c.name, weight: c.weight })),
      scores,
    );
    const saved = await manager.save(
      manager.create(NominationRecord, {
        ...nominationRow(round.id, nominee, ward.id, achievements),
        status: 'APPROVED',
        submittedAt: new Date('2025-08-22T03:00:00Z'),
        reviewCount: reviewer ? 1 : 0,
        scoreHundredths: reviewer ? toHundredths(weighted) : 0,
        ...CAMPAIGN_DECISION,
      }),
    );
    if (reviewer) {
      await manager.insert(ReviewRecord, {
        nominationId: saved.id,
        reviewerPersonId: reviewer.id,
        score: Math.round(weighted),
        criterionScores: scores,
        weightedScoreHundredths: toHundredths(weighted),
        comment: 'Đề nghị khen thưởng.',
      });
    }
  }
}

/** The National Digital Transformation Day round, open: a few nominations submitted and awaiting review. */
async function seedNationalDay(manager: EntityManager, directory: HanoiDirectory) {
  const city = directory.unit(NATIONAL_DAY_ROUND.organizer);
  const { round } = await insertRound(manager, NATIONAL_DAY_ROUND, city);
  for (const c of NATIONAL_DAY_COLLECTIVES) {
    const unit = directory.unit(c.code);
    const nominating = directory.unit(c.code.split('-').slice(0, 2).join('-'));
    await manager.save(
      manager.create(NominationRecord, {
        ...nominationRow(round.id, { unit }, nominating.id, c.achievements),
        status: c.status,
        submittedAt: c.submittedAt ? new Date(c.submittedAt) : null,
      }),
    );
  }
  const taken = new Set<number>();
  for (const code of NATIONAL_DAY_INDIVIDUAL_UNITS) {
    const person = firstPersonOf(directory, code, taken);
    const nominating = directory.unit(code.split('-').slice(0, 2).join('-'));
    await manager.save(
      manager.create(NominationRecord, {
        ...nominationRow(round.id, { person }, nominating.id, nationalDayAchievements(person.fullName)),
        status: 'SUBMITTED',
        submittedAt: new Date('2026-11-20T01:15:00Z'),
      }),
    );
  }
}

/**
 * Written straight into this service's own tables: the campaign round closed in 2025, and the API
 * (rightly) refuses back-dated nominations into a closed round.
 */
export async function seedAwardsDemo({ dataSource, log, gateway }: DemoEnvironment): Promise<void> {
  if ((await dataSource.getRepository(AwardRoundRecord).count()) > 0) return;
  const directory = await readHanoi(gateway);
  if (!directory) {
    log.warn('awards demo skipped: the directory has no demo units');
    return;
  }
  const reviewer = directory.people.find((p) => p.fullName === 'Đỗ Thị Mai Anh');
  await dataSource.transaction(async (manager) => {
    await seedCampaign(manager, directory, reviewer);
    await seedNationalDay(manager, directory);
  });
  log.info(
    'awards demo seeded: the Cửa Nam campaign honours (27 collectives, 12 individuals) and the open National Digital Transformation Day round',
  );
}
