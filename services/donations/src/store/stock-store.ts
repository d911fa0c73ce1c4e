import { In, type EntityManager } from 'typeorm';
import type { ItemCategoryName } from '../domain/categories';
import { StockRecord } from '../entities/stock.entity';

export interface Holder {
  unitId: number | null;
  /** "/" for the central store */
  path: string;
}

export type StockCounter =
  'received' | 'handedOver' | 'transferredIn' | 'transferredOut' | 'returned' | 'writtenOff';

/**
 * Creates the missing (store, category) rows, in its own short statement before the main
 * transaction: an INSERT IGNORE inside it would share-lock the row and deadlock against a second
 * writer upgrading to an update. Empty rows are harmless; the unique index keeps one per pair.
 */
export async function ensureStockRows(
  manager: EntityManager,
  holder: Holder,
  categories: ItemCategoryName[],
): Promise<void> {
  if (categories.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(StockRecord)
    .values(
      categories.map((category) => ({ holderUnitId: holder.unitId, holderPath: holder.path, category })),
    )
    .orIgnore()
    .updateEntity(false)
    .execute();
}

/**
 * Changes a stock row in one statement: `available` by `delta` and one counter by `counterDelta`.
 * A negative delta applies only if that many are available, so two writers racing for the last
 * items cannot both pass (the first update locks the row until its transaction ends). Returns false
 * when the stock was short. Callers change rows in ascending id order, so writers queue, never deadlock.
 */
export async function changeStock(
  manager: EntityManager,
  stockId: number,
  delta: number,
  counter: StockCounter,
  counterDelta: number,
): Promise<boolean> {
  const query = manager
    .createQueryBuilder()
    .update(StockRecord)
    .set({ available: () => 'available + :delta', [counter]: () => `${counter} + :counterDelta` })
    .where('id = :stockId', { stockId })
    .setParameters({ delta, counterDelta });
  if (delta < 0) query.andWhere('available >= :need', { need: -delta });
  const result = await query.execute();
  return (result.affected ?? 0) > 0;
}

export function stockRowsAt(
  manager: EntityManager,
  holderPath: string,
  categories: ItemCategoryName[],
): Promise<StockRecord[]> {
  return manager
    .getRepository(StockRecord)
    .find({ where: { holderPath, category: In(categories) }, order: { id: 'ASC' } });
}

export async function availableNow(manager: EntityManager, stockId: number): Promise<number> {
  return (await manager.getRepository(StockRecord).findOneBy({ id: stockId }))?.available ?? 0;
}
