import { isWithinScope, type Identity } from '@dx/subgraph-kit';
import type { AccountRecord } from '../entities/account.entity';
import type { PersonRecord } from '../entities/person.entity';
import type { UnitRecord } from '../entities/unit.entity';
import { pathIds } from '../domain/unit-tree';
import { decodePriorityGroups, type PersonCategoryName } from '../domain/person-category';
import type { Account, Person, Unit } from '../schema/types';

/** The columns `toUnit` reads: all the by-id loaders select. */
export const UNIT_COLUMNS = ['id', 'code', 'name', 'kind', 'parentId', 'path', 'version'] as const;
export type UnitColumns = Pick<UnitRecord, (typeof UNIT_COLUMNS)[number]>;

export function toUnit(r: UnitColumns): Unit {
  return {
    id: String(r.id),
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parentId === null ? null : String(r.parentId),
    path: pathIds(r.path),
    version: r.version,
  };
}

/** A person with the stored unit path, so contacts can be shown only to callers whose scope covers it. */
export type PersonRow = Person & { unitPath: string };

/** The columns `toPerson` reads: all the by-id loaders select. */
export const PERSON_COLUMNS = [
  'id',
  'fullName',
  'position',
  'unitId',
  'unitPath',
  'email',
  'phone',
  'category',
  'priorityGroups',
  'version',
] as const;
export type PersonColumns = Pick<PersonRecord, (typeof PERSON_COLUMNS)[number]>;

export function toPerson(r: PersonColumns): PersonRow {
  return {
    id: String(r.id),
    fullName: r.fullName,
    position: r.position,
    unitId: String(r.unitId),
    unitPath: r.unitPath,
    email: r.email,
    phone: r.phone,
    category: (r.category as PersonCategoryName | null) ?? null,
    priorityGroups: decodePriorityGroups(r.priorityGroups),
    version: r.version,
  };
}

/** Email and phone go only to administrators and to callers whose scope holds the person's unit. */
export function contactsVisible(identity: Identity | undefined, person: PersonRow): boolean {
  return !!identity && isWithinScope(identity, person.unitPath);
}

export function toAccount(r: AccountRecord): Account {
  return {
    id: String(r.id),
    username: r.username,
    roles: r.roles,
    scopeUnitId: r.scopeUnitId === null ? null : String(r.scopeUnitId),
    personId: r.personId === null ? null : String(r.personId),
    active: r.active,
    version: r.version,
  };
}

/** What the audit log keeps of an account: never the password hash. */
export const redactAccount = (r: AccountRecord) => ({ ...r, passwordHash: undefined });
