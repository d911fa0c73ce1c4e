import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DateScalar, type RequestContext } from '@dx/subgraph-kit';
import { CategoryReportLine, DonorReportLine, RecipientReportLine } from '../schema/types';
import { donorLoader } from '../store/loaders';
import { ThankYouLetter, YearReportLine } from '../schema/report.types';
import { thankYouLetter } from '../store/thank-you';
import { perYear } from '../store/year-report';
import { givenByDonor, handedOverByRecipient, totalsByCategoryReport, reportFilter } from '../store/reports';

/** Reports for the desk (and CSV export on screen), restricted to the caller's scope and optionally a unit's subtree. */
@Resolver()
export class ReportResolver {
  @Authorized()
  @Query(() => [RecipientReportLine], {
    description: 'Items handed over per recipient and category (active handovers).',
  })
  async donationReportByRecipient(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string,
  ) {
    return handedOverByRecipient(ctx.dataSource, await reportFilter(ctx, unitId, from, to));
  }

  @Authorized()
  @Query(() => [DonorReportLine], { description: 'Items and estimated value given per donor and category.' })
  async donationReportByDonor(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string,
  ) {
    const lines = await givenByDonor(ctx.dataSource, await reportFilter(ctx, unitId, from, to));
    const donors = await donorLoader(ctx).loadMany(lines.map((l) => l.donorId));
    return lines.map((line, i) => ({ ...line, donor: donors[i] }));
  }

  @Authorized()
  @Query(() => [CategoryReportLine], {
    description: 'Received, handed over and available per category, with recipients and value.',
  })
  async donationReportByCategory(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
  ) {
    return totalsByCategoryReport(ctx.dataSource, await reportFilter(ctx, unitId));
  }

  @Authorized()
  @Query(() => [YearReportLine], {
    description: 'Per calendar year: items received and handed over, gifts, handovers, recipients and value.',
  })
  async donationReportByYear(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
  ) {
    return perYear(ctx.dataSource, await reportFilter(ctx, unitId));
  }

  @Authorized()
  @Query(() => ThankYouLetter, {
    description: "A donor's thank-you letter: what they gave, and which teams received which pieces.",
  })
  donorThankYouLetter(@Arg('donorId', () => ID) donorId: string, @Ctx() ctx: RequestContext) {
    return thankYouLetter(ctx, donorId);
  }
}
