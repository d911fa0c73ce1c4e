import type { TypedDocumentNode } from '@apollo/client';
import {
  AwardsAuditConsoleDocument,
  CampaignsAuditConsoleDocument,
  DirectoryAuditConsoleDocument,
  DonationsAuditConsoleDocument,
  NotificationsAuditConsoleDocument,
  TasksAuditConsoleDocument,
  TrainingAuditConsoleDocument,
  type AuditEntryFieldsFragment,
} from '../graphql/generated/graphql';

export type AuditEntry = AuditEntryFieldsFragment;

export interface AuditPage {
  nodes: AuditEntry[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface AuditVariables {
  entityType?: string | null;
  entityId?: string | null;
  first?: number | null;
  after?: string | null;
}

interface AuditService {
  name: string;
  document: TypedDocumentNode<Record<string, unknown>, AuditVariables>;
  /** The service's query field, `<service>AuditLog`. */
  field: string;
}

const service = (name: string, document: unknown): AuditService => ({
  name,
  document: document as AuditService['document'],
  field: `${name}AuditLog`,
});

/** Every service's audit log (the kit's auditResolver gives each one `<service>AuditLog`). */
export const AUDIT_SERVICES: AuditService[] = [
  service('directory', DirectoryAuditConsoleDocument),
  service('tasks', TasksAuditConsoleDocument),
  service('training', TrainingAuditConsoleDocument),
  service('donations', DonationsAuditConsoleDocument),
  service('awards', AwardsAuditConsoleDocument),
  service('campaigns', CampaignsAuditConsoleDocument),
  service('notifications', NotificationsAuditConsoleDocument),
];

/** The page of a service's log in a query result. */
export function auditPageOf(data: Record<string, unknown> | undefined, field: string): AuditPage | undefined {
  return data?.[field] as AuditPage | undefined;
}
