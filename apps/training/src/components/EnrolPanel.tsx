import { TeamOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Space } from 'antd';
import { useState } from 'react';
import { PersonSelect, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { EnrolDocument, EnrolUnitDocument } from '../graphql/generated/graphql';
import { CsvImportModal } from './CsvImportModal';
import { trainingError } from './errors';

const REFRESH = ['SessionEnrolments', 'SessionDetail'];

/** Enrol one person found in the directory, a whole unit with its sub-units, or a CSV list. */
export function EnrolPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('training');
  const { message, modal } = App.useApp();
  const [personId, setPersonId] = useState<string>();
  const [unitId, setUnitId] = useState<string>();
  const [importing, setImporting] = useState(false);
  const [enrol, enrolling] = useMutation(EnrolDocument, { refetchQueries: REFRESH });
  const [enrolUnit, enrollingUnit] = useMutation(EnrolUnitDocument, { refetchQueries: REFRESH });

  const enrolPerson = async () => {
    if (!personId) return;
    try {
      const { data } = await enrol({ variables: { sessionId, personId } });
      const status = data?.enrol.status;
      void message.success(status === 'WAITLISTED' ? t('enrol.personWaitlisted') : t('enrol.personEnrolled'));
      setPersonId(undefined);
    } catch (error) {
      void message.error(trainingError(error));
    }
  };

  const enrolWholeUnit = async () => {
    if (!unitId) return;
    try {
      const { data } = await enrolUnit({ variables: { sessionId, unitId } });
      const created = data?.enrolUnit ?? [];
      const waitlisted = created.filter((e) => e.status === 'WAITLISTED').length;
      modal.info({
        title: t('enrol.unitDone'),
        content: t('enrol.unitSummary', { enrolled: created.length - waitlisted, waitlisted }),
      });
      setUnitId(undefined);
    } catch (error) {
      void message.error(trainingError(error));
    }
  };

  return (
    <Flex wrap gap={16} style={{ marginBlock: 16 }}>
      <Space.Compact>
        <PersonSelect
          value={personId}
          onChange={setPersonId}
          id="enrol-person"
          minSearchLength={2}
          style={{ minWidth: 320 }}
        />
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          disabled={!personId}
          loading={enrolling.loading}
          onClick={() => void enrolPerson()}
        >
          {t('enrol.person')}
        </Button>
      </Space.Compact>
      <Space.Compact>
        <UnitSelect
          value={unitId}
          onChange={setUnitId}
          id="enrol-unit"
          placeholder={t('enrol.unitPlaceholder')}
          style={{ minWidth: 320 }}
        />
        <Button
          icon={<TeamOutlined />}
          disabled={!unitId}
          loading={enrollingUnit.loading}
          onClick={() => void enrolWholeUnit()}
        >
          {t('enrol.unit')}
        </Button>
      </Space.Compact>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
        {t('import.open')}
      </Button>
      {importing && <CsvImportModal sessionId={sessionId} onClose={() => setImporting(false)} />}
    </Flex>
  );
}
