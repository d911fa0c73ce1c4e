import { Arg, Ctx, Directive, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { SessionPayload } from '../schema/types';
import { endSession, openSession, renewSession } from '../store/sessions';

/**
 * Sessions for browsers. Inaccessible through the gateway's API: only the gateway's /auth routes
 * call them, straight at the directory, so the renewal secret never reaches JavaScript.
 */
@Resolver()
export class SessionResolver {
  @Directive('@inaccessible')
  @Mutation(() => SessionPayload, { description: 'Signs in (same limits as `login`) and opens a session.' })
  openSession(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return openSession(ctx, username, password);
  }

  @Directive('@inaccessible')
  @Mutation(() => SessionPayload, {
    description:
      'A new access token while the session lives; UNAUTHENTICATED (errors.sessionEnded) once it ended.',
  })
  renewSession(@Arg('renewal') renewal: string, @Ctx() ctx: RequestContext) {
    return renewSession(ctx, renewal);
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, { description: 'Sign-out: true when a live session was ended.' })
  endSession(@Arg('renewal') renewal: string, @Ctx() ctx: RequestContext) {
    return endSession(ctx, renewal);
  }
}
