import {
  badInput,
  encodeUnitPath,
  personInfo,
  requirePerson,
  requireUnit,
  type Identity,
  type RequestContext,
} from '@dx/subgraph-kit';
import type { Nominee } from '../domain/nominee';

export interface ResolvedNominee {
  nomineeUnitId: number | null;
  nomineePersonId: number | null;
  nomineeName: string;
  nomineeHomeUnitId: number;
  nomineeUnitPath: string;
}

/** Checks the nominee exists in the directory and learns its name and place in the tree. */
export async function resolveNominee(ctx: RequestContext, nominee: Nominee): Promise<ResolvedNominee> {
  if (nominee.kind === 'COLLECTIVE') {
    const unit = await requireUnit(ctx, nominee.unitId, 'nomineeUnitId');
    return {
      nomineeUnitId: Number(unit.id),
      nomineePersonId: null,
      nomineeName: unit.name,
      nomineeHomeUnitId: Number(unit.id),
      nomineeUnitPath: encodeUnitPath(unit.path),
    };
  }
  const person = await requirePerson(ctx, nominee.personId, 'nomineePersonId');
  return {
    nomineeUnitId: null,
    nomineePersonId: Number(person.id),
    nomineeName: person.fullName,
    nomineeHomeUnitId: Number(person.unit.id),
    nomineeUnitPath: encodeUnitPath(person.unit.path),
  };
}

/** The unit a nomination comes from: the one given, else the caller's own unit, else their scope unit. */
export async function resolveNominatingUnit(ctx: RequestContext, identity: Identity, given?: string | null) {
  let unitId = given ?? null;
  if (!unitId && identity.personId) unitId = (await personInfo(ctx, identity.personId))?.unit.id ?? null;
  unitId ??= identity.scopeUnitId;
  if (!unitId) throw badInput('Choose the unit that makes this nomination.', 'nominatingUnitId');
  const unit = await requireUnit(ctx, unitId, 'nominatingUnitId');
  return { id: Number(unit.id), path: encodeUnitPath(unit.path) };
}
