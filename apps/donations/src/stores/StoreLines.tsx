import { useQuery } from '@apollo/client/react';
import { Form, InputNumber, Select, Table, type FormInstance } from 'antd';
import { useTranslation } from '@dx/i18n';
import { wholeIn } from '../components/numberRules';
import {
  StorePiecesDocument,
  type ItemCategory,
  type StockFieldsFragment,
} from '../graphql/generated/graphql';

export interface LineValue {
  quantity?: number | null;
  serialNumbers?: string[];
}
export type LinesValue = Partial<Record<ItemCategory, LineValue>>;

/** The lines a form sends: categories with a quantity, with the serials picked for them. */
export function linesToInput(lines: LinesValue | undefined) {
  return Object.entries(lines ?? {})
    .filter(([, l]) => (l?.quantity ?? 0) > 0)
    .map(([category, l]) => ({
      category: category as ItemCategory,
      quantity: l!.quantity!,
      serialNumbers: l!.serialNumbers ?? [],
    }));
}

function SerialPicker({
  storeUnitId,
  category,
  form,
  label,
}: {
  storeUnitId: string;
  category: ItemCategory;
  form: FormInstance;
  label: string;
}) {
  const { t } = useTranslation('donations');
  const pieces = useQuery(StorePiecesDocument, {
    variables: { storeUnitId, category, first: 100 },
    fetchPolicy: 'network-only',
  });
  const options = (pieces.data?.equipmentPieces.nodes ?? []).map((p) => ({
    value: p.serial,
    label: `${p.serial} · ${p.model}`,
  }));
  if (!pieces.loading && options.length === 0) return <span>{t('stores.noSerials')}</span>;
  return (
    <Form.Item name={['lines', category, 'serialNumbers']} style={{ margin: 0, minWidth: 220 }}>
      <Select
        mode="multiple"
        aria-label={label}
        loading={pieces.loading}
        options={options}
        placeholder={t('stores.pickSerials')}
        onChange={(serials: string[]) => {
          const quantity = form.getFieldValue(['lines', category, 'quantity']) as number | undefined;
          if ((quantity ?? 0) < serials.length)
            form.setFieldValue(['lines', category, 'quantity'], serials.length);
        }}
      />
    </Form.Item>
  );
}

/**
 * What one store holds, per category, with how many leave and which serials: a form section for
 * handovers, transfers and write-offs. Never more than is available (the server refuses it too).
 */
export function StoreLines({
  storeUnitId,
  lines,
  form,
}: {
  storeUnitId: string;
  lines: StockFieldsFragment[];
  form: FormInstance;
}) {
  const { t } = useTranslation('donations');
  return (
    <Table<StockFieldsFragment>
      size="small"
      pagination={false}
      rowKey="category"
      dataSource={lines}
      style={{ marginBottom: 16 }}
      columns={[
        { title: t('stock.category'), key: 'category', render: (_, l) => t(`categories.${l.category}`) },
        { title: t('stock.available'), dataIndex: 'available', key: 'available', align: 'end' },
        {
          title: t('handover.quantity'),
          key: 'quantity',
          render: (_, l) => (
            <Form.Item
              name={['lines', l.category, 'quantity']}
              style={{ margin: 0 }}
              rules={[
                { validator: wholeIn(0, Number.MAX_SAFE_INTEGER, t('distribute.wholeNumber')) },
                {
                  type: 'number',
                  max: l.available,
                  message: t('handover.maxAvailable', { count: l.available }),
                },
              ]}
            >
              {/* No min/precision: a typed -1 or 1.5 is refused with a message, not silently changed. */}
              <InputNumber
                disabled={l.available === 0}
                aria-label={`${t('handover.quantity')} ${t(`categories.${l.category}`)}`}
              />
            </Form.Item>
          ),
        },
        {
          title: t('stores.serials'),
          key: 'serials',
          render: (_, l) =>
            l.available > 0 ? (
              <SerialPicker
                storeUnitId={storeUnitId}
                category={l.category}
                form={form}
                label={`${t('stores.serials')} ${t(`categories.${l.category}`)}`}
              />
            ) : null,
        },
      ]}
    />
  );
}

/** The stores the caller may take from, each with what it holds (a handover, transfer or write-off picks one). */
export function useStores(data: StockFieldsFragment[] | undefined) {
  const stores = new Map<string, { id: string; name: string; lines: StockFieldsFragment[] }>();
  for (const line of data ?? []) {
    if (!line.holder) continue;
    const store = stores.get(line.holder.id) ?? { id: line.holder.id, name: line.holder.name, lines: [] };
    store.lines.push(line);
    stores.set(line.holder.id, store);
  }
  return [...stores.values()];
}
