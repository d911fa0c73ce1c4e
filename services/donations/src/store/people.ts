import { identityOf, requirePerson, type RequestContext } from '@dx/subgraph-kit';

interface PeopleInput {
  receivedById?: string | null;
  handedOverById?: string | null;
  witnessId?: string | null;
}

/** The people named on a handover record must exist; the giver defaults to the caller's own person. */
export async function checkPeople(ctx: RequestContext, input: PeopleInput) {
  const handedOverById = input.handedOverById ?? identityOf(ctx).personId ?? null;
  const named: [string, string | null | undefined][] = [
    ['receivedById', input.receivedById],
    ['handedOverById', handedOverById],
    ['witnessId', input.witnessId],
  ];
  await Promise.all(named.filter(([, id]) => id).map(([field, id]) => requirePerson(ctx, id!, field)));
  return { receivedById: input.receivedById ?? null, handedOverById, witnessId: input.witnessId ?? null };
}
