import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { UnitOptionsDocument, type UnitKind } from '../graphql/generated/graphql';

export interface UnitSelectProps {
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  kind?: UnitKind;
  allowClear?: boolean;
  id?: string;
}

/** Picks a unit by typing part of its name or code; the directory does the search. */
export function UnitSelect({ value, onChange, kind, allowClear, id }: UnitSelectProps) {
  const { t } = useTranslation('donations');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(UnitOptionsDocument, { variables: { search: search || undefined, kind, first: 30 } });
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
      placeholder={t('handover.pickUnit')}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
    />
  );
}
