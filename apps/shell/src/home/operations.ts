import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DashboardMetric {
  code: string;
  name: string;
  unitOfMeasure: string;
  total: number | null;
  target: number | null;
  baseline: number | null;
  progress: number | null;
}

export interface DashboardCampaign {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  metrics: DashboardMetric[];
  unitsNotReported: { id: string; name: string }[];
}

export interface DashboardData {
  unit: {
    id: string;
    name: string;
    taskSummary: { open: number; overdue: number; dueThisWeek: number; doneThisMonth: number } | null;
    trainingSummary: {
      people: number;
      trained: number;
      rate: number;
      sessionsThisWeek: number;
      waitlisted: number;
    } | null;
    stockSummary: { available: number; handedOverThisYear: number } | null;
    awardsSummary: { openRounds: number; awaitingReview: number } | null;
    campaignSummary: {
      running: number;
      planned: number;
      notReportedToday: number;
      runningCampaigns: DashboardCampaign[];
    } | null;
  } | null;
}

/** The home page's one federated query: each subgraph's summary of the caller's scope unit. */
export const DashboardDocument: TypedDocumentNode<DashboardData, { unitId: string }> = gql`
  query Dashboard($unitId: ID!) {
    unit(id: $unitId) {
      id
      name
      taskSummary {
        open
        overdue
        dueThisWeek
        doneThisMonth
      }
      trainingSummary {
        people
        trained
        rate
        sessionsThisWeek
        waitlisted
      }
      stockSummary {
        available
        handedOverThisYear
      }
      awardsSummary {
        openRounds
        awaitingReview
      }
      campaignSummary {
        running
        planned
        notReportedToday
        runningCampaigns {
          id
          title
          startsOn
          endsOn
          metrics {
            code
            name
            unitOfMeasure
            total
            target
            baseline
            progress
          }
          unitsNotReported {
            id
            name
          }
        }
      }
    }
  }
`;

export interface DailyData {
  campaign: {
    id: string;
    metrics: { code: string; daily: { day: string; value: number | null; cumulative: number | null }[] }[];
  } | null;
  campaignReport: {
    metricCode: string;
    byUnit: { total: number | null; unit: { id: string; name: string } | null }[];
  }[];
}

/** Loaded when a campaign's chart is opened: the days of each metric and the ranking of its units. */
export const CampaignDailyDocument: TypedDocumentNode<DailyData, { id: string }> = gql`
  query DashboardCampaignDaily($id: ID!) {
    campaign(id: $id) {
      id
      metrics {
        code
        daily {
          day
          value
          cumulative
        }
      }
    }
    campaignReport(campaignId: $id) {
      metricCode
      byUnit {
        total
        unit {
          id
          name
        }
      }
    }
  }
`;
