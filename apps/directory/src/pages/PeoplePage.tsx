import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ConnectionTable, UnitSelect, type FilterField } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { PersonFormModal } from '../components/PersonFormModal';
import { PeopleListDocument, type PersonFieldsFragment } from '../graphql/generated/graphql';

type Editing = { person?: PersonFieldsFragment } | null;

export function PeoplePage() {
  const { t } = useTranslation('directory');
  const [editing, setEditing] = useState<Editing>(null);

  const filters: FilterField[] = [
    { name: 'search', label: t('people.search'), type: 'search' },
    {
      name: 'unitId',
      label: t('people.unit'),
      type: 'custom',
      render: (value, onChange) => <UnitSelect value={value} onChange={onChange} allowClear />,
    },
    { name: 'includeSubunits', label: t('people.includeSubunits'), type: 'boolean' },
  ];
  const columns: ColumnsType<PersonFieldsFragment> = [
    { title: t('people.fullName'), dataIndex: 'fullName', key: 'fullName' },
    { title: t('people.position'), dataIndex: 'position', key: 'position' },
    { title: t('people.unit'), key: 'unit', render: (_, p) => p.unit.name },
    {
      title: t('people.category'),
      key: 'category',
      render: (_, p) => p.category && t(`common:personCategories.${p.category}`),
    },
    {
      title: t('people.email'),
      dataIndex: 'email',
      key: 'email',
      render: (v?: string) => v && <bdi>{v}</bdi>,
    },
    {
      title: t('people.phone'),
      dataIndex: 'phone',
      key: 'phone',
      render: (v?: string) => v && <bdi>{v}</bdi>,
    },
    {
      title: '',
      key: 'actions',
      render: (_, person) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          onClick={() => setEditing({ person })}
          aria-label={t('people.editTitle', { name: person.fullName })}
        >
          {t('common:actions.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <ConnectionTable
        query={PeopleListDocument}
        connection={(data) => data.people}
        columns={columns}
        rowKey={(p) => p.id}
        filters={filters}
        csv={{
          filename: 'people',
          columns: [
            { title: t('people.fullName'), value: (p) => p.fullName },
            { title: t('people.position'), value: (p) => p.position },
            { title: t('people.unit'), value: (p) => p.unit.name },
            { title: t('people.email'), value: (p) => p.email },
            { title: t('people.phone'), value: (p) => p.phone },
            {
              title: t('people.category'),
              value: (p) => (p.category ? t(`common:personCategories.${p.category}`) : ''),
            },
            {
              title: t('people.priorityGroups'),
              value: (p) => p.priorityGroups.map((g) => t(`common:priorityGroups.${g}`)).join('; '),
            },
          ],
        }}
        toolbar={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing({})}>
            {t('people.create')}
          </Button>
        }
      />
      {editing && <PersonFormModal person={editing.person} onClose={() => setEditing(null)} />}
    </>
  );
}
