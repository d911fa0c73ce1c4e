import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import type { DonorKindName } from '../domain/categories';
import { DESK } from '../roles';
import { CreateDonorInput, UpdateDonorInput } from '../schema/inputs';
import { Donor, DonorConnection } from '../schema/types';
import { DonorKind } from '../schema/enums';
import { createDonor, listDonors, updateDonor } from '../store/donors';
import { donorLoader } from '../store/loaders';

@Resolver(() => Donor)
export class DonorResolver {
  @Authorized()
  @Query(() => DonorConnection, { description: 'Donors by name.' })
  donors(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('kind', () => DonorKind, { nullable: true }) kind?: DonorKindName,
  ) {
    return listDonors(ctx, page, search, kind);
  }

  @Authorized()
  @Query(() => Donor, { nullable: true })
  donor(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return donorLoader(ctx).load(id);
  }

  @Authorized(...DESK)
  @Mutation(() => Donor)
  createDonor(@Arg('input') input: CreateDonorInput, @Ctx() ctx: RequestContext) {
    return createDonor(ctx, input);
  }

  @Authorized(...DESK)
  @Mutation(() => Donor, { description: 'Edits a donor; CONFLICT if it changed since `version`.' })
  updateDonor(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateDonorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateDonor(ctx, id, version, input);
  }
}
