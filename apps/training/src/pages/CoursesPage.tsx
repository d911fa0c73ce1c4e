import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ConnectionTable, type FilterField } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { COURSE_MODES, CourseFormModal } from '../components/CourseFormModal';
import { SessionFormModal } from '../components/SessionFormModal';
import { CourseListDocument, type CourseFieldsFragment } from '../graphql/generated/graphql';

/** The course catalogue: what the ward teaches, to whom and how. */
export function CoursesPage() {
  const { t } = useTranslation('training');
  const { hasAnyRole } = useSession();
  const canEdit = hasAnyRole('TRAINING_COORDINATOR');
  const [creating, setCreating] = useState(false);
  const [scheduling, setScheduling] = useState<CourseFieldsFragment | null>(null);

  const filters: FilterField[] = [
    { name: 'search', label: t('courses.search'), type: 'search' },
    {
      name: 'mode',
      label: t('courses.mode'),
      type: 'select',
      options: COURSE_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) })),
    },
  ];
  const columns: ColumnsType<CourseFieldsFragment> = [
    { title: t('courses.code'), dataIndex: 'code', key: 'code', render: (v: string) => <bdi>{v}</bdi> },
    { title: t('courses.title'), dataIndex: 'title', key: 'title' },
    { title: t('courses.audience'), dataIndex: 'audience', key: 'audience' },
    { title: t('courses.mode'), key: 'mode', render: (_, c) => <Tag>{t(`modes.${c.mode}`)}</Tag> },
    { title: t('courses.sessions'), key: 'sessions', render: (_, c) => c.sessions.length },
    {
      title: '',
      key: 'actions',
      render: (_, course) =>
        canEdit && (
          <Button size="small" icon={<CalendarOutlined />} onClick={() => setScheduling(course)}>
            {t('courses.schedule')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <ConnectionTable
        query={CourseListDocument}
        connection={(data) => data.courses}
        columns={columns}
        rowKey={(c) => c.id}
        filters={filters}
        csv={{
          filename: 'courses',
          columns: [
            { title: t('courses.code'), value: (c) => c.code },
            { title: t('courses.title'), value: (c) => c.title },
            { title: t('courses.audience'), value: (c) => c.audience },
            { title: t('courses.mode'), value: (c) => t(`modes.${c.mode}`) },
          ],
        }}
        toolbar={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('courses.create')}
            </Button>
          )
        }
      />
      {creating && <CourseFormModal onClose={() => setCreating(false)} />}
      {scheduling && <SessionFormModal course={scheduling} onClose={() => setScheduling(null)} />}
    </>
  );
}
