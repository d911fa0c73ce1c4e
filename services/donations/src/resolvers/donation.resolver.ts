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
import { DESK } from '../roles';
import { RecordDonationInput } from '../schema/inputs';
import { CorrectDonationInput } from '../schema/movement.inputs';
import { DonationStatus } from '../schema/enums';
import type { DonationStatusName } from '../entities/donation.entity';
import { correctDonation, voidDonation } from '../store/donation-changes';
import { Donation, DonationConnection, DonationItem, Donor } from '../schema/types';
import { listDonations, recordDonation } from '../store/donations';
import { donationItemsLoader, donationLoader, donorLoader } from '../store/loaders';

@Resolver(() => Donation)
export class DonationResolver {
  @Authorized()
  @Query(() => DonationConnection, {
    description: "Donations received into the stores in the caller's scope, newest first.",
  })
  donations(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('donorId', () => ID, { nullable: true }) donorId?: string,
    @Arg('status', () => DonationStatus, { nullable: true }) status?: DonationStatusName,
  ) {
    return listDonations(ctx, page, donorId, status);
  }

  @Authorized()
  @Query(() => Donation, { nullable: true })
  donation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return donationLoader(ctx).load(id);
  }

  @FieldResolver(() => Donor)
  donor(@Root() donation: Donation, @Ctx() ctx: RequestContext) {
    return donorLoader(ctx).load(donation.donorId);
  }

  @FieldResolver(() => [DonationItem])
  async items(@Root() donation: Donation, @Ctx() ctx: RequestContext) {
    return (await donationItemsLoader(ctx).load(donation.id)) ?? [];
  }

  @Authorized(...DESK)
  @Mutation(() => Donation, {
    description: 'Records a gift and puts its items into the stock of the receiving unit.',
  })
  recordDonation(@Arg('input') input: RecordDonationInput, @Ctx() ctx: RequestContext) {
    return recordDonation(ctx, input);
  }

  @Authorized(...DESK)
  @Mutation(() => Donation, {
    description: 'Corrects a donation with a reason; stock follows; CONFLICT if it changed since `version`.',
  })
  correctDonation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: CorrectDonationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return correctDonation(ctx, id, version, input);
  }

  @Authorized(...DESK)
  @Mutation(() => Donation, {
    description:
      'Voids a donation with a reason: its items leave the store; ITEMS_HANDED_OVER once any of them left it.',
  })
  voidDonation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return voidDonation(ctx, id, version, reason);
  }
}
