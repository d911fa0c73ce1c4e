import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@dx/subgraph-kit';
import { TaskOrder, type TaskOrderName } from '../schema/enums';
import { SavedTaskView } from '../schema/saved-view.types';
import { TaskFilter } from '../schema/task.inputs';
import { deleteTaskView, mySavedViews, saveTaskView } from '../store/saved-views';

@Resolver(() => SavedTaskView)
export class SavedTaskViewResolver {
  @Authorized()
  @Query(() => [SavedTaskView], { description: "The caller's saved task-list views, by name." })
  mySavedTaskViews(@Ctx() ctx: RequestContext) {
    return mySavedViews(ctx);
  }

  @Authorized()
  @Mutation(() => SavedTaskView, {
    description: 'Saves a task-list filter under a name for your account; the same name twice -> CONFLICT.',
  })
  saveTaskView(
    @Arg('name') name: string,
    @Arg('filter', () => TaskFilter) filter: TaskFilter,
    @Ctx() ctx: RequestContext,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy?: TaskOrderName | null,
  ) {
    return saveTaskView(ctx, name, filter, orderBy ?? 'DUE_DATE_ASC');
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteTaskView(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return deleteTaskView(ctx, id);
  }
}
