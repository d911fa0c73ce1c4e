import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  PageArgs,
  badInput,
  conflict,
  identityOf,
  notFound,
  paginate,
  rethrowUniqueViolation,
  unauthenticated,
  updateAtVersion,
  writeAudit,
  type RequestContext,
  TokenService,
} from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { AccountRecord } from '../entities/account.entity';
import { PersonRecord } from '../entities/person.entity';
import { UnitRecord } from '../entities/unit.entity';
import { hashPassword, passwordProblem, verifyPassword } from '../domain/passwords';
import { afterFailedSignIn, isLocked } from '../domain/sign-in-throttle';
import { pathIds } from '../domain/unit-tree';
import { CreateAccountInput, UpdateAccountInput } from '../schema/inputs';
import { Account, AccountConnection, AuthPayload, Person, Unit } from '../schema/types';
import { personLoader, unitLoader } from '../store/loaders';

let tokenService: TokenService | undefined;

/** Only the directory holds the signing key (DX_TOKEN_PRIVATE_KEY); every subgraph verifies with the public one. */
const signIn = {
  tokens(): TokenService {
    const privateKeyPem = process.env.DX_TOKEN_PRIVATE_KEY;
    const publicKeyPem = process.env.DX_TOKEN_PUBLIC_KEY;
    if (!privateKeyPem || !publicKeyPem)
      throw new Error('DX_TOKEN_PRIVATE_KEY and DX_TOKEN_PUBLIC_KEY must be set.');
    return (tokenService ??= new TokenService({ privateKeyPem, publicKeyPem }));
  },
  get ttlSeconds(): number {
    return Number(process.env.DX_TOKEN_TTL_SECONDS ?? 8 * 3600);
  },
};

function toAccount(r: AccountRecord): Account {
  return {
    id: String(r.id),
    username: r.username,
    roles: r.roles,
    scopeUnitId: r.scopeUnitId === null ? null : String(r.scopeUnitId),
    personId: r.personId === null ? null : String(r.personId),
    active: r.active,
    version: r.version,
  };
}

/** What an account's token is signed for, read fresh from the tree at each sign-in. */
export async function scopeOf(manager: EntityManager, account: AccountRecord) {
  if (account.scopeUnitId === null) return { scopeUnitId: null, scopeUnitPath: [] as string[] };
  const unit = await manager.getRepository(UnitRecord).findOneBy({ id: account.scopeUnitId });
  return { scopeUnitId: String(account.scopeUnitId), scopeUnitPath: unit ? pathIds(unit.path) : ['none'] };
}

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

const redact = (r: AccountRecord) => ({
  ...r,
  passwordHash: undefined,
  failedSignIns: undefined,
  lockedUntil: undefined,
});

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, {
    description: 'Signs in; the token goes in `Authorization: Bearer <token>`.',
  })
  async login(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ) {
    const accounts = ctx.dataSource.getRepository(AccountRecord);
    const account = await accounts.findOneBy({ username: username.trim().toLowerCase() });
    const now = new Date();
    if (account && isLocked(account, now)) {
      throw unauthenticated(
        `Too many wrong passwords for this account. Try again after ${account.lockedUntil!.toISOString()}.`,
      );
    }
    const ok = await verifyPassword(account?.active ? account.passwordHash : undefined, password);
    if (account && !ok) await accounts.update(account.id, afterFailedSignIn(account.failedSignIns, now));
    if (!account || !ok) throw unauthenticated('Wrong username or password.');
    if (account.failedSignIns > 0) await accounts.update(account.id, { failedSignIns: 0 });
    const scope = await scopeOf(ctx.dataSource.manager, account);
    const token = await signIn.tokens().sign(
      {
        accountId: String(account.id),
        username: account.username,
        personId: account.personId === null ? null : String(account.personId),
        roles: account.roles,
        ...scope,
      },
      signIn.ttlSeconds,
    );
    const expiresAt = new Date(Date.now() + signIn.ttlSeconds * 1000).toISOString();
    return { token, account: toAccount(account), expiresAt };
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account.' })
  async me(@Ctx() ctx: RequestContext) {
    if (!ctx.identity) return null;
    const account = await ctx.dataSource
      .getRepository(AccountRecord)
      .findOneBy({ id: Number(ctx.identity.accountId) });
    return account ? toAccount(account) : null;
  }

  @Authorized('ADMIN')
  @Query(() => AccountConnection)
  async accounts(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    const query = ctx.dataSource.getRepository(AccountRecord).createQueryBuilder('a');
    if (search?.trim()) query.andWhere('a.username LIKE :q', { q: `%${search.trim().toLowerCase()}%` });
    const connection = await paginate(query, page, [
      { column: 'a.username', property: 'username', direction: 'ASC' },
      { column: 'a.id', property: 'id', direction: 'ASC' },
    ]);
    return { ...connection, nodes: connection.nodes.map(toAccount) };
  }

  @FieldResolver(() => Unit, { nullable: true })
  scopeUnit(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return account.scopeUnitId ? unitLoader(ctx).load(account.scopeUnitId) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return account.personId ? personLoader(ctx).load(account.personId) : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => Account)
  async createAccount(@Arg('input') input: CreateAccountInput, @Ctx() ctx: RequestContext) {
    const username = input.username.trim().toLowerCase();
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
          after: redact(saved),
        });
        return toAccount(saved);
      })
      .catch(rethrowUniqueViolation(`The username "${username}" is taken.`));
  }

  @Authorized('ADMIN')
  @Mutation(() => Account, {
    description: 'Changes roles, scope, status or password; CONFLICT if changed since `version`.',
  })
  async updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateAccountInput,
    @Ctx() ctx: RequestContext,
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
      const changes: Partial<AccountRecord> = {
        roles,
        scopeUnitId: scopeUnitId ? Number(scopeUnitId) : null,
      };
      if (input.active !== undefined) changes.active = input.active;
      if (passwordHash) changes.passwordHash = passwordHash;
      await updateAtVersion(manager, AccountRecord, before.id, version, changes, 'This account');
      const after = await accounts.findOneByOrFail({ id: before.id });
      await writeAudit(manager, ctx, {
        action: 'updateAccount',
        entityType: 'Account',
        entityId: id,
        before: redact(before),
        after: redact(after),
      });
      return toAccount(after);
    });
  }
}
