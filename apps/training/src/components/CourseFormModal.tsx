import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { FormErrorAlert, applyGraphQLErrors } from '@dx/design-system';
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

export function CourseFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const [form] = Form.useForm<CourseFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [createCourse, { loading }] = useMutation(CreateCourseDocument);

  const submit = async (values: CourseFormValues) => {
    setFormError(null);
    try {
      await createCourse({
        variables: {
          input: {
            ...values,
            description: values.description?.trim() || null,
            audience: values.audience?.trim() || null,
          },
        },
        refetchQueries: ['CourseList'],
      });
      void message.success(t('common:state.created'));
      onClose();
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={t('courses.createTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<CourseFormValues>
        form={form}
        layout="vertical"
        name="course"
        initialValues={{ mode: 'IN_PERSON' }}
        onFinish={(v) => void submit(v)}
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
      </Form>
    </Modal>
  );
}
