import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CreateUnitDocument,
  UpdateUnitDocument,
  type UnitFieldsFragment,
  type UnitKind,
} from '../graphql/generated/graphql';

const KINDS: UnitKind[] = [
  'PROVINCE',
  'WARD',
  'COMMUNE',
  'RESIDENTIAL_GROUP',
  'COMMUNITY_TEAM',
  'DEPARTMENT',
];

interface UnitFormValues {
  code?: string;
  name: string;
  kind?: UnitKind;
}

export interface UnitFormModalProps {
  /** Renames this unit. */
  unit?: UnitFieldsFragment;
  /** Adds a unit below this one. */
  parent?: UnitFieldsFragment;
  onClose: (saved?: UnitFieldsFragment) => void;
}

export function UnitFormModal({ unit, parent, onClose }: UnitFormModalProps) {
  const { t } = useTranslation('directory');
  const [createUnit] = useMutation(CreateUnitDocument);
  const [updateUnit] = useMutation(UpdateUnitDocument);

  const save = async (values: UnitFormValues) =>
    unit
      ? (
          await updateUnit({
            variables: { id: unit.id, version: unit.version, input: { name: values.name.trim() } },
          })
        ).data?.updateUnit
      : (
          await createUnit({
            variables: {
              input: {
                code: values.code?.trim() ?? '',
                name: values.name.trim(),
                kind: values.kind ?? 'DEPARTMENT',
                parentId: parent?.id,
              },
            },
          })
        ).data?.createUnit;

  return (
    <EntityFormModal<UnitFormValues>
      title={
        unit ? t('units.renameTitle', { name: unit.name }) : t('units.createTitle', { parent: parent?.name })
      }
      namespace="directory"
      successMessage={t('common:state.saved')}
      onSubmit={save}
      onClose={(saved) => onClose((saved as UnitFieldsFragment | null | undefined) ?? undefined)}
      initialValues={{ name: unit?.name }}
    >
      {!unit && (
        <>
          <Form.Item
            name="code"
            label={t('units.code')}
            rules={[{ required: true, whitespace: true, message: t('units.codeRequired') }]}
          >
            <Input dir="ltr" maxLength={50} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('units.kind')}
            rules={[{ required: true, message: t('units.kindRequired') }]}
          >
            <Select options={KINDS.map((k) => ({ value: k, label: t(`common:unitKinds.${k}`) }))} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="name"
        label={t('units.name')}
        rules={[{ required: true, whitespace: true, message: t('units.nameRequired') }]}
      >
        <Input maxLength={200} autoFocus />
      </Form.Item>
    </EntityFormModal>
  );
}
