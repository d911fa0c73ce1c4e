import pino from 'pino';
import type { DataSource } from 'typeorm';
import { ok, startStack, type TestStack } from '@dx/test-kit';
import { definition as directory, seedDirectoryDemo } from '@dx/service-directory';
import { definition as tasks } from '@dx/service-tasks';

export function startTasksStack(): Promise<TestStack> {
  return startStack({
    services: [directory, tasks],
    onReady: { directory: (ds) => seedDirectoryDemo(ds, pino({ level: 'silent' })) },
  });
}

/** Counts the SQL statements a data source sends while `work` runs (TypeORM calls logQuery for each). */
export async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  const logger = dataSource.logger;
  let count = 0;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    count++;
    return original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}

export interface Directory {
  unit(code: string): Promise<string>;
  person(fullName: string): Promise<string>;
}

export function directoryLookups(stack: TestStack, token: string): Directory {
  return {
    async unit(code) {
      const data = ok(
        await stack.query<any>(
          'query ($q: String) { units(search: $q, first: 50) { nodes { id code } } }',
          { q: code },
          token,
        ),
      );
      const unit = data.units.nodes.find((u: { code: string }) => u.code === code);
      if (!unit) throw new Error(`no unit ${code}`);
      return unit.id as string;
    },
    async person(fullName) {
      const data = ok(
        await stack.query<any>(
          'query ($q: String) { people(search: $q, first: 5) { nodes { id fullName } } }',
          { q: fullName },
          token,
        ),
      );
      const person = data.people.nodes.find((p: { fullName: string }) => p.fullName === fullName);
      if (!person) throw new Error(`no person ${fullName}`);
      return person.id as string;
    },
  };
}

export const TASK_FIELDS = 'id title status progress version dueDate completedOn overdue';

export const CREATE_TASK = `mutation ($i: CreateTaskInput!) { createTask(input: $i) { ${TASK_FIELDS} unit { id } assignee { id fullName } } }`;
export const REPORT = `mutation ($id: ID!, $p: Int!, $n: String!, $v: Int!, $e: [String!]) {
  reportTaskProgress(id: $id, progress: $p, note: $n, version: $v, evidenceLinks: $e) { ${TASK_FIELDS} } }`;
export const COMPLETE = `mutation ($id: ID!, $v: Int!) { completeTask(id: $id, version: $v) { ${TASK_FIELDS} } }`;
