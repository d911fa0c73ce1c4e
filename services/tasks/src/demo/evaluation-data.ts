import { encodeUnitPath } from '@dx/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { EvaluationRaterRecord } from '../entities/evaluation-rater.entity';

/** The heads who approve the monthly ratings (Lĩnh Nam rates every civil servant monthly). */
export const DEMO_RATERS = [{ unit: 'HN-LN', person: 'Vũ Ngọc Sơn' }];

/** Names each demo unit's head as the approver of its people's monthly DX ratings. */
export async function seedEvaluation(
  manager: EntityManager,
  dir: {
    unit(code: string): { id: string; path: string[] };
    personNamed(name: string): Promise<number>;
  },
) {
  for (const r of DEMO_RATERS) {
    const unit = dir.unit(r.unit);
    await manager.save(
      manager.create(EvaluationRaterRecord, {
        unitId: Number(unit.id),
        unitPath: encodeUnitPath(unit.path),
        personId: await dir.personNamed(r.person),
      }),
    );
  }
}
