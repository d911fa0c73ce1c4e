import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { PeopleSearchDocument } from '../graphql/generated/graphql';

export interface PersonSearchProps {
  value?: string;
  onChange?: (personId: string | undefined) => void;
  id?: string;
}

/** Finds a person in the directory by name, email or phone; the server does the search. */
export function PersonSearch({ value, onChange, id }: PersonSearchProps) {
  const { t } = useTranslation('training');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(PeopleSearchDocument, { variables: { search: search || undefined, first: 20 }, skip: search.length < 2 });
  const options = (data?.people.nodes ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unit.name}` }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      placeholder={t('enrol.personPlaceholder')}
      notFoundContent={search.length < 2 ? t('enrol.typeToSearch') : loading ? t('common:state.loading') : t('common:state.empty')}
      style={{ minWidth: 320 }}
    />
  );
}
