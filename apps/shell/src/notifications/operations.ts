import { gql, type TypedDocumentNode } from '@apollo/client';

export type NotificationKind =
  | 'TASK_ASSIGNED'
  | 'TASK_DUE_SOON'
  | 'TASK_OVERDUE'
  | 'TASK_DEADLINE_EXTENDED'
  | 'SESSION_REMINDER'
  | 'SESSION_CHANGED'
  | 'SEAT_OFFERED'
  | 'REVIEW_REQUESTED'
  | 'ROUND_CLOSING'
  | 'HANDOVER_RECORDED'
  | 'NOMINATION_RETURNED';

export const NOTIFICATION_KINDS: NotificationKind[] = [
  'TASK_ASSIGNED',
  'TASK_DUE_SOON',
  'TASK_OVERDUE',
  'TASK_DEADLINE_EXTENDED',
  'SESSION_REMINDER',
  'SESSION_CHANGED',
  'SEAT_OFFERED',
  'REVIEW_REQUESTED',
  'ROUND_CLOSING',
  'HANDOVER_RECORDED',
  'NOMINATION_RETURNED',
];

export interface BellNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Preferences {
  language: string;
  inApp: boolean;
  email: boolean;
  dailyDigest: boolean;
  mutedKinds: NotificationKind[];
  emailAddress: string | null;
  version: number;
}

// The bell lives in the shell, which keeps no codegen of its own; these types follow the supergraph.
export const UnreadCountDocument: TypedDocumentNode<{ unreadNotificationCount: number }> = gql`
  query BellUnreadCount {
    unreadNotificationCount
  }
`;

export const BellListDocument: TypedDocumentNode<{
  myNotifications: { totalCount: number; nodes: BellNotification[] };
}> = gql`
  query BellList {
    myNotifications(first: 20) {
      totalCount
      nodes {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`;

export const MarkReadDocument: TypedDocumentNode<{ markNotificationsRead: number }, { ids: string[] }> = gql`
  mutation BellMarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`;

export const MarkAllReadDocument: TypedDocumentNode<{ markAllNotificationsRead: number }> = gql`
  mutation BellMarkAllRead {
    markAllNotificationsRead
  }
`;

const PREFERENCE_FIELDS = 'language inApp email dailyDigest mutedKinds emailAddress version';

export const PreferencesDocument: TypedDocumentNode<{ myNotificationPreferences: Preferences }> = gql`
  query BellPreferences {
    myNotificationPreferences { ${PREFERENCE_FIELDS} }
  }
`;

export const UpdatePreferencesDocument: TypedDocumentNode<
  { updateNotificationPreferences: Preferences },
  { input: Partial<Omit<Preferences, 'emailAddress'>> & { version: number } }
> = gql`
  mutation BellUpdatePreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { ${PREFERENCE_FIELDS} }
  }
`;
