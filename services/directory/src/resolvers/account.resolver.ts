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
import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import { AccountRecord } from '../entities/account.entity';
import { DIRECTORY_ADMINS } from '../roles';
import { CreateAccountInput, UpdateAccountInput } from '../schema/inputs';
import { Account, AccountConnection, AuthPayload, Person, Unit } from '../schema/types';
import { createAccount, listAccounts, updateAccount } from '../store/accounts';
import { personLoader, unitLoader } from '../store/loaders';
import { toAccount } from '../store/mappers';
import { signIn } from '../store/sign-in';

@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Signs in; the token goes in `Authorization: Bearer <token>`. Too many tries for a username or from an address are refused with RATE_LIMITED (extensions.retryAfterSeconds).',
  })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: RequestContext) {
    return signIn(ctx, username, password);
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account.' })
  async me(@Ctx() ctx: RequestContext) {
    if (!ctx.identity) return null;
    const account = await ctx.dataSource
      .getRepository(AccountRecord)
      .findOneBy({ id: Number(ctx.identity.accountId) });
    return account ? toAccount(account) : null;
  }

  @Authorized(...DIRECTORY_ADMINS)
  @Query(() => AccountConnection)
  accounts(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return listAccounts(ctx, page, search);
  }

  @FieldResolver(() => Unit, { nullable: true })
  scopeUnit(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return account.scopeUnitId ? unitLoader(ctx).load(account.scopeUnitId) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() account: Account, @Ctx() ctx: RequestContext) {
    return account.personId ? personLoader(ctx).load(account.personId) : null;
  }

  @Authorized(...DIRECTORY_ADMINS)
  @Mutation(() => Account)
  createAccount(@Arg('input') input: CreateAccountInput, @Ctx() ctx: RequestContext) {
    return createAccount(ctx, input);
  }

  @Authorized(...DIRECTORY_ADMINS)
  @Mutation(() => Account, {
    description: 'Changes roles, scope, status or password; CONFLICT if changed since `version`.',
  })
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateAccountInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateAccount(ctx, id, version, input);
  }
}
