import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AccountRecord } from '../entities/account.entity';
import { PersonRecord } from '../entities/person.entity';
import { UnitRecord } from '../entities/unit.entity';
import { childPath } from '../domain/unit-tree';
import { hashPassword } from '../domain/passwords';
import type { RoleName } from '@dx/subgraph-kit';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoCategory, demoPeople } from './people';
import { encodePriorityGroups } from '../domain/person-category';
import { DEMO_UNITS } from './units';
import { personSearchText } from '../store/people';
import { unitSearchText } from '../store/units';

/** Seeds the demo tree, people and one account per role, once, into an empty directory. */
export async function seedDirectoryDemo(dataSource: DataSource, log: Logger): Promise<void> {
  if ((await dataSource.getRepository(UnitRecord).count()) > 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const units = new Map<string, UnitRecord>();
    for (const u of DEMO_UNITS) {
      const parent = u.parent ? units.get(u.parent)! : null;
      const saved = await manager.save(
        manager.create(UnitRecord, {
          code: u.code,
          name: u.name,
          kind: u.kind,
          parentId: parent?.id ?? null,
          path: '/',
          searchText: unitSearchText(u),
        }),
      );
      saved.path = childPath(parent?.path ?? null, saved.id);
      await manager.update(UnitRecord, saved.id, { path: saved.path });
      units.set(u.code, saved);
    }
    const people = demoPeople();
    const saved: PersonRecord[] = [];
    for (const p of people) {
      const unit = units.get(p.unit)!;
      saved.push(
        await manager.save(
          manager.create(PersonRecord, {
            fullName: p.fullName,
            position: p.position,
            unitId: unit.id,
            unitPath: unit.path,
            email: p.email ?? null,
            phone: null,
            category: demoCategory(p, unit.kind),
            priorityGroups: encodePriorityGroups(p.priorityGroups),
            searchText: personSearchText({ ...p, email: p.email ?? null, phone: null }),
          }),
        ),
      );
    }
    for (const a of DEMO_ACCOUNTS) {
      await manager.save(
        manager.create(AccountRecord, {
          username: a.username,
          passwordHash,
          roles: a.roles as RoleName[],
          scopeUnitId: a.scope ? units.get(a.scope)!.id : null,
          personId: saved[a.person].id,
        }),
      );
    }
    log.info(
      { units: DEMO_UNITS.length, people: people.length, accounts: DEMO_ACCOUNTS.length },
      'directory demo seeded',
    );
  });
}
