import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, applyGraphQLErrors } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CreatePersonDocument, UpdatePersonDocument, type PersonFieldsFragment } from '../graphql/generated/graphql';

interface PersonFormValues {
  fullName: string;
  position?: string;
  unitId: string;
  email?: string;
  phone?: string;
}

export interface PersonFormModalProps {
  /** The person being edited; absent to add one. */
  person?: PersonFieldsFragment;
  onClose: (saved?: PersonFieldsFragment) => void;
}

/** Adds or edits a person; an edit carries the version it started from, so a stale save is refused. */
export function PersonFormModal({ person, onClose }: PersonFormModalProps) {
  const { t } = useTranslation('directory');
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [createPerson, creating] = useMutation(CreatePersonDocument);
  const [updatePerson, updating] = useMutation(UpdatePersonDocument);

  const submit = async (values: PersonFormValues) => {
    setFormError(null);
    const input = {
      fullName: values.fullName.trim(),
      position: values.position?.trim() || null,
      unitId: values.unitId,
      email: values.email?.trim() || null,
      phone: values.phone?.trim() || null,
    };
    try {
      const saved = person
        ? (await updatePerson({ variables: { id: person.id, version: person.version, input } })).data?.updatePerson
        : (await createPerson({ variables: { input }, refetchQueries: ['PeopleList'] })).data?.createPerson;
      void message.success(person ? t('common:state.saved') : t('common:state.created'));
      onClose(saved ?? undefined);
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.createTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        name="person"
        initialValues={{
          fullName: person?.fullName,
          position: person?.position ?? undefined,
          unitId: person?.unit.id,
          email: person?.email ?? undefined,
          phone: person?.phone ?? undefined,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="fullName" label={t('people.fullName')} rules={[{ required: true, whitespace: true, message: t('people.fullNameRequired') }]}>
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item name="position" label={t('people.position')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label={t('people.unit')} rules={[{ required: true, message: t('people.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="email" label={t('people.email')} rules={[{ type: 'email', message: t('people.emailInvalid') }]}>
          <Input type="email" dir="ltr" />
        </Form.Item>
        <Form.Item name="phone" label={t('people.phone')}>
          <Input type="tel" dir="ltr" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
