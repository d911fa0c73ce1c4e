import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import { DESK } from '../roles';
import { RecordDonationInput } from '../schema/inputs';
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
  ) {
    return listDonations(ctx, page, donorId);
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
}
