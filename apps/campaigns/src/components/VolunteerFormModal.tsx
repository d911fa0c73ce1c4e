import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { EntityFormModal, PersonSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { AddVolunteerDocument } from '../graphql/generated/graphql';

interface VolunteerFormValues {
  personId: string;
  role: string;
  pointId?: string;
}

/** Adds a person of the directory to a campaign's volunteers (counted in their own unit), with a role and, if any, their point. */
export function VolunteerFormModal({
  campaignId,
  points,
  onClose,
}: {
  campaignId: string;
  points: { id: string; name: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const [add] = useMutation(AddVolunteerDocument);
  return (
    <EntityFormModal<VolunteerFormValues>
      title={t('create.volunteerTitle')}
      name="volunteer"
      namespace="campaigns"
      successMessage={t('common:state.created')}
      onClose={onClose}
      onSubmit={async (v) => {
        const { data } = await add({
          variables: {
            input: {
              campaignId,
              personId: v.personId,
              role: v.role.trim(),
              pointId: v.pointId ?? null,
            },
          },
          refetchQueries: ['CampaignDetail'],
        });
        return data?.addVolunteer;
      }}
    >
      <Form.Item
        name="personId"
        label={t('create.person')}
        rules={[{ required: true, message: t('create.personRequired') }]}
      >
        <PersonSelect />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('create.role')}
        rules={[{ required: true, whitespace: true, message: t('create.roleRequired') }]}
      >
        <Input maxLength={120} placeholder={t('create.roleExample')} />
      </Form.Item>
      <Form.Item name="pointId" label={t('create.point')}>
        <Select allowClear options={points.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
    </EntityFormModal>
  );
}
