import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { TaskPeopleOptionsDocument } from '../graphql/generated/graphql';

export interface PersonSelectProps {
  value?: string;
  onChange?: (personId: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}

/** Picks the person in charge by typing part of their name; shows their position and unit. */
export function PersonSelect({ value, onChange, allowClear, id }: PersonSelectProps) {
  const { t } = useTranslation('tasks');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(TaskPeopleOptionsDocument, { variables: { search: search || undefined, first: 30 } });
  const options = (data?.people.nodes ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.position ?? ''} (${p.unit.name})` }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={t('fields.pickPerson')}
      style={{ minWidth: 220 }}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
    />
  );
}
