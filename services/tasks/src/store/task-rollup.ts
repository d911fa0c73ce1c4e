import { In, type EntityManager } from 'typeorm';
import { forUpdate } from '@dx/subgraph-kit';
import { TaskRecord } from '../entities/task.entity';
import { rolledUpProgress, rolledUpStatus } from '../domain/task-rules';

/** The ids of a task's ancestors, nearest first. */
async function ancestorIds(manager: EntityManager, parentId: number | null): Promise<number[]> {
  const chain: number[] = [];
  for (let id = parentId; id !== null && chain.length < 20 && !chain.includes(id);) {
    chain.push(id);
    const parent = await manager
      .getRepository(TaskRecord)
      .findOne({ where: { id }, select: { id: true, parentId: true } });
    id = parent?.parentId ?? null;
  }
  return chain;
}

/**
 * Locks a task's ancestors before the task itself is written. Every writer of a sub-task takes the
 * same locks in the same (id) order, so two reports on sibling sub-tasks queue instead of
 * deadlocking, and each roll-up sees the other's committed progress.
 */
export async function lockAncestors(manager: EntityManager, parentId: number | null): Promise<number[]> {
  const chain = await ancestorIds(manager, parentId);
  if (chain.length) {
    await forUpdate(
      manager
        .getRepository(TaskRecord)
        .createQueryBuilder('t')
        .where('t.id IN (:...ids)', { ids: chain })
        .orderBy('t.id'),
    ).getMany();
  }
  return chain;
}

/** Recomputes progress up the chain (nearest parent first); returns the parents that changed. */
export async function rollUpProgress(manager: EntityManager, chain: number[]): Promise<number[]> {
  const changed: number[] = [];
  const tasks = manager.getRepository(TaskRecord);
  for (const parentId of chain) {
    const parent = await tasks.findOneBy({ id: parentId });
    if (!parent) break;
    const children = await forUpdate(
      tasks
        .createQueryBuilder('t')
        .select(['t.id', 't.progress', 't.status'])
        .where('t.parentId = :parentId', { parentId }),
    ).getMany();
    const progress = rolledUpProgress(children);
    if (progress === null) break;
    const status = rolledUpStatus(parent.status, progress);
    if (progress === parent.progress && status === parent.status) break;
    await manager
      .createQueryBuilder()
      .update(TaskRecord)
      .set({ progress, status, version: () => 'version + 1' })
      .where('id = :id', { id: parentId })
      .execute();
    changed.push(parentId);
  }
  return changed;
}

export async function countOpenSubtasks(manager: EntityManager, taskId: number): Promise<number> {
  return manager
    .getRepository(TaskRecord)
    .count({ where: { parentId: taskId, status: In(['NOT_STARTED', 'IN_PROGRESS']) } });
}
