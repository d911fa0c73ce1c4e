import {
  auditResolver,
  identityOf,
  type ReferenceResolvers,
  type RequestContext,
  type SubgraphDefinition,
  directoryReferences,
} from '@dx/subgraph-kit';
import { entities } from './entities';
import { taskReminderWorker } from './store/task-reminders';
import { migrations as mariadb } from './migrations/mariadb';
import { migrations as sqlite } from './migrations/sqlite';
import { CommitteeMemberResolver, CommitteeResolver } from './resolvers/committee.resolver';
import { CommitteeDocumentResolver, DocumentCommentResolver } from './resolvers/document.resolver';
import { MeetingConclusionResolver, MeetingResolver } from './resolvers/meeting.resolver';
import { WorkProgramResolver } from './resolvers/program.resolver';
import { SavedTaskViewResolver } from './resolvers/saved-view.resolver';
import { PersonTasksResolver, UnitTasksResolver } from './resolvers/federation.resolver';
import {
  IndicatorResolver,
  IndicatorTotalResolver,
  IndicatorValueResolver,
} from './resolvers/indicator.resolver';
import { ScorecardResolver } from './resolvers/scorecard.resolver';
import { TaskMutationResolver } from './resolvers/task-mutation.resolver';
import { TaskResolver, TaskUpdateResolver, visibleTask } from './resolvers/task.resolver';
import { UnitTaskSummaryResolver } from './resolvers/summary.resolver';
import {
  IndicatorChartResolver,
  IndicatorYearTargetResolver,
  RankingSetupResolver,
  UnitRankingResolver,
} from './resolvers/ranking.resolver';
import { RatingMonthResolver, UnitRaterResolver, YearRatingResolver } from './resolvers/rating.resolver';
import { seedTasksDemo } from './demo/seed';
import { committeeLoader } from './store/loaders';
import { canSeeCommittee } from './store/committee-visibility';

const referenceResolvers: ReferenceResolvers = {
  ...directoryReferences,
  Task: { __resolveReference: (ref: { id: string }, ctx: RequestContext) => visibleTask(ctx, ref.id) },
  Committee: {
    __resolveReference: async (ref: { id: string }, ctx: RequestContext) => {
      const committee = await committeeLoader(ctx).load(ref.id);
      return committee && canSeeCommittee(identityOf(ctx), committee.unitPath) ? committee : null;
    },
  },
};

/** Steering committees, their work programs, "6 clear" tasks with progress, scorecards and monthly DX indicators. */
export const definition: SubgraphDefinition = {
  name: 'tasks',
  entities,
  migrations: { sqlite, mariadb },
  resolvers: [
    CommitteeResolver,
    CommitteeMemberResolver,
    WorkProgramResolver,
    CommitteeDocumentResolver,
    DocumentCommentResolver,
    MeetingResolver,
    MeetingConclusionResolver,
    SavedTaskViewResolver,
    TaskResolver,
    TaskUpdateResolver,
    TaskMutationResolver,
    ScorecardResolver,
    PersonTasksResolver,
    UnitTasksResolver,
    IndicatorResolver,
    IndicatorValueResolver,
    IndicatorTotalResolver,
    UnitTaskSummaryResolver,
    UnitRankingResolver,
    RankingSetupResolver,
    IndicatorYearTargetResolver,
    IndicatorChartResolver,
    RatingMonthResolver,
    YearRatingResolver,
    UnitRaterResolver,
    auditResolver('tasks'),
  ],
  referenceResolvers,
  seedDemo: seedTasksDemo,
  workers: [taskReminderWorker],
};
