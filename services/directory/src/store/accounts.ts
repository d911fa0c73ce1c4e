import {
  badInput,
  conflict,
  escapeLike,
  identityOf,
  notFound,
  paginate,
  rethrowUniqueViolation,
  updateAtVersion,
  writeAudit,
  type PageArgs,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AccountRecord } from '../entities/account.entity';
import { PersonRecord } from '../entities/person.entity';
import { UnitRecord } from '../entities/unit.entity';
import { hashPassword, passwordProblem } from '../domain/passwords';
import { hasInvisibleCharacters, normaliseUsername, usernameProblem } from '../domain/usernames';
import type { CreateAccountInput, UpdateAccountInput } from '../schema/inputs';
import { redactAccount, toAccount } from './mappers';
import { endAccountSessions } from './sessions';

async function checkReferences(
  manager: EntityManager,
  input: { scopeUnitId?: string | null; personId?: string | null },
) {
  if (
    input.scopeUnitId &&
    !(await manager.getRepository(UnitRecord).existsBy({ id: Number(input.scopeUnitId) }))
  ) {
    throw badInput(`The unit ${input.scopeUnitId} does not exist.`, 'scopeUnitId');
  }
  if (
    input.personId &&
    !(await manager.getRepository(PersonRecord).existsBy({ id: Number(input.personId) }))
  ) {
    throw badInput(`The person ${input.personId} does not exist.`, 'personId');
  }
}

function checkRolesAndScope(roles: string[] | undefined, scopeUnitId: string | null | undefined) {
  if (roles && !roles.includes('ADMIN') && !scopeUnitId) {
    throw badInput(
      'Choose the unit these roles are held for; only administrators hold them for the whole tree.',
      'scopeUnitId',
    );
  }
}

export async function listAccounts(ctx: RequestContext, page: PageArgs, search?: string) {
  const query = ctx.dataSource.getRepository(AccountRecord).createQueryBuilder('a');
  const text = search?.trim() ? normaliseUsername(search) : '';
  // Usernames are few and short; a plain LIKE with the wildcards escaped is enough here.
  // MariaDB reads a backslash in a string literal as an escape itself: the same ESCAPE is written twice there.
  const escape = ctx.dataSource.options.type === 'mariadb' ? "'\\\\'" : "'\\'";
  if (text) query.andWhere(`a.username LIKE :q ESCAPE ${escape}`, { q: `%${escapeLike(text)}%` });
  const connection = await paginate(query, page, [
    { column: 'a.username', property: 'username', direction: 'ASC' },
    { column: 'a.id', property: 'id', direction: 'ASC' },
  ]);
  return { ...connection, nodes: connection.nodes.map(toAccount) };
}

export async function createAccount(ctx: RequestContext, input: CreateAccountInput) {
  const invalid = usernameProblem(input.username);
  if (invalid) {
    const key = hasInvisibleCharacters(input.username)
      ? 'errors.usernameInvisible'
      : 'errors.usernameInvalid';
    throw badInput(invalid, 'username', key);
  }
  const username = normaliseUsername(input.username);
  const problem = passwordProblem(input.password);
  if (problem) throw badInput(problem, 'password');
  checkRolesAndScope(input.roles, input.scopeUnitId);
  const passwordHash = await hashPassword(input.password);
  return ctx.dataSource
    .transaction(async (manager) => {
      await checkReferences(manager, input);
      const accounts = manager.getRepository(AccountRecord);
      if (await accounts.existsBy({ username })) throw conflict(`The username "${username}" is taken.`);
      const saved = await accounts.save(
        accounts.create({
          username,
          passwordHash,
          roles: [...new Set(input.roles)],
          scopeUnitId: input.scopeUnitId ? Number(input.scopeUnitId) : null,
          personId: input.personId ? Number(input.personId) : null,
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'createAccount',
        entityType: 'Account',
        entityId: saved.id,
        after: redactAccount(saved),
      });
      return toAccount(saved);
    })
    .catch(rethrowUniqueViolation(`The username "${username}" is taken.`));
}

export async function updateAccount(
  ctx: RequestContext,
  id: string,
  version: number,
  input: UpdateAccountInput,
) {
  const me = identityOf(ctx);
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw badInput(problem, 'password');
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.dataSource.transaction(async (manager) => {
    const accounts = manager.getRepository(AccountRecord);
    const before = await accounts.findOneBy({ id: Number(id) });
    if (!before) throw notFound('Account', id);
    if (
      before.id === Number(me.accountId) &&
      (input.active === false || (input.roles && !input.roles.includes('ADMIN')))
    ) {
      throw badInput(
        'You cannot lock yourself out: ask another administrator to change your own account.',
        'roles',
      );
    }
    await checkReferences(manager, input);
    const roles = input.roles ? [...new Set(input.roles)] : before.roles;
    const scopeUnitId =
      input.scopeUnitId !== undefined
        ? input.scopeUnitId
        : before.scopeUnitId === null
          ? null
          : String(before.scopeUnitId);
    checkRolesAndScope(roles, scopeUnitId);
    const changes: Partial<AccountRecord> = { roles, scopeUnitId: scopeUnitId ? Number(scopeUnitId) : null };
    if (input.active !== undefined) changes.active = input.active;
    if (passwordHash) changes.passwordHash = passwordHash;
    await updateAtVersion(manager, AccountRecord, before.id, version, changes, 'This account');
    // A new password or a deactivation ends every session: no browser renews its token again.
    if (passwordHash || (before.active && changes.active === false))
      await endAccountSessions(manager, before.id);
    const after = await accounts.findOneByOrFail({ id: before.id });
    await writeAudit(manager, ctx, {
      action: 'updateAccount',
      entityType: 'Account',
      entityId: id,
      before: redactAccount(before),
      after: redactAccount(after),
    });
    return toAccount(after);
  });
}
