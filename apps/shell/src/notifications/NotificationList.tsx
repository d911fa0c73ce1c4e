import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Empty, List, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ErrorState, formatDateTime } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  BellListDocument,
  MarkAllReadDocument,
  MarkReadDocument,
  UnreadCountDocument,
  type BellNotification,
} from './operations';

export function NotificationList({
  onOpen,
  onPreferences,
}: {
  onOpen: () => void;
  onPreferences: () => void;
}) {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const list = useQuery(BellListDocument, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [UnreadCountDocument, BellListDocument];
  const [markRead] = useMutation(MarkReadDocument, { refetchQueries });
  const [markAll, markingAll] = useMutation(MarkAllReadDocument, { refetchQueries });
  const nodes = list.data?.myNotifications.nodes ?? [];

  const open = async (n: BellNotification) => {
    if (!n.readAt) await markRead({ variables: { ids: [n.id] } }).catch(() => undefined);
    onOpen();
    if (n.link) void navigate(n.link);
  };

  return (
    <div style={{ width: 'min(380px, 86vw)' }} data-testid="notification-list">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Space size={4}>
          <Button
            size="small"
            type="link"
            onClick={() => void markAll()}
            loading={markingAll.loading}
            disabled={!nodes.some((n) => !n.readAt)}
          >
            {t('markAllRead')}
          </Button>
          <Button size="small" type="link" onClick={onPreferences}>
            {t('preferences')}
          </Button>
        </Space>
      </Space>
      {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {!list.error && !list.loading && nodes.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      )}
      <List
        size="small"
        style={{ maxHeight: '60vh', overflowY: 'auto' }}
        loading={list.loading && !list.data}
        dataSource={nodes}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            data-testid="notification-item"
            data-unread={n.readAt ? 'false' : 'true'}
            onClick={() => void open(n)}
            style={{ cursor: 'pointer', background: n.readAt ? undefined : '#f0f7ff', paddingInline: 8 }}
          >
            <List.Item.Meta
              avatar={<Badge status={n.readAt ? 'default' : 'processing'} />}
              title={
                <a href={n.link ?? undefined} onClick={(e) => e.preventDefault()}>
                  {n.title}
                </a>
              }
              description={
                <>
                  <div>{n.body}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
