import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { FormErrorAlert, applyGraphQLErrors } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CreateUnitDocument, UpdateUnitDocument, type UnitFieldsFragment, type UnitKind } from '../graphql/generated/graphql';

const KINDS: UnitKind[] = ['PROVINCE', 'WARD', 'COMMUNE', 'RESIDENTIAL_GROUP', 'COMMUNITY_TEAM', 'DEPARTMENT'];

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
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [createUnit, creating] = useMutation(CreateUnitDocument);
  const [updateUnit, updating] = useMutation(UpdateUnitDocument);

  const submit = async (values: UnitFormValues) => {
    setFormError(null);
    try {
      const saved = unit
        ? (await updateUnit({ variables: { id: unit.id, version: unit.version, input: { name: values.name.trim() } } })).data?.updateUnit
        : (
            await createUnit({
              variables: { input: { code: values.code?.trim() ?? '', name: values.name.trim(), kind: values.kind ?? 'DEPARTMENT', parentId: parent?.id } },
            })
          ).data?.createUnit;
      void message.success(t('common:state.saved'));
      onClose(saved ?? undefined);
    } catch (error) {
      setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={unit ? t('units.renameTitle', { name: unit.name }) : t('units.createTitle', { parent: parent?.name })}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Form<UnitFormValues> form={form} layout="vertical" initialValues={{ name: unit?.name }} onFinish={(v) => void submit(v)}>
        {!unit && (
          <>
            <Form.Item name="code" label={t('units.code')} rules={[{ required: true, whitespace: true, message: t('units.codeRequired') }]}>
              <Input dir="ltr" maxLength={50} />
            </Form.Item>
            <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('units.kindRequired') }]}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`common:unitKinds.${k}`) }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="name" label={t('units.name')} rules={[{ required: true, whitespace: true, message: t('units.nameRequired') }]}>
          <Input maxLength={200} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
