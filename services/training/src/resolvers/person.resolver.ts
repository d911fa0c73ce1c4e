import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { identityOf, scopePrefix, type RequestContext, PersonRef } from '@dx/subgraph-kit';
import { Enrolment } from '../schema/types';
import { enrolmentsOfPersonLoader } from '../store/loaders';

/** Fields this service adds to the directory's Person. */
@Resolver(() => PersonRef)
export class PersonEnrolmentsResolver {
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: "This person's enrolments, oldest first; only within the caller's scope.",
  })
  async enrolments(@Root() person: PersonRef, @Ctx() ctx: RequestContext) {
    const prefix = scopePrefix(identityOf(ctx));
    return (await enrolmentsOfPersonLoader(ctx, prefix).load(person.id)) ?? [];
  }
}
