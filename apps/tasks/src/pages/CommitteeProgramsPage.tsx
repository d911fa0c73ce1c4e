import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, InputNumber, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { DeskButtonLink, EntityFormModal, PrintLayout, SignatureBlock, formatDay } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { OfficialHeader, placeOf } from '../components/OfficialHeader';
import { programYearRule } from '../components/numberRules';
import { taskColumns } from '../components/taskColumns';
import { CreateWorkProgramDocument, type CommitteeDeskQuery } from '../graphql/generated/graphql';

type Committee = NonNullable<CommitteeDeskQuery['committee']>;
type Program = Committee['workPrograms'][number];

/** The program as the committee signs it: the administrative head, a table of items, the chair's signature. */
function ProgramPrint({ committee, program }: { committee: Committee; program: Program }) {
  const { t } = useTranslation('tasks');
  const chair = committee.members.find((m) => m.role === 'CHAIR');
  return (
    <PrintLayout title={program.title}>
      <OfficialHeader
        issuingBody={committee.name}
        number={program.document?.number}
        place={placeOf(committee.unit?.name)}
        day={program.document?.issuedOn ?? `${program.year}-01-01`}
        kind="Chương trình công tác"
        title={program.title}
      />
      <table style={{ marginTop: 16 }} data-testid="program-print-table">
        <thead>
          <tr>
            <th>STT</th>
            <th>Nhiệm vụ</th>
            <th>Lĩnh vực</th>
            <th>Đơn vị chủ trì</th>
            <th>Người phụ trách</th>
            <th>Thời hạn</th>
            <th>Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {program.tasks
            .filter((task) => task.status !== 'CANCELLED')
            .map((task, i) => (
              <tr key={task.id}>
                <td>{i + 1}</td>
                <td>{task.title}</td>
                <td>{task.sector ? t(`sectors.${task.sector}`, { lng: 'vi' }) : ''}</td>
                <td>{task.unit?.name}</td>
                <td>{task.assignee?.fullName}</td>
                <td>{formatDay(task.dueDate, 'vi')}</td>
                <td>{task.expectedResult}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <SignatureBlock title={'TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN'} name={chair?.person?.fullName ?? ''} />
    </PrintLayout>
  );
}

/** Work programs per year: items are tasks with a sector, progress rolls up from them; the program prints for signing. */
export function CommitteeProgramsPage({
  committee,
  onChanged,
}: {
  committee: Committee;
  onChanged: () => void;
}) {
  const { t } = useTranslation('tasks');
  const { hasAnyRole } = useSession();
  const [creating, setCreating] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);
  const [create] = useMutation(CreateWorkProgramDocument);
  const secretariat = hasAnyRole('SECRETARIAT');
  const programDocs = committee.documents.filter((d) => d.kind === 'WORK_PROGRAM' && d.status === 'ISSUED');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {secretariat && (
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('programs.create')}
        </Button>
      )}
      {committee.workPrograms.length === 0 && (
        <Typography.Text type="secondary">{t('programs.none')}</Typography.Text>
      )}
      {committee.workPrograms.map((p) => (
        <Card
          key={p.id}
          data-testid={`program-${p.year}`}
          title={
            <span>
              {p.year} · {p.title}
            </span>
          }
          extra={
            <Space wrap>
              {secretariat && (
                <DeskButtonLink to={`list/new?program=${p.id}`}>{t('programs.addItem')}</DeskButtonLink>
              )}
              <Button onClick={() => setPrinting(printing === p.id ? null : p.id)}>
                {t('programs.print')}
              </Button>
            </Space>
          }
        >
          <Space wrap style={{ marginBottom: 8 }} data-testid={`rollup-${p.year}`}>
            <Progress type="circle" size={56} percent={p.rollup.progress} />
            <Typography.Text>{t('programs.rollup', { ...p.rollup })}</Typography.Text>
            {p.document && (
              <Typography.Text type="secondary">
                {t('programs.issuedBy')} <bdi>{p.document.number}</bdi>
              </Typography.Text>
            )}
          </Space>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={p.tasks}
            scroll={{ x: 'max-content' }}
            columns={[
              ...taskColumns(t).slice(0, 1),
              {
                title: t('programs.sector'),
                key: 'sector',
                render: (_, task) => {
                  const sector = (task as Program['tasks'][number]).sector;
                  return sector ? t(`sectors.${sector}`) : '—';
                },
              },
              ...taskColumns(t).slice(1),
            ]}
          />
          {printing === p.id && <ProgramPrint committee={committee} program={p} />}
        </Card>
      ))}
      {creating && (
        <EntityFormModal<{ year: number; title: string; documentId?: string }>
          name="program"
          title={t('programs.create')}
          namespace="tasks"
          initialValues={{ year: new Date().getFullYear() }}
          onSubmit={(v) =>
            create({
              variables: {
                input: {
                  committeeId: committee.id,
                  year: v.year,
                  title: v.title.trim(),
                  documentId: v.documentId ?? null,
                },
              },
            })
          }
          onClose={(saved) => {
            setCreating(false);
            if (saved) onChanged();
          }}
        >
          <Form.Item name="year" label={t('programs.year')} rules={[{ required: true }, programYearRule()]}>
            <InputNumber />
          </Form.Item>
          <Form.Item name="title" label={t('programs.title')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="documentId" label={t('programs.document')}>
            <Select
              allowClear
              options={programDocs.map((d) => ({ value: d.id, label: `${d.number} — ${d.title}` }))}
            />
          </Form.Item>
        </EntityFormModal>
      )}
    </Space>
  );
}
