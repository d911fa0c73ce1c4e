import { In, type EntityManager } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';
import { ancestorPaths, type HolderCandidate } from '../domain/stock';
import { StockRecord } from '../entities/stock.entity';

export interface Holder {
  unitId: number | null;
  /** "/" for the central store */
  path: string;
}

/** Creates the missing (store, category) rows; the unique index makes concurrent creators harmless. */
export async function ensureStockRows(
  manager: EntityManager,
  holder: Holder,
  categories: ItemCategoryName[],
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(StockRecord)
    .values(
      categories.map((category) => ({
        holderUnitId: holder.unitId,
        holderPath: holder.path,
        category,
        received: 0,
        handedOver: 0,
        available: 0,
      })),
    )
    .orIgnore()
    .execute();
}

export async function receiveIntoStock(
  manager: EntityManager,
  holderPath: string,
  category: ItemCategoryName,
  quantity: number,
) {
  await manager
    .createQueryBuilder()
    .update(StockRecord)
    .set({ received: () => 'received + :quantity', available: () => 'available + :quantity' })
    .where('holderPath = :holderPath AND category = :category', { holderPath, category })
    .setParameter('quantity', quantity)
    .execute();
}

/**
 * Takes items out of a stock row only if that many are available, in one statement: two
 * handovers racing for the last items cannot both pass (the row is locked by the first update
 * until its transaction ends). Returns false when the stock was short.
 */
export async function takeFromStock(
  manager: EntityManager,
  stockId: number,
  quantity: number,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(StockRecord)
    .set({ available: () => 'available - :quantity', handedOver: () => 'handedOver + :quantity' })
    .where('id = :stockId AND available >= :quantity', { stockId })
    .setParameter('quantity', quantity)
    .execute();
  return (result.affected ?? 0) > 0;
}

export async function returnToStock(
  manager: EntityManager,
  stockId: number,
  quantity: number,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(StockRecord)
    .set({ available: () => 'available + :quantity', handedOver: () => 'handedOver - :quantity' })
    .where('id = :stockId', { stockId })
    .setParameter('quantity', quantity)
    .execute();
}

export function stockRowsAt(
  manager: EntityManager,
  holderPath: string,
  categories: ItemCategoryName[],
): Promise<StockRecord[]> {
  return manager.getRepository(StockRecord).findBy({ holderPath, category: In(categories) });
}

/** The stores on a recipient's path that keep any of the categories, within the caller's scope. */
export async function holderCandidates(
  manager: EntityManager,
  recipientPath: string,
  categories: ItemCategoryName[],
  scopePrefix: string | null,
): Promise<(HolderCandidate & { unitId: number | null })[]> {
  const paths = ancestorPaths(recipientPath).filter((p) => scopePrefix === null || p.startsWith(scopePrefix));
  if (paths.length === 0) return [];
  const rows = await manager
    .getRepository(StockRecord)
    .findBy({ holderPath: In(paths), category: In(categories) });
  const byPath = new Map<
    string,
    { path: string; unitId: number | null; categories: Set<ItemCategoryName> }
  >();
  for (const row of rows) {
    const entry = byPath.get(row.holderPath) ?? {
      path: row.holderPath,
      unitId: row.holderUnitId,
      categories: new Set(),
    };
    entry.categories.add(row.category);
    byPath.set(row.holderPath, entry);
  }
  return [...byPath.values()];
}
