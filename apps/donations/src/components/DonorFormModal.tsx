import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { FormErrorAlert, applyGraphQLErrors } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CreateDonorDocument,
  UpdateDonorDocument,
  type DonorFieldsFragment,
} from '../graphql/generated/graphql';
import { DONOR_KINDS } from './categories';

interface DonorFormValues {
  name: string;
  kind: string;
  contact?: string;
}

/** Adds or edits a donor; an edit carries its version, so a stale save is refused. */
export function DonorFormModal({ donor, onClose }: { donor?: DonorFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const [form] = Form.useForm<DonorFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [createDonor, creating] = useMutation(CreateDonorDocument);
  const [updateDonor, updating] = useMutation(UpdateDonorDocument);

  const submit = async (values: DonorFormValues) => {
    setFormError(null);
    const input = { name: values.name.trim(), kind: values.kind, contact: values.contact?.trim() || null };
    try {
      if (donor) await updateDonor({ variables: { id: donor.id, version: donor.version, input } });
      else await createDonor({ variables: { input }, refetchQueries: ['DonorList'] });
      void message.success(donor ? t('common:state.saved') : t('common:state.created'));
      onClose();
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={donor ? t('donors.editTitle', { name: donor.name }) : t('donors.createTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<DonorFormValues>
        form={form}
        layout="vertical"
        name="donor"
        initialValues={{
          name: donor?.name,
          kind: donor?.kind ?? 'SOCIAL_SOURCES',
          contact: donor?.contact ?? undefined,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('donors.name')}
          rules={[{ required: true, whitespace: true, message: t('donors.nameRequired') }]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('donors.kind')}
          rules={[{ required: true, message: t('donors.kindRequired') }]}
        >
          <Select options={DONOR_KINDS.map((k) => ({ value: k, label: t(`donorKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="contact" label={t('donors.contact')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
