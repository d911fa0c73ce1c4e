import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { UnitSearchDocument } from '../graphql/generated/graphql';

export interface UnitSearchProps {
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  id?: string;
  allowClear?: boolean;
}

/** Picks a unit by part of its name or code. */
export function UnitSearch({ value, onChange, id, allowClear }: UnitSearchProps) {
  const { t } = useTranslation('training');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(UnitSearchDocument, { variables: { search: search || undefined } });
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
      placeholder={t('enrol.unitPlaceholder')}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
      style={{ minWidth: 320 }}
    />
  );
}
