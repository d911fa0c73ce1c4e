import type { EntityManager } from 'typeorm';
import { formatDocumentNo } from '../domain/movements';
import { DocumentSequenceRecord } from '../entities/document-sequence.entity';

/**
 * The next number of a series and year. The update comes first and locks the row until the
 * transaction ends (gap-free numbers); only a year's first number inserts. Inserting first would
 * share-lock an existing row and let two writers deadlock on the upgrade.
 */
export async function nextDocumentNo(manager: EntityManager, series: string, year: number): Promise<string> {
  const bump = () =>
    manager
      .createQueryBuilder()
      .update(DocumentSequenceRecord)
      .set({ lastNumber: () => 'lastNumber + 1' })
      .where('series = :series AND year = :year', { series, year })
      .execute();
  if (!(await bump()).affected) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DocumentSequenceRecord)
      .values({ series, year, lastNumber: 0 })
      .orIgnore()
      .updateEntity(false)
      .execute();
    await bump();
  }
  const row = await manager.getRepository(DocumentSequenceRecord).findOneByOrFail({ series, year });
  return formatDocumentNo(series, year, row.lastNumber);
}
