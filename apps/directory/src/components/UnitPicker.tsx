import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { UnitDetailDocument, UnitListDocument } from '../graphql/generated/graphql';

export interface UnitPickerProps {
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  /** Shown before the user searches, e.g. the person's current unit. */
  initialOption?: { id: string; name: string };
  allowClear?: boolean;
  id?: string;
}

/** Picks a unit by typing part of its name or code; the server does the search. */
export function UnitPicker({ value, onChange, initialOption, allowClear, id }: UnitPickerProps) {
  const { t } = useTranslation('directory');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(UnitListDocument, { variables: { search: search || undefined, first: 20 } });
  const options = (data?.units.nodes ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  const known = (id?: string) => !id || options.some((o) => o.value === id) || initialOption?.id === id;
  // A unit chosen earlier (e.g. from a shared link) may not be among the first search results.
  const chosen = useQuery(UnitDetailDocument, { variables: { id: value ?? '' }, skip: known(value) });
  const extra = initialOption ?? (chosen.data?.unit ? { id: chosen.data.unit.id, name: chosen.data.unit.name } : undefined);
  if (extra && !options.some((o) => o.value === extra.id)) options.unshift({ value: extra.id, label: extra.name });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={t('units.pick')}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
    />
  );
}
