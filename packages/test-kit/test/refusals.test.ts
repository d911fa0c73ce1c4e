import pino from 'pino';
import { definition as awards } from '@dx/service-awards';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as donations } from '@dx/service-donations';
import { definition as tasks } from '@dx/service-tasks';
import { definition as training } from '@dx/service-training';
import { startStack, type TestStack } from '../src';

/** The kit's refusals as a client sees them through the real gateway, in every service with dates. */
describe('refusals through the gateway', () => {
  let stack: TestStack;
  let token: string;
  beforeAll(async () => {
    stack = await startStack({
      services: [directory, tasks, training, donations, awards],
      onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
    });
    token = await stack.login('admin');
  });
  afterAll(() => stack?.stop());

  const badDays: [string, string, Record<string, unknown>, string][] = [
    [
      'tasks',
      'query ($f: TaskFilter) { tasks(filter: $f) { totalCount } }',
      { f: { dueFrom: '2026-02-30' } },
      'dueFrom',
    ],
    [
      'donations',
      'query ($from: Date) { donationReportByRecipient(from: $from) { __typename } }',
      { from: '2026-13-01' },
      'from',
    ],
    [
      'training',
      'mutation ($i: SetTrainingTargetInput!) { setTrainingTarget(input: $i) { id } }',
      { i: { unitId: '1', targetPercent: 50, dueDate: '31/12/2026' } },
      'dueDate',
    ],
    [
      'awards',
      'mutation ($i: CreateAwardRoundInput!) { createAwardRound(input: $i) { id } }',
      { i: { title: 'Probe', opensAt: '2026-10-01', closesAt: '2026-10-32' } },
      'closesAt',
    ],
  ];

  test.each(badDays)(
    '%s: a day that does not exist is BAD_USER_INPUT naming the field, with a key',
    async (_service, query, variables, field) => {
      const result = await stack.query(query, variables, token);
      expect(result.status).toBe(200);
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors!;
      expect(error.message).toMatch(/is not a date; write it as YYYY-MM-DD/);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.invalidDate',
        field,
      });
      expect(error.extensions!.params).toEqual({ value: expect.any(String) });
    },
  );

  test('NOT_FOUND and FORBIDDEN carry a message key and plain-JSON params', async () => {
    const missing = await stack.query('mutation { removeTrainingTarget(id: "999999") }', {}, token);
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'errors.notFound',
      params: { id: '999999' },
    });

    const viewer = await stack.login('viewer');
    const refused = await stack.query('mutation { removeTrainingTarget(id: "1") }', {}, viewer);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'errors.missingRole',
    });
    expect(Array.isArray((refused.errors![0].extensions!.params as { roles: unknown }).roles)).toBe(true);
  });
});
