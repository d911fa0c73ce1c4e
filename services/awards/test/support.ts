import { ok, startStackWith, type TestStack } from '@dx/test-kit';
import { definition as awards } from '@dx/service-awards';
import { vietnamDay } from '@dx/subgraph-kit';

export function startAwardsStack(): Promise<TestStack> {
  return startStackWith(awards);
}

/** A calendar day `days` from today in Vietnam (negative for the past). */
export function dayFromToday(days: number): string {
  return vietnamDay(new Date(Date.now() + days * 86_400_000));
}

export class Directory {
  private units = new Map<string, string>();
  constructor(
    private stack: TestStack,
    private token: string,
  ) {}

  async unitId(code: string): Promise<string> {
    const known = this.units.get(code);
    if (known) return known;
    const data = ok(
      await this.stack.query<any>(
        'query ($q: String) { units(search: $q, first: 50) { nodes { id code } } }',
        { q: code },
        this.token,
      ),
    );
    const unit = data.units.nodes.find((u: { code: string }) => u.code === code);
    if (!unit) throw new Error(`no unit ${code}`);
    this.units.set(code, unit.id);
    return unit.id;
  }

  async personId(fullName: string): Promise<string> {
    const data = ok(
      await this.stack.query<any>(
        'query ($q: String) { people(search: $q, first: 5) { nodes { id fullName } } }',
        { q: fullName },
        this.token,
      ),
    );
    const person = data.people.nodes.find((p: { fullName: string }) => p.fullName === fullName);
    if (!person) throw new Error(`no person ${fullName}`);
    return person.id;
  }

  async someoneIn(code: string): Promise<{ id: string; fullName: string }> {
    const data = ok(
      await this.stack.query<any>(
        'query ($u: ID) { people(unitId: $u, first: 1) { nodes { id fullName } } }',
        { u: await this.unitId(code) },
        this.token,
      ),
    );
    return data.people.nodes[0];
  }
}

export const ROUND_FIELDS =
  'id title opensAt closesAt phase collectiveQuota individualQuota approvedCollectives approvedIndividuals criteria { id name weight }';
export const NOMINATION_FIELDS =
  'id kind status nomineeName averageScore reviewCount decisionNo decidedOn version';

export const CREATE_ROUND = `mutation ($i: CreateAwardRoundInput!) { createAwardRound(input: $i) { ${ROUND_FIELDS} } }`;
export const NOMINATE = `mutation ($i: NominateInput!) { nominate(input: $i) { ${NOMINATION_FIELDS} } }`;
export const SUBMIT = `mutation ($id: ID!) { submitNomination(id: $id) { ${NOMINATION_FIELDS} } }`;
export const REVIEW = `mutation ($id: ID!, $s: Int!, $c: String, $cs: [CriterionScoreInput!]) {
  reviewNomination(id: $id, score: $s, comment: $c, criterionScores: $cs) { ${NOMINATION_FIELDS} reviews { score weightedScore comment reviewer { id } } }
}`;
export const RECUSE = `mutation ($id: ID!, $r: String!) { recuseFromNomination(id: $id, reason: $r) { ${NOMINATION_FIELDS} recusals { reason reviewer { id } } } }`;
export const DECIDE = `mutation ($id: ID!, $a: Boolean!, $d: String, $on: Date) { decideNomination(id: $id, approved: $a, decisionNo: $d, decidedOn: $on) { ${NOMINATION_FIELDS} } }`;

export interface RoundOptions {
  title?: string;
  opensAt?: string;
  closesAt?: string;
  collectiveQuota?: number | null;
  individualQuota?: number | null;
  organizerUnitId?: string;
  criteria?: { name: string; weight: number }[];
  minReviews?: number;
}

export async function openRound(stack: TestStack, token: string, options: RoundOptions = {}) {
  const input = {
    title: 'Đợt khen thưởng thử nghiệm',
    opensAt: dayFromToday(-10),
    closesAt: dayFromToday(20),
    ...options,
  };
  return ok(await stack.query<any>(CREATE_ROUND, { i: input }, token)).createAwardRound;
}

const ACHIEVEMENTS =
  'Hỗ trợ trực tiếp hơn 300 lượt người dân cài đặt và kích hoạt tài khoản định danh điện tử mức 2.';

/** A submitted nomination of a unit (code) or a person (id), ready for review. */
export async function submittedNomination(
  stack: TestStack,
  token: string,
  roundId: string,
  nominee: { nomineeUnitId?: string; nomineePersonId?: string },
) {
  const created = ok(
    await stack.query<any>(NOMINATE, { i: { roundId, achievements: ACHIEVEMENTS, ...nominee } }, token),
  ).nominate;
  return ok(await stack.query<any>(SUBMIT, { id: created.id }, token)).submitNomination;
}

export const achievements = ACHIEVEMENTS;

export const CLOSE = 'mutation ($id: ID!) { closeAwardRound(id: $id) { id phase closedOn version } }';

/** Closes a round so that its nominations can be decided (decisions wait for the window to close). */
export async function closeRound(stack: TestStack, token: string, roundId: string) {
  return ok(await stack.query<any>(CLOSE, { id: roundId }, token)).closeAwardRound;
}

/** One review (score 8) by `token`: enough for a round's default minReviews of 1. */
export async function reviewed(stack: TestStack, token: string, nominationId: string, score = 8) {
  return ok(await stack.query<any>(REVIEW, { id: nominationId, s: score }, token)).reviewNomination;
}
