import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from '@dx/i18n';
import { TaskUnitOptionsDocument } from '../graphql/generated/graphql';

export interface UnitSelectProps {
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  mode?: 'multiple';
  allowClear?: boolean;
  id?: string;
}

/** Picks one unit (or several) by typing part of its name or code; the directory searches. */
export function UnitSelect({ value, onChange, mode, allowClear, id }: UnitSelectProps) {
  const { t } = useTranslation('tasks');
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(TaskUnitOptionsDocument, { variables: { search: search || undefined, first: 30 } });
  const options = (data?.units.nodes ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  return (
    <Select
      id={id}
      mode={mode}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      allowClear={allowClear}
      placeholder={t('fields.pickUnit')}
      style={{ minWidth: 220 }}
      notFoundContent={loading ? t('common:state.loading') : t('common:state.empty')}
    />
  );
}
