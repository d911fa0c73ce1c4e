import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { EntityFormModal } from '@dx/design-system';
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
  const [createDonor] = useMutation(CreateDonorDocument);
  const [updateDonor] = useMutation(UpdateDonorDocument);

  const save = async (values: DonorFormValues) => {
    const input = { name: values.name.trim(), kind: values.kind, contact: values.contact?.trim() || null };
    return donor
      ? (await updateDonor({ variables: { id: donor.id, version: donor.version, input } })).data?.updateDonor
      : (await createDonor({ variables: { input }, refetchQueries: ['DonorList'] })).data?.createDonor;
  };

  return (
    <EntityFormModal<DonorFormValues>
      title={donor ? t('donors.editTitle', { name: donor.name }) : t('donors.createTitle')}
      name="donor"
      namespace="donations"
      successMessage={donor ? t('common:state.saved') : t('common:state.created')}
      onSubmit={save}
      onClose={onClose}
      initialValues={{
        name: donor?.name,
        kind: donor?.kind ?? 'SOCIAL_SOURCES',
        contact: donor?.contact ?? undefined,
      }}
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
    </EntityFormModal>
  );
}
