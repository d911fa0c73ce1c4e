import { useMutation } from '@apollo/client/react';
import { Form, Input } from 'antd';
import { EntityFormModal, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { AddSupportPointDocument } from '../graphql/generated/graphql';

interface SupportPointFormValues {
  name: string;
  unitId?: string;
  address?: string;
  partner?: string;
  openingHours?: string;
}

/** Adds a mobile digital-literacy point to a campaign: where, with whom, when it opens. */
export function SupportPointFormModal({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  const [add] = useMutation(AddSupportPointDocument);
  const text = (v?: string) => v?.trim() || null;
  return (
    <EntityFormModal<SupportPointFormValues>
      title={t('create.pointTitle')}
      name="point"
      namespace="campaigns"
      successMessage={t('common:state.created')}
      onClose={onClose}
      onSubmit={async (v) => {
        const { data } = await add({
          variables: {
            input: {
              campaignId,
              name: v.name.trim(),
              unitId: v.unitId ?? null,
              address: text(v.address),
              partner: text(v.partner),
              openingHours: text(v.openingHours),
            },
          },
          refetchQueries: ['CampaignDetail'],
        });
        return data?.addSupportPoint;
      }}
    >
      <Form.Item
        name="name"
        label={t('create.pointName')}
        rules={[{ required: true, whitespace: true, message: t('create.pointNameRequired') }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="unitId" label={t('create.pointUnit')} extra={t('create.pointUnitHint')}>
        <UnitSelect allowClear />
      </Form.Item>
      <Form.Item name="address" label={t('create.address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="partner" label={t('create.partner')}>
        <Input maxLength={200} placeholder={t('create.partnerExample')} />
      </Form.Item>
      <Form.Item name="openingHours" label={t('create.openingHours')}>
        <Input maxLength={200} placeholder={t('create.openingHoursExample')} />
      </Form.Item>
    </EntityFormModal>
  );
}
