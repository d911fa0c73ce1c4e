import { Progress, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ConnectionTable, useDeskNavigate } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { useFormat } from '../components/format';
import { SessionListDocument, type SessionFieldsFragment } from '../graphql/generated/graphql';

/** Every scheduled session with its seats and waitlist; a row opens the session. */
export function SessionsPage() {
  const { t } = useTranslation('training');
  const navigate = useDeskNavigate();
  const format = useFormat();
  const columns: ColumnsType<SessionFieldsFragment> = [
    { title: t('sessions.startsAt'), key: 'startsAt', render: (_, s) => format.dateTime(s.startsAt) },
    {
      title: t('sessions.course'),
      key: 'course',
      render: (_, s) => (
        <>
          {s.course.title} <Tag>{t(`modes.${s.course.mode}`)}</Tag>
        </>
      ),
    },
    { title: t('sessions.location'), dataIndex: 'location', key: 'location' },
    {
      title: t('sessions.seats'),
      key: 'seats',
      render: (_, s) => (
        <div style={{ minWidth: 140 }}>
          <Progress
            percent={Math.round((s.seatsTaken / s.capacity) * 100)}
            size="small"
            showInfo={false}
            aria-label={`${s.seatsTaken}/${s.capacity}`}
          />
          {t('sessions.seatsOf', { taken: s.seatsTaken, capacity: s.capacity })}
        </div>
      ),
    },
    { title: t('sessions.seatsLeft'), dataIndex: 'seatsLeft', key: 'seatsLeft' },
    {
      title: t('sessions.waitlist'),
      key: 'waitlist',
      render: (_, s) => (s.waitlistLength ? <Tag color="gold">{s.waitlistLength}</Tag> : 0),
    },
  ];
  return (
    <ConnectionTable
      query={SessionListDocument}
      connection={(data) => data.sessions}
      columns={columns}
      rowKey={(s) => s.id}
      onRowClick={(s) => navigate(`sessions/${s.id}`)}
      csv={{
        filename: 'sessions',
        columns: [
          { title: t('sessions.startsAt'), value: (s) => s.startsAt },
          { title: t('sessions.course'), value: (s) => s.course.title },
          { title: t('sessions.location'), value: (s) => s.location },
          { title: t('sessions.capacity'), value: (s) => String(s.capacity) },
          { title: t('sessions.seatsLeft'), value: (s) => String(s.seatsLeft) },
          { title: t('sessions.waitlist'), value: (s) => String(s.waitlistLength) },
        ],
      }}
    />
  );
}
