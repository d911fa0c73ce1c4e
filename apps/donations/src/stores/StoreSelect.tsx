import { Select } from 'antd';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import type { useStores } from './StoreLines';

type Store = ReturnType<typeof useStores>[number];

/** Picks a store, each option saying what it holds ("Phường Lĩnh Nam — Máy tính 10, Máy in 10"). */
export function StoreSelect({
  stores,
  value,
  onChange,
  id,
}: {
  stores: Store[];
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const holds = (s: Store) =>
    s.lines
      .filter((l) => l.available > 0)
      .map((l) => `${t(`categories.${l.category}`)} ${formatNumber(l.available, language)}`)
      .join(', ') || t('stores.empty');
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={stores.map((s) => ({ value: s.id, label: `${s.name} — ${holds(s)}` }))}
      placeholder={t('stores.pickStore')}
    />
  );
}
