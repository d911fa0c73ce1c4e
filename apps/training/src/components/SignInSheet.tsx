import { useQuery } from '@apollo/client/react';
import { Modal } from 'antd';
import { LoadingState, PrintLayout } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { SessionEnrolmentsDocument, type SessionFieldsFragment } from '../graphql/generated/graphql';
import { useFormat } from './format';

const SEAT_HOLDERS = new Set(['ENROLLED', 'ATTENDED', 'COMPLETED', 'NO_SHOW']);

/** A paper sign-in sheet for the session: one line per seat holder, a column to sign. */
export function SignInSheet({ session, onClose }: { session: SessionFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('training');
  const format = useFormat();
  const { data, loading } = useQuery(SessionEnrolmentsDocument, {
    variables: { sessionId: session.id, first: 100 },
  });
  const people = (data?.enrolments.nodes ?? []).filter((e) => SEAT_HOLDERS.has(e.status));
  return (
    <Modal open width={860} title={t('signIn.title')} onCancel={onClose} footer={null}>
      {loading ? (
        <LoadingState />
      ) : (
        <PrintLayout title={t('signIn.title')}>
          <h2 style={{ textAlign: 'center', marginBottom: 4 }}>{t('signIn.heading')}</h2>
          <p style={{ textAlign: 'center', margin: 0 }}>
            <strong>{session.course.title}</strong>
          </p>
          <p style={{ textAlign: 'center' }}>
            {format.dateTime(session.startsAt)} — {session.location}
          </p>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                {[t('signIn.number'), t('signIn.name'), t('signIn.unit'), t('signIn.signature')].map((h) => (
                  <th key={h} style={{ border: '1px solid #000', padding: 6, textAlign: 'start' }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((e, i) => (
                <tr key={e.id}>
                  <td style={{ border: '1px solid #000', padding: 6, width: 40 }}>{i + 1}</td>
                  <td style={{ border: '1px solid #000', padding: 6 }}>{e.person?.fullName}</td>
                  <td style={{ border: '1px solid #000', padding: 6 }}>{e.person?.unit.name}</td>
                  <td style={{ border: '1px solid #000', padding: 6, width: 160, height: 28 }} />
                </tr>
              ))}
            </tbody>
          </table>
        </PrintLayout>
      )}
    </Modal>
  );
}
