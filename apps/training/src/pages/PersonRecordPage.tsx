import { useQuery } from '@apollo/client/react';
import { Table, Typography } from 'antd';
import { useParams } from 'react-router';
import { DeskLink, ErrorState, LoadingState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { StatusTag } from '../components/StatusTag';
import { useFormat } from '../components/format';
import { PersonTrainingRecordDocument } from '../graphql/generated/graphql';

/** A person's training record: every course they were enrolled in, with results and certificates. */
export function PersonRecordPage() {
  const { personId = '' } = useParams();
  const { t } = useTranslation('training');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(PersonTrainingRecordDocument, {
    variables: { id: personId },
  });
  if (loading && !data) return <LoadingState />;
  if (error || !data?.person)
    return <ErrorState error={error ?? new Error(t('record.notFound'))} onRetry={() => void refetch()} />;
  const person = data.person;
  const rows = [...(person.enrolments ?? [])].sort((a, b) =>
    b.session.startsAt.localeCompare(a.session.startsAt),
  );
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('record.title', { name: person.fullName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {[person.position, person.unit.name].filter(Boolean).join(' — ')}
      </Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('record.empty') }}
        columns={[
          {
            title: t('sessions.course'),
            key: 'course',
            render: (_, e) => <DeskLink to={`sessions/${e.session.id}`}>{e.session.course.title}</DeskLink>,
          },
          {
            title: t('sessions.startsAt'),
            key: 'when',
            render: (_, e) => format.dateTime(e.session.startsAt),
          },
          { title: t('attendance.status'), key: 'status', render: (_, e) => <StatusTag status={e.status} /> },
          {
            title: t('certificate.number'),
            key: 'certificate',
            render: (_, e) =>
              e.certificateNo ? (
                <DeskLink to={`certificates/${e.id}`}>
                  <bdi dir="ltr">{e.certificateNo}</bdi>
                </DeskLink>
              ) : null,
          },
        ]}
      />
    </>
  );
}
