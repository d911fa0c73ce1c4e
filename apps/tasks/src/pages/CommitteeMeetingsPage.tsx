import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import {
  DayPicker,
  DeskLink,
  EntityFormModal,
  PersonSelect,
  PrintLayout,
  SignatureBlock,
  UnitSelect,
  formatDay,
} from '@dx/design-system';
import { describeError, useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { todayInVietnam } from '../components/format';
import { OfficialHeader, placeOf } from '../components/OfficialHeader';
import {
  ConvertConclusionToTaskDocument,
  RecordMeetingDocument,
  type CommitteeDeskQuery,
} from '../graphql/generated/graphql';

type Committee = NonNullable<CommitteeDeskQuery['committee']>;
type Meeting = Committee['meetings'][number];

interface MeetingValues {
  heldOn: string;
  location?: string;
  chairPersonId: string;
  attendeePersonIds: string[];
  agenda: string;
  conclusion?: string;
  assigneeId?: string;
  unitId?: string;
  dueDate?: string;
  expectedResult?: string;
}

function Minutes({ committee, meeting }: { committee: Committee; meeting: Meeting }) {
  const secretary = committee.members.find((m) => m.role === 'SECRETARY');
  return (
    <PrintLayout title={`Biên bản họp ${meeting.heldOn}`}>
      <OfficialHeader
        issuingBody={committee.name}
        place={placeOf(committee.unit?.name)}
        day={meeting.heldOn}
        kind="Biên bản"
        title="Cuộc họp Ban Chỉ đạo"
      />
      <div lang="vi" style={{ marginTop: 16 }}>
        <p>
          Thời gian: ngày {formatDay(meeting.heldOn, 'vi')}. Địa điểm: {meeting.location ?? ''}.
        </p>
        <p>
          Chủ trì: {meeting.chair?.fullName}
          {meeting.chair?.position ? `, ${meeting.chair.position}` : ''}.
        </p>
        <p>Thành phần dự họp: {meeting.attendees.map((a) => a.fullName).join('; ')}.</p>
        <p>Nội dung: {meeting.agenda}</p>
        <p>Kết luận:</p>
        <ol>
          {meeting.conclusions.map((c) => (
            <li key={c.id}>
              {c.text}
              {c.assignee ? ` — ${c.assignee.fullName}` : ''}
              {c.dueDate ? `, thời hạn ${formatDay(c.dueDate, 'vi')}` : ''}
            </li>
          ))}
        </ol>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between' }}>
        <SignatureBlock title="THƯ KÝ" name={secretary?.person?.fullName ?? ''} />
        <SignatureBlock title="CHỦ TRÌ" name={meeting.chair?.fullName ?? ''} />
      </div>
    </PrintLayout>
  );
}

/** Meetings: date, chair and attendees from the members, agenda, conclusions; a conclusion becomes a task in one click. */
export function CommitteeMeetingsPage({
  committee,
  onChanged,
}: {
  committee: Committee;
  onChanged: () => void;
}) {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const { hasAnyRole } = useSession();
  const [recording, setRecording] = useState(false);
  const [printing, setPrinting] = useState<string | null>(null);
  const [record] = useMutation(RecordMeetingDocument);
  const [convert, converting] = useMutation(ConvertConclusionToTaskDocument);
  const secretariat = hasAnyRole('SECRETARIAT');
  const members = committee.members.map((m) => ({
    value: m.person?.id ?? '',
    label: m.person?.fullName ?? '',
  }));
  const toTask = async (conclusionId: string) => {
    try {
      await convert({ variables: { conclusionId } });
      void message.success(t('meetings.converted'));
      onChanged();
    } catch (e) {
      void message.error(describeError(e, { namespace: 'tasks' }));
    }
  };
  const submit = (v: MeetingValues) =>
    record({
      variables: {
        input: {
          committeeId: committee.id,
          heldOn: v.heldOn,
          location: v.location?.trim() || null,
          chairPersonId: v.chairPersonId,
          attendeePersonIds: v.attendeePersonIds ?? [],
          agenda: v.agenda.trim(),
          conclusions: v.conclusion?.trim()
            ? [
                {
                  text: v.conclusion.trim(),
                  assigneeId: v.assigneeId ?? null,
                  unitId: v.unitId ?? null,
                  dueDate: v.dueDate ?? null,
                  expectedResult: v.expectedResult?.trim() || null,
                },
              ]
            : [],
        },
      },
    });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {secretariat && (
        <Button type="primary" onClick={() => setRecording(true)}>
          {t('meetings.record')}
        </Button>
      )}
      {committee.meetings.length === 0 && (
        <Typography.Text type="secondary">{t('meetings.none')}</Typography.Text>
      )}
      {committee.meetings.map((m) => (
        <Card
          key={m.id}
          data-testid="meeting"
          title={<bdi>{formatDay(m.heldOn)}</bdi>}
          extra={
            <Button onClick={() => setPrinting(printing === m.id ? null : m.id)}>
              {t('meetings.printMinutes')}
            </Button>
          }
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('meetings.chair')}>{m.chair?.fullName}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.attendees')}>
              {m.attendees.map((a) => a.fullName).join(', ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('meetings.agenda')}>{m.agenda}</Descriptions.Item>
          </Descriptions>
          <List
            header={<Typography.Text strong>{t('meetings.conclusions')}</Typography.Text>}
            dataSource={m.conclusions}
            renderItem={(c) => (
              <List.Item
                actions={[
                  c.task ? (
                    <DeskLink key="task" to={`list/${c.task.id}`}>
                      {t('meetings.openTask')}
                    </DeskLink>
                  ) : (
                    secretariat && (
                      <Button
                        key="convert"
                        size="small"
                        loading={converting.loading}
                        onClick={() => void toTask(c.id)}
                      >
                        {t('meetings.toTask')}
                      </Button>
                    )
                  ),
                ]}
              >
                {c.text}
                {c.dueDate && (
                  <Typography.Text type="secondary">
                    {' '}
                    · <bdi>{formatDay(c.dueDate)}</bdi>
                  </Typography.Text>
                )}
              </List.Item>
            )}
          />
          {printing === m.id && <Minutes committee={committee} meeting={m} />}
        </Card>
      ))}
      {recording && (
        <EntityFormModal<MeetingValues>
          name="meeting"
          title={t('meetings.record')}
          namespace="tasks"
          width={720}
          initialValues={{ heldOn: todayInVietnam(), attendeePersonIds: [] }}
          onSubmit={submit}
          onClose={(saved) => {
            setRecording(false);
            if (saved) onChanged();
          }}
        >
          <Form.Item name="heldOn" label={t('meetings.date')} rules={[{ required: true }]}>
            <DayPicker disabledDay={(d) => d > todayInVietnam()} />
          </Form.Item>
          <Form.Item name="location" label={t('meetings.location')}>
            <Input />
          </Form.Item>
          <Form.Item name="chairPersonId" label={t('meetings.chair')} rules={[{ required: true }]}>
            <Select options={members} />
          </Form.Item>
          <Form.Item name="attendeePersonIds" label={t('meetings.attendees')}>
            <Select mode="multiple" options={members} />
          </Form.Item>
          <Form.Item
            name="agenda"
            label={t('meetings.agenda')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Typography.Text strong>{t('meetings.conclusion')}</Typography.Text>
          <Form.Item name="conclusion" label={t('meetings.conclusionText')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('sixClear.person')}>
            <PersonSelect />
          </Form.Item>
          <Form.Item name="unitId" label={t('sixClear.responsibility')}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="dueDate" label={t('sixClear.deadline')}>
            <DayPicker disabledDay={(d) => d < todayInVietnam()} />
          </Form.Item>
          <Form.Item name="expectedResult" label={t('sixClear.result')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </EntityFormModal>
      )}
    </Space>
  );
}
