import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import {
  matchPerson,
  parseEnrolmentCsv,
  searchTermOf,
  type ImportRow,
  type RowOutcome,
} from '../domain/csv-import';
import { EnrolDocument, PeopleSearchDocument } from '../graphql/generated/graphql';
import { trainingError } from './errors';

interface ReportLine {
  row: ImportRow;
  outcome: RowOutcome;
}

/** Enrols the people of a CSV file one row at a time and reports, row by row, what happened. */
export function CsvImportModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation('training');
  const client = useApolloClient();
  const [enrol] = useMutation(EnrolDocument);
  const [report, setReport] = useState<ReportLine[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const resolveRow = async (row: ImportRow): Promise<RowOutcome> => {
    let personId = row.personId;
    if (!personId) {
      const term = searchTermOf(row);
      if (!term) return { kind: 'error', reason: 'empty' };
      const { data } = await client.query({
        query: PeopleSearchDocument,
        variables: { search: term, first: 20 },
      });
      const match = matchPerson(row, data?.people.nodes ?? []);
      if ('reason' in match) return { kind: 'error', reason: match.reason };
      personId = match.person.id;
    }
    try {
      const { data } = await enrol({ variables: { sessionId, personId } });
      return {
        kind: data!.enrol.status === 'WAITLISTED' ? 'WAITLISTED' : 'ENROLLED',
        personName: data!.enrol.person?.fullName ?? personId,
      };
    } catch (error) {
      return { kind: 'error', reason: 'api', message: trainingError(error) };
    }
  };

  const importFile = async (file: File) => {
    setProblem(null);
    setReport([]);
    const parsed = parseEnrolmentCsv(await file.text());
    if (parsed.headerProblem) return setProblem(t('import.noColumns'));
    if (parsed.rows.length === 0) return setProblem(t('import.noRows'));
    setRunning(true);
    const lines: ReportLine[] = [];
    for (const row of parsed.rows) {
      lines.push({ row, outcome: await resolveRow(row) });
      setReport([...lines]);
    }
    setRunning(false);
    await client.refetchQueries({ include: ['SessionEnrolments', 'SessionDetail'] });
  };

  const describe = (outcome: RowOutcome) =>
    outcome.kind === 'error' ? (
      <Typography.Text type="danger">
        {outcome.reason === 'api' ? outcome.message : t(`import.reasons.${outcome.reason}`)}
      </Typography.Text>
    ) : (
      <span>
        <Tag color={outcome.kind === 'WAITLISTED' ? 'gold' : 'green'}>{t(`status.${outcome.kind}`)}</Tag>{' '}
        {outcome.personName}
      </span>
    );

  const failed = report.filter((r) => r.outcome.kind === 'error').length;
  return (
    <Modal
      open
      title={t('import.title')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('common:actions.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('import.help')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".csv,text/csv"
        showUploadList={false}
        disabled={running}
        beforeUpload={(file) => (void importFile(file), false)}
      >
        {t('import.drop')}
      </Upload.Dragger>
      {problem && <Alert type="error" showIcon style={{ marginTop: 12 }} title={problem} />}
      {report.length > 0 && (
        <>
          <Alert
            style={{ marginBlock: 12 }}
            type={failed ? 'warning' : 'success'}
            showIcon
            title={t('import.summary', { done: report.length - failed, failed })}
          />
          <Table<ReportLine>
            size="small"
            rowKey={(r) => r.row.line}
            pagination={false}
            loading={running}
            dataSource={report}
            columns={[
              { title: t('import.line'), key: 'line', render: (_, r) => r.row.line, width: 70 },
              {
                title: t('import.input'),
                key: 'input',
                render: (_, r) => r.row.personId ?? r.row.email ?? r.row.fullName ?? '',
              },
              { title: t('import.result'), key: 'result', render: (_, r) => describe(r.outcome) },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
