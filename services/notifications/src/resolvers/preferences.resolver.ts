import type { RequestContext } from '@dx/subgraph-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { NotificationPreferences, NotificationPreferencesInput } from '../schema/types';
import { myPreferences, updatePreferences } from '../store/reading';

@Resolver(() => NotificationPreferences)
export class NotificationPreferencesResolver {
  @Authorized()
  @Query(() => NotificationPreferences, {
    description: 'Language, channels, digest and muted kinds of the caller.',
  })
  myNotificationPreferences(@Ctx() ctx: RequestContext) {
    return myPreferences(ctx);
  }

  @Authorized()
  @Mutation(() => NotificationPreferences)
  updateNotificationPreferences(
    @Arg('input') input: NotificationPreferencesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updatePreferences(ctx, input);
  }
}
