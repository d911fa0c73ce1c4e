import { PageArgs, type RequestContext } from '@dx/subgraph-kit';
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { NotificationConnection, NotificationType } from '../schema/types';
import { markRead, myNotifications, unreadCount } from '../store/reading';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, {
    description: "The caller's notifications, newest first, in their language.",
  })
  myNotifications(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
  ) {
    return myNotifications(ctx, page, unreadOnly ?? false);
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return unreadCount(ctx);
  }

  @Authorized()
  @Mutation(() => Int, {
    description: 'Marks the caller’s notifications read; returns how many were unread.',
  })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext) {
    return markRead(ctx, ids);
  }

  @Authorized()
  @Mutation(() => Int, {
    description: 'Marks all of the caller’s notifications read; returns how many were unread.',
  })
  markAllNotificationsRead(@Ctx() ctx: RequestContext) {
    return markRead(ctx, null);
  }
}
