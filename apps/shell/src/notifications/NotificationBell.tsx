import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Popover } from 'antd';
import { useEffect, useState } from 'react';
import { registerNamespace, useTranslation } from '@dx/i18n';
import ar from '@dx/i18n/locales/ar/notifications.json';
import en from '@dx/i18n/locales/en/notifications.json';
import vi from '@dx/i18n/locales/vi/notifications.json';
import { NotificationList } from './NotificationList';
import { UnreadCountDocument } from './operations';
import { PreferencesModal } from './PreferencesModal';
import { useNotificationLanguage } from './useNotificationLanguage';

registerNamespace('notifications', { vi, en, ar });

/** How often the unread count is asked for (and on every return to the tab). */
const POLL_MS = Number((globalThis as { DX_BELL_POLL_MS?: number }).DX_BELL_POLL_MS ?? 15_000);

/** The bell in the shell header: the unread count without reloading, the list, mark as read, preferences. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const count = useQuery(UnreadCountDocument, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const preferences = useNotificationLanguage();
  const unread = count.data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && void count.refetch();
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, [count]);

  return (
    <>
      <Popover
        trigger="click"
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (next) void count.refetch();
        }}
        placement="bottomRight"
        // Rendered when opened and dropped when closed, so each opening asks for the list afresh.
        destroyOnHidden
        content={
          <NotificationList
            onOpen={() => setOpen(false)}
            onPreferences={() => {
              setOpen(false);
              setEditing(true);
            }}
          />
        }
      >
        <Button
          shape="circle"
          aria-label={unread ? t('bellUnread', { count: unread }) : t('bell')}
          data-testid="notification-bell"
          icon={
            <Badge
              count={unread}
              size="small"
              overflowCount={99}
              offset={[4, -4]}
              data-testid="notification-count"
            >
              <BellOutlined />
            </Badge>
          }
        />
      </Popover>
      <PreferencesModal
        open={editing}
        preferences={preferences.data?.myNotificationPreferences}
        onClose={() => setEditing(false)}
      />
    </>
  );
}
