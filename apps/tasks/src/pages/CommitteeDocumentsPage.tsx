import { useMutation } from '@apollo/client/react';
import { App, Button, Form, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DayPicker, EntityFormModal, formatDateTime, formatDay } from '@dx/design-system';
import { describeError, useSession } from '@dx/graphql-client';
import { useLanguage, useTranslation } from '@dx/i18n';
import {
  AddCommitteeDocumentDocument,
  CommentOnDocumentDocument,
  IssueCommitteeDocumentDocument,
  type CommitteeDeskQuery,
  type CommitteeDocumentKind,
} from '../graphql/generated/graphql';

type Committee = NonNullable<CommitteeDeskQuery['committee']>;
type Doc = Committee['documents'][number];
const KINDS: CommitteeDocumentKind[] = [
  'REGULATION',
  'WORKING_RULES',
  'WORK_PROGRAM',
  'ASSIGNMENT_NOTICE',
  'DECISION',
  'REPORT',
  'OTHER',
];

interface DocValues {
  kind: CommitteeDocumentKind;
  number: string;
  issuedOn: string;
  title: string;
  url?: string;
  status: 'DRAFT' | 'ISSUED';
}

function Comments({ doc, onSaved }: { doc: Doc; onSaved: () => void }) {
  const { t } = useTranslation('tasks');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [body, setBody] = useState('');
  const [comment, { loading }] = useMutation(CommentOnDocumentDocument);
  const send = async () => {
    try {
      await comment({ variables: { documentId: doc.id, body } });
      setBody('');
      onSaved();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <div data-testid={`comments-${doc.number}`}>
      <List
        size="small"
        dataSource={doc.comments}
        locale={{ emptyText: t('documents.noComments') }}
        renderItem={(c) => (
          <List.Item>
            <Typography.Text strong>{c.by?.fullName ?? c.byUsername}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              <bdi>{formatDateTime(c.at, language)}</bdi>
            </Typography.Text>
            <div>{c.body}</div>
          </List.Item>
        )}
      />
      {doc.status === 'DRAFT' && (
        <Space.Compact style={{ width: '100%' }}>
          <Input
            value={body}
            onChange={(e) => setBody(e.target.value)}
            placeholder={t('documents.commentPlaceholder')}
            aria-label={t('documents.comment')}
          />
          <Button onClick={() => void send()} disabled={!body.trim()} loading={loading}>
            {t('documents.comment')}
          </Button>
        </Space.Compact>
      )}
    </div>
  );
}

/** The document register: number, date, title, kind, signed file; drafts go to members for comment, then are issued. */
export function CommitteeDocumentsPage({
  committee,
  onChanged,
}: {
  committee: Committee;
  onChanged: () => void;
}) {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const { hasAnyRole } = useSession();
  const [adding, setAdding] = useState(false);
  const [add] = useMutation(AddCommitteeDocumentDocument);
  const [issue] = useMutation(IssueCommitteeDocumentDocument);
  const secretariat = hasAnyRole('SECRETARIAT');
  const doIssue = async (doc: Doc) => {
    try {
      await issue({ variables: { input: { id: doc.id, version: doc.version } } });
      onChanged();
    } catch (e) {
      void message.error(describeError(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {secretariat && (
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('documents.register')}
        </Button>
      )}
      <Table<Doc>
        data-testid="documents-table"
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={committee.documents}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (doc) => <Comments doc={doc} onSaved={onChanged} />,
          rowExpandable: () => true,
        }}
        columns={[
          { title: t('documents.number'), key: 'number', render: (_, d) => <bdi>{d.number}</bdi> },
          { title: t('documents.date'), key: 'date', render: (_, d) => <bdi>{formatDay(d.issuedOn)}</bdi> },
          { title: t('documents.title'), dataIndex: 'title', key: 'title' },
          {
            title: t('documents.kind'),
            key: 'kind',
            render: (_, d) => t(`documentKinds.${d.kind}`, { defaultValue: d.kind }),
          },
          {
            title: t('documents.status'),
            key: 'status',
            render: (_, d) => (
              <Tag color={d.status === 'ISSUED' ? 'green' : 'gold'}>{t(`documentStatus.${d.status}`)}</Tag>
            ),
          },
          { title: t('documents.comments'), key: 'comments', render: (_, d) => d.comments.length },
          {
            title: t('documents.file'),
            key: 'url',
            render: (_, d) =>
              d.url ? (
                <a href={d.url} target="_blank" rel="noreferrer">
                  {t('documents.open')}
                </a>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, d) =>
              secretariat &&
              d.status === 'DRAFT' && (
                <Button size="small" onClick={() => void doIssue(d)}>
                  {t('documents.issue')}
                </Button>
              ),
          },
        ]}
      />
      {adding && (
        <EntityFormModal<DocValues>
          name="document"
          title={t('documents.register')}
          namespace="tasks"
          initialValues={{ status: 'DRAFT' }}
          onSubmit={(v) =>
            add({
              variables: {
                input: {
                  ...v,
                  committeeId: committee.id,
                  number: v.number.trim(),
                  title: v.title.trim(),
                  url: v.url?.trim() || null,
                },
              },
            })
          }
          onClose={(saved) => {
            setAdding(false);
            if (saved) onChanged();
          }}
        >
          <Form.Item name="kind" label={t('documents.kind')} rules={[{ required: true }]}>
            <Select
              options={KINDS.map((k) => ({ value: k, label: t(`documentKinds.${k}`, { defaultValue: k }) }))}
            />
          </Form.Item>
          <Form.Item
            name="number"
            label={t('documents.number')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input placeholder="01-CTr/BCĐ" />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('documents.date')} rules={[{ required: true }]}>
            <DayPicker />
          </Form.Item>
          <Form.Item name="title" label={t('documents.title')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="url" label={t('documents.file')}>
            <Input placeholder="https://" dir="ltr" />
          </Form.Item>
          <Form.Item name="status" label={t('documents.status')}>
            <Select
              options={(['DRAFT', 'ISSUED'] as const).map((s) => ({
                value: s,
                label: t(`documentStatus.${s}`),
              }))}
            />
          </Form.Item>
        </EntityFormModal>
      )}
    </Space>
  );
}
