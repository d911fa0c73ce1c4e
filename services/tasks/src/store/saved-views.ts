import {
  identityOf,
  notFound,
  rethrowUniqueViolation,
  writeAudit,
  type RequestContext,
} from '@dx/subgraph-kit';
import { SavedTaskViewRecord } from '../entities/saved-task-view.entity';
import type { TaskOrderName } from '../schema/enums';
import type { TaskFilter } from '../schema/task.inputs';
import type { SavedTaskView } from '../schema/saved-view.types';
import type { TaskFilterView } from '../schema/task-filter-view';
import { refuseInput } from './refusals';

const toView = (r: SavedTaskViewRecord): SavedTaskView => ({
  id: String(r.id),
  name: r.name,
  filter: JSON.parse(r.filter) as TaskFilterView,
  orderBy: r.orderBy as TaskOrderName,
});

/** The caller's own saved task-list views, by name as Vietnamese sorts it (Đ after D, not after Z). */
export async function mySavedViews(ctx: RequestContext) {
  const rows = await ctx.dataSource
    .getRepository(SavedTaskViewRecord)
    .find({ where: { accountId: identityOf(ctx).accountId } });
  return rows.map(toView).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Saves a filter under a name for the calling account; the same name twice -> CONFLICT. */
export async function saveTaskView(
  ctx: RequestContext,
  name: string,
  filter: TaskFilter,
  orderBy: TaskOrderName,
) {
  const title = name.trim();
  if (!title) throw refuseInput({ message: 'Give the view a name.', key: 'errors.viewNameRequired' }, 'name');
  if (title.length > 120)
    throw refuseInput(
      {
        message: 'A view name may have at most 120 characters.',
        key: 'errors.viewNameTooLong',
        params: { max: 120 },
      },
      'name',
    );
  const kept = Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
  return ctx.dataSource
    .transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(SavedTaskViewRecord, {
          accountId: identityOf(ctx).accountId,
          name: title,
          filter: JSON.stringify(kept),
          orderBy,
        }),
      );
      await writeAudit(manager, ctx, {
        action: 'saveTaskView',
        entityType: 'SavedTaskView',
        entityId: saved.id,
        after: saved,
      });
      return toView(saved);
    })
    .catch(rethrowUniqueViolation(`You already have a view named "${title}".`));
}

export async function deleteTaskView(ctx: RequestContext, id: string) {
  return ctx.dataSource.transaction(async (manager) => {
    const views = manager.getRepository(SavedTaskViewRecord);
    const view = await views.findOneBy({ id: Number(id), accountId: identityOf(ctx).accountId });
    if (!view) throw notFound('Saved view', id);
    await views.delete({ id: view.id });
    await writeAudit(manager, ctx, {
      action: 'deleteTaskView',
      entityType: 'SavedTaskView',
      entityId: view.id,
      before: view,
    });
    return true;
  });
}
