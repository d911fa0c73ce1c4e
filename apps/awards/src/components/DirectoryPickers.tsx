import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { AwardsPersonOptionsDocument, AwardsUnitOptionsDocument } from '../graphql/generated/graphql';

interface PickerProps {
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
  allowClear?: boolean;
}

/** A unit from the directory, searched on the server by name or code. */
export function UnitPicker({ value, onChange, id, allowClear }: PickerProps) {
  const { t } = useTranslation('awards');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(AwardsUnitOptionsDocument, { variables: { search: search || undefined } });
  const options = (data?.units.nodes ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={t('nominate.pickUnit')}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
    />
  );
}

/** A person from the directory (within the caller's scope), searched on the server by name. */
export function PersonPicker({ value, onChange, id, allowClear }: PickerProps) {
  const { t } = useTranslation('awards');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(AwardsPersonOptionsDocument, { variables: { search: search || undefined } });
  const options = (data?.people.nodes ?? []).map((p) => ({
    value: p.id,
    label: [p.fullName, p.position, p.unit.name].filter(Boolean).join(' — '),
  }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={t('nominate.pickPerson')}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
    />
  );
}
