import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { EntityFormModal, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import {
  CreatePersonDocument,
  UpdatePersonDocument,
  type PersonCategory,
  type PersonFieldsFragment,
  type PriorityGroup,
} from '../graphql/generated/graphql';

export const PERSON_CATEGORIES: PersonCategory[] = [
  'CADRE',
  'CIVIL_SERVANT',
  'PUBLIC_EMPLOYEE',
  'WORKER',
  'COMMUNITY_TEAM_MEMBER',
  'RESIDENT',
];
export const PRIORITY_GROUPS: PriorityGroup[] = ['ELDERLY', 'DISABLED', 'POOR_HOUSEHOLD'];

interface PersonFormValues {
  fullName: string;
  position?: string;
  unitId: string;
  email?: string;
  phone?: string;
  category?: PersonCategory | null;
  priorityGroups?: PriorityGroup[];
}

export interface PersonFormModalProps {
  /** The person being edited; absent to add one. */
  person?: PersonFieldsFragment;
  onClose: (saved?: PersonFieldsFragment) => void;
}

/** Adds or edits a person; an edit carries the version it started from, so a stale save is refused. */
export function PersonFormModal({ person, onClose }: PersonFormModalProps) {
  const { t } = useTranslation('directory');
  const [createPerson] = useMutation(CreatePersonDocument);
  const [updatePerson] = useMutation(UpdatePersonDocument);

  const save = async (values: PersonFormValues) => {
    const input = {
      fullName: values.fullName.trim(),
      position: values.position?.trim() || null,
      unitId: values.unitId,
      email: values.email?.trim() || null,
      phone: values.phone?.trim() || null,
      category: values.category ?? null,
      priorityGroups: values.priorityGroups ?? [],
    };
    return person
      ? (await updatePerson({ variables: { id: person.id, version: person.version, input } })).data
          ?.updatePerson
      : (await createPerson({ variables: { input }, refetchQueries: ['PeopleList'] })).data?.createPerson;
  };

  return (
    <EntityFormModal<PersonFormValues>
      title={person ? t('people.editTitle', { name: person.fullName }) : t('people.createTitle')}
      name="person"
      namespace="directory"
      successMessage={person ? t('common:state.saved') : t('common:state.created')}
      onSubmit={save}
      onClose={(saved) => onClose((saved as PersonFieldsFragment | null | undefined) ?? undefined)}
      initialValues={{
        fullName: person?.fullName,
        position: person?.position ?? undefined,
        unitId: person?.unit.id,
        email: person?.email ?? undefined,
        phone: person?.phone ?? undefined,
        category: person?.category ?? undefined,
        priorityGroups: person?.priorityGroups ?? [],
      }}
    >
      <Form.Item
        name="fullName"
        label={t('people.fullName')}
        rules={[{ required: true, whitespace: true, message: t('people.fullNameRequired') }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="position" label={t('people.position')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('people.unit')}
        rules={[{ required: true, message: t('people.unitRequired') }]}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('people.email')}
        rules={[{ type: 'email', message: t('people.emailInvalid') }]}
      >
        <Input type="email" dir="ltr" />
      </Form.Item>
      <Form.Item name="phone" label={t('people.phone')}>
        <Input type="tel" dir="ltr" />
      </Form.Item>
      <Form.Item name="category" label={t('people.category')} extra={t('people.categoryHint')}>
        <Select
          allowClear
          placeholder={t('people.categoryNotSaid')}
          options={PERSON_CATEGORIES.map((c) => ({ value: c, label: t(`common:personCategories.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="priorityGroups" label={t('people.priorityGroups')}>
        <Select
          mode="multiple"
          allowClear
          options={PRIORITY_GROUPS.map((g) => ({ value: g, label: t(`common:priorityGroups.${g}`) }))}
        />
      </Form.Item>
    </EntityFormModal>
  );
}
