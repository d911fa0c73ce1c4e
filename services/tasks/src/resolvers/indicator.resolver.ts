import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { CreateIndicatorInput, RecordIndicatorValueInput } from '../schema/indicator.inputs';
import { Indicator, IndicatorReport, IndicatorTotal, IndicatorValue } from '../schema/indicator.types';
import { indicatorLoader } from '../store/loaders';
import * as indicators from '../store/indicators';
import { UnitRef, unitRef } from '@dx/subgraph-kit';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Authorized()
  @Query(() => [Indicator], { description: 'The monthly DX indicators units report on.' })
  indicators(
    @Ctx() ctx: RequestContext,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ) {
    return indicators.listIndicators(ctx, includeInactive);
  }

  @Authorized()
  @Query(() => IndicatorReport, {
    description:
      "A month's figures per unit and totals across units; unitId narrows it to that unit and those below.",
  })
  indicatorReport(
    @Arg('month') month: string,
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
  ) {
    return indicators.indicatorReport(ctx, month, unitId);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => Indicator)
  createIndicator(
    @Arg('input', () => CreateIndicatorInput) input: CreateIndicatorInput,
    @Ctx() ctx: RequestContext,
  ) {
    return indicators.createIndicator(ctx, input);
  }

  @Authorized('SECRETARIAT', 'COMMITTEE_MEMBER')
  @Mutation(() => IndicatorValue, {
    description: "Enters or corrects a unit's figures for a month (CONFLICT on a stale version).",
  })
  recordIndicatorValue(
    @Arg('input', () => RecordIndicatorValueInput) input: RecordIndicatorValueInput,
    @Ctx() ctx: RequestContext,
  ) {
    return indicators.recordIndicatorValue(ctx, input);
  }
}

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => Indicator)
  async indicator(@Root() value: IndicatorValue, @Ctx() ctx: RequestContext) {
    return indicatorLoader(ctx).load(value.indicatorId);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() value: IndicatorValue) {
    return unitRef(value.unitId);
  }
}

@Resolver(() => IndicatorTotal)
export class IndicatorTotalResolver {
  @FieldResolver(() => Indicator)
  async indicator(@Root() total: IndicatorTotal, @Ctx() ctx: RequestContext) {
    return indicatorLoader(ctx).load(total.indicatorId);
  }
}
