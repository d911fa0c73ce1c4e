import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useTranslation } from '@dx/i18n';
import { PeopleOfUnitDocument } from '../graphql/generated/graphql';

export interface PersonSelectProps {
  unitId?: string;
  includeSubunits?: boolean;
  value?: string;
  onChange?: (personId: string | undefined) => void;
  id?: string;
}

/** Picks one of the people of a unit (the recipient team, the witness's office...). */
export function PersonSelect({ unitId, includeSubunits = false, value, onChange, id }: PersonSelectProps) {
  const { t } = useTranslation('donations');
  const { data, loading } = useQuery(PeopleOfUnitDocument, { variables: { unitId, includeSubunits }, skip: !unitId });
  const options = (data?.people.nodes ?? []).map((p) => ({ value: p.id, label: p.position ? `${p.fullName} – ${p.position}` : p.fullName }));
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      allowClear
      disabled={!unitId}
      placeholder={t('handover.pickPerson')}
    />
  );
}
