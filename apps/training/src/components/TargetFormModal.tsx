import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Select } from 'antd';
import { DayPicker, EntityFormModal, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { SetTrainingTargetDocument, type PersonCategory, type UnitKind } from '../graphql/generated/graphql';

interface TargetFormValues {
  unitId: string;
  audienceKind?: UnitKind;
  category?: PersonCategory;
  targetPercent: number;
  dueDate: string;
  note?: string;
}

export const AUDIENCE_KINDS: UnitKind[] = [
  'COMMUNITY_TEAM',
  'DEPARTMENT',
  'RESIDENTIAL_GROUP',
  'WARD',
  'COMMUNE',
];

export const PERSON_CATEGORIES: PersonCategory[] = [
  'CADRE',
  'CIVIL_SERVANT',
  'PUBLIC_EMPLOYEE',
  'WORKER',
  'COMMUNITY_TEAM_MEMBER',
  'RESIDENT',
];

/**
 * Sets a target: a share of a unit's people (of one category, or of units of one kind) trained by a
 * day. One target per unit, audience, category and year: the same again replaces it. The share is
 * checked against the server's rule (1 to 100) and said beside the field, never corrected.
 */
export function TargetFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('training');
  const [setTarget] = useMutation(SetTrainingTargetDocument);
  return (
    <EntityFormModal<TargetFormValues>
      title={t('targets.createTitle')}
      name="target"
      namespace="training"
      initialValues={{ targetPercent: 100 }}
      successMessage={t('common:state.saved')}
      onClose={onClose}
      onSubmit={(v) =>
        setTarget({
          variables: {
            input: {
              unitId: v.unitId,
              audienceKind: v.audienceKind ?? null,
              category: v.category ?? null,
              targetPercent: v.targetPercent,
              dueDate: v.dueDate,
              note: v.note?.trim() || null,
            },
          },
          refetchQueries: ['TrainingTargets'],
        })
      }
    >
      <Form.Item
        name="unitId"
        label={t('targets.unit')}
        rules={[{ required: true, message: t('targets.unitRequired') }]}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item name="category" label={t('targets.category')} extra={t('targets.categoryHint')}>
        <Select
          allowClear
          placeholder={t('targets.allCategories')}
          options={PERSON_CATEGORIES.map((c) => ({ value: c, label: t(`common:personCategories.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="audienceKind" label={t('targets.audience')}>
        <Select
          allowClear
          placeholder={t('targets.everyone')}
          options={AUDIENCE_KINDS.map((k) => ({ value: k, label: t(`common:unitKinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="targetPercent"
        label={t('targets.percent')}
        rules={[
          { required: true, message: t('targets.percentRule') },
          { type: 'integer', min: 1, max: 100, message: t('targets.percentRule') },
        ]}
      >
        <InputNumber suffix="%" />
      </Form.Item>
      <Form.Item
        name="dueDate"
        label={t('targets.dueDate')}
        extra={t('targets.dueDateHint')}
        rules={[{ required: true, message: t('targets.dueDateRequired') }]}
      >
        <DayPicker />
      </Form.Item>
      <Form.Item name="note" label={t('targets.note')}>
        <Input maxLength={255} />
      </Form.Item>
    </EntityFormModal>
  );
}
