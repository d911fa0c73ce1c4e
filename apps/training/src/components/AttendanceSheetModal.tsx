import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, Form, List, Typography } from 'antd';
import { EntityFormModal, LoadingState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { RecordSessionAttendanceDocument, SessionEnrolmentsDocument } from '../graphql/generated/graphql';

const SEATED = new Set(['ENROLLED', 'ATTENDED', 'NO_SHOW']);

/**
 * The attendance sheet as coordinators fill it: everyone with a seat is present, tick only the
 * exceptions (absent). One request for the whole class.
 */
export function AttendanceSheetModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation('training');
  const { data, loading } = useQuery(SessionEnrolmentsDocument, {
    variables: { sessionId, first: 100 },
    fetchPolicy: 'network-only',
  });
  const [record] = useMutation(RecordSessionAttendanceDocument, {
    refetchQueries: ['SessionEnrolments', 'SessionDetail'],
  });
  const seated = (data?.enrolments.nodes ?? []).filter((e) => SEATED.has(e.status));
  return (
    <EntityFormModal<{ absent: string[] }>
      title={t('sheet.title')}
      name="attendanceSheet"
      namespace="training"
      okText={t('sheet.save')}
      successMessage={t('sheet.saved')}
      initialValues={{ absent: [] }}
      onClose={onClose}
      onSubmit={({ absent }) => record({ variables: { sessionId, absentEnrolmentIds: absent ?? [] } })}
    >
      <Typography.Paragraph>{t('sheet.explain', { count: seated.length })}</Typography.Paragraph>
      {loading && !data ? (
        <LoadingState />
      ) : (
        <Form.Item name="absent" label={t('sheet.absentOnly')}>
          <Checkbox.Group style={{ width: '100%' }}>
            <List
              size="small"
              style={{ width: '100%', maxHeight: 360, overflow: 'auto' }}
              dataSource={seated}
              renderItem={(e) => (
                <List.Item>
                  <Checkbox
                    value={e.id}
                    aria-label={t('sheet.absentFor', { name: e.person?.fullName ?? '' })}
                  >
                    {e.person?.fullName}{' '}
                    <Typography.Text type="secondary">— {e.person?.unit.name}</Typography.Text>
                  </Checkbox>
                </List.Item>
              )}
            />
          </Checkbox.Group>
        </Form.Item>
      )}
    </EntityFormModal>
  );
}
