import { Field, ID, ObjectType } from 'type-graphql';
import { TaskOrder, type TaskOrderName } from './enums';
import { TaskFilterView } from './task-filter-view';

@ObjectType({ description: 'A task-list filter saved under a name by one account.' })
export class SavedTaskView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => TaskFilterView)
  filter: TaskFilterView;

  @Field(() => TaskOrder)
  orderBy: TaskOrderName;
}
