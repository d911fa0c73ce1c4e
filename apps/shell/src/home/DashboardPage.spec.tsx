import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@dx/design-system/testing';
import { endSession, startSession } from '@dx/graphql-client';
import { DashboardPage } from './DashboardPage';
import { DashboardDocument } from './operations';

const campaign = {
  __typename: 'Campaign',
  id: '7',
  title: 'Đợt cao điểm Bình dân học vụ số',
  startsOn: '2026-11-16',
  endsOn: '2026-12-30',
  metrics: [
    {
      __typename: 'CampaignMetric',
      code: 'CITIZENS_HELPED',
      name: 'Citizens helped',
      unitOfMeasure: 'people',
      total: 430,
      target: 1200,
      baseline: 0,
      progress: 0.358,
    },
  ],
  unitsNotReported: [{ __typename: 'Unit', id: '27', name: 'Team TDP 27' }],
};

const unit = {
  __typename: 'Unit',
  id: '1',
  name: 'Thành phố Hà Nội',
  taskSummary: { __typename: 'TaskSummary', open: 12, overdue: 3, dueThisWeek: 4, doneThisMonth: 5 },
  trainingSummary: {
    __typename: 'TrainingSummary',
    people: 300,
    trained: 150,
    rate: 0.5,
    sessionsThisWeek: 2,
    waitlisted: 1,
  },
  stockSummary: null,
  awardsSummary: { __typename: 'AwardsSummary', openRounds: 1, awaitingReview: 6 },
  campaignSummary: {
    __typename: 'CampaignSummary',
    running: 1,
    planned: 0,
    notReportedToday: 1,
    runningCampaigns: [campaign],
  },
};

describe('the command dashboard', () => {
  beforeEach(() =>
    startSession({
      token: 't',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      account: {
        id: '2',
        username: 'secretariat',
        roles: ['SECRETARIAT'],
        scopeUnit: { id: '1', name: 'Thành phố Hà Nội', kind: 'PROVINCE' },
        person: null,
      } as never,
    }),
  );
  afterEach(() => endSession('signed-out'));

  it("puts the secretariat's tasks first, marks a subgraph that did not answer, and keeps the rest working", async () => {
    renderWithProviders(<DashboardPage desks={[]} />, {
      mocks: [
        {
          request: { query: DashboardDocument, variables: { unitId: '1' } },
          result: {
            data: { unit },
            errors: [
              new GraphQLError('The donations service did not answer.', {
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              }),
            ],
          },
        },
      ],
    });
    const overdue = await screen.findByTestId('figure-tasks-overdue');
    expect(overdue).toHaveAttribute('href', '/tasks?unitId=1&overdue=true');
    expect(within(overdue).getByText('3')).toBeInTheDocument();
    const cards = screen.getAllByTestId(/^summary-(tasks|training|stock|awards)$/);
    expect(cards.map((c) => c.dataset.testid)).toEqual([
      'summary-tasks',
      'summary-training',
      'summary-stock',
      'summary-awards',
    ]);
    expect(screen.getByTestId('summary-stock-unavailable')).toHaveTextContent(
      'These figures are unavailable right now',
    );
    expect(screen.getByTestId('metric-CITIZENS_HELPED-total')).toHaveTextContent('430');
    expect(screen.getByTestId('not-reported')).toHaveTextContent('Units not reported today: 1');
    expect(screen.getByText('Team TDP 27').closest('a')).toHaveAttribute('href', '/campaigns/7?unitId=27');
  });
});
