import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, useDeskNavigate, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { StockDocument, TransferStockDocument, WriteOffStockDocument } from '../graphql/generated/graphql';
import { linesToInput, StoreLines, useStores, type LinesValue } from '../stores/StoreLines';
import { StoreSelect } from '../stores/StoreSelect';

const REASONS = ['BROKEN', 'LOST', 'RETURNED_TO_DONOR'] as const;

interface MovementValues {
  fromUnitId: string;
  toUnitId?: string;
  reason?: (typeof REASONS)[number];
  occurredOn: Dayjs;
  note?: string;
  lines: LinesValue;
}

/** A transfer between stores (city → ward) or a write-off with a reason, each with its own record. */
function MovementForm({ kind }: { kind: 'transfer' | 'writeOff' }) {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  const [requestKey] = useState(() => crypto.randomUUID());
  const stock = useQuery(StockDocument, { variables: { byStore: true }, fetchPolicy: 'network-only' });
  const stores = useStores(stock.data?.stock);
  const [transfer] = useMutation(TransferStockDocument);
  const [writeOff] = useMutation(WriteOffStockDocument);
  const { form, formProps, formError, submitting } = useGraphQLForm<MovementValues>({
    onSubmit: async (values) => {
      const items = linesToInput(values.lines);
      if (items.length === 0) throw new Error(t('handover.noLines'));
      const common = { requestKey, fromUnitId: values.fromUnitId, note: values.note?.trim() || null, items };
      const day = values.occurredOn.format('YYYY-MM-DD');
      if (kind === 'transfer') {
        const result = await transfer({
          variables: { input: { ...common, toUnitId: values.toUnitId!, transferredAt: day } },
          refetchQueries: ['Stock', 'StockMovementList'],
        });
        return result.data!.transferStock;
      }
      const result = await writeOff({
        variables: { input: { ...common, reason: values.reason!, writtenOffAt: day } },
        refetchQueries: ['Stock', 'StockMovementList'],
      });
      return result.data!.writeOffStock;
    },
    onSaved: (saved) => {
      void message.success(t('stores.saved', { recordNo: (saved as { recordNo: string }).recordNo }));
      navigate('movements', { replace: true });
    },
  });
  const fromUnitId = Form.useWatch('fromUnitId', form);
  const store = stores.find((s) => s.id === fromUnitId);
  return (
    <Card
      title={t(kind === 'transfer' ? 'stores.transferTitle' : 'stores.writeOffTitle')}
      style={{ maxWidth: 960 }}
    >
      <FormErrorAlert message={formError} />
      <Form<MovementValues>
        {...formProps}
        layout="vertical"
        name={kind}
        initialValues={{ occurredOn: dayjs(), lines: {} }}
        onValuesChange={(changed, all) => {
          formProps.onValuesChange?.(changed, all);
          if ('fromUnitId' in changed) form.setFieldsValue({ lines: {} });
        }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="fromUnitId"
            label={t('stores.fromStore')}
            rules={[{ required: true, message: t('stores.storeRequired') }]}
            style={{ flex: 1, minWidth: 300 }}
          >
            <StoreSelect stores={stores} />
          </Form.Item>
          {kind === 'transfer' ? (
            <Form.Item
              name="toUnitId"
              label={t('stores.toStore')}
              rules={[{ required: true, message: t('stores.storeRequired') }]}
              style={{ flex: 1, minWidth: 300 }}
            >
              <UnitSelect />
            </Form.Item>
          ) : (
            <Form.Item
              name="reason"
              label={t('stores.reason')}
              rules={[{ required: true, message: t('stores.reasonRequired') }]}
              style={{ minWidth: 220 }}
            >
              <Select options={REASONS.map((r) => ({ value: r, label: t(`stores.reasons.${r}`) }))} />
            </Form.Item>
          )}
          <Form.Item name="occurredOn" label={t('stores.date')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Flex>
        {store && <StoreLines storeUnitId={store.id} lines={store.lines} form={form} />}
        <Form.Item name="note" label={t('handover.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting} disabled={!store}>
          {t(kind === 'transfer' ? 'stores.transferSubmit' : 'stores.writeOffSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

export const TransferPage = () => <MovementForm kind="transfer" />;
export const WriteOffPage = () => <MovementForm kind="writeOff" />;
