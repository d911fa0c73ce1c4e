import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CreateCourseDocument, type CourseMode } from '../graphql/generated/graphql';

interface CourseFormValues {
  code: string;
  title: string;
  description?: string;
  audience?: string;
  mode: CourseMode;
}

export const COURSE_MODES: CourseMode[] = ['IN_PERSON', 'ONLINE', 'MOBILE_POINT'];

/** Adds a course to the catalogue (a code like CN-AI-2026, a title, who it is for and how it is held). */
export function CourseFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('training');
  const [createCourse] = useMutation(CreateCourseDocument);
  return (
    <EntityFormModal<CourseFormValues>
      title={t('courses.createTitle')}
      name="course"
      namespace="training"
      initialValues={{ mode: 'IN_PERSON' }}
      successMessage={t('common:state.created')}
      onClose={onClose}
      onSubmit={(values) =>
        createCourse({
          variables: {
            input: {
              ...values,
              code: values.code.trim(),
              title: values.title.trim(),
              description: values.description?.trim() || null,
              audience: values.audience?.trim() || null,
            },
          },
          refetchQueries: ['CourseList'],
        })
      }
    >
      <Form.Item
        name="code"
        label={t('courses.code')}
        rules={[{ required: true, whitespace: true, message: t('courses.codeRequired') }]}
      >
        <Input autoFocus maxLength={40} dir="ltr" />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('courses.title')}
        rules={[{ required: true, whitespace: true, message: t('courses.titleRequired') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="audience" label={t('courses.audience')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="mode" label={t('courses.mode')}>
        <Select options={COURSE_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('courses.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </EntityFormModal>
  );
}
