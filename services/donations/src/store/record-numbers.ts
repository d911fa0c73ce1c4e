import type { EntityManager } from 'typeorm';
import { formatRecordNo } from '../domain/record-numbers';
import { RecordSequenceRecord } from '../entities/record-sequence.entity';

/**
 * The next record number of a year. The increment locks the year's row until the transaction ends,
 * so concurrent handovers get distinct, gap-free numbers (a rolled-back handover gives its back).
 */
export async function nextRecordNo(manager: EntityManager, year: number): Promise<string> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(RecordSequenceRecord)
    .values({ year, lastNumber: 0 })
    .orIgnore()
    .execute();
  await manager
    .createQueryBuilder()
    .update(RecordSequenceRecord)
    .set({ lastNumber: () => 'lastNumber + 1' })
    .where('year = :year', { year })
    .execute();
  const row = await manager.getRepository(RecordSequenceRecord).findOneByOrFail({ year });
  return formatRecordNo(year, row.lastNumber);
}
