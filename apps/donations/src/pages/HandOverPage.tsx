import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, PersonSelect, UnitSelect, useDeskNavigate, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { HandOverDocument, StockDocument } from '../graphql/generated/graphql';
import { linesToInput, StoreLines, useStores, type LinesValue } from '../stores/StoreLines';
import { StoreSelect } from '../stores/StoreSelect';

interface HandOverValues {
  fromUnitId: string;
  recipientUnitId: string;
  handedOverAt: Dayjs;
  receivedById?: string;
  witnessId?: string;
  note?: string;
  lines: LinesValue;
}

/** A handover: the desk chooses the store the items leave (seeing what each holds), the team, and the serials. */
export function HandOverPage() {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  // One key per opened form: a second submission of the same form returns the first record.
  const [requestKey] = useState(() => crypto.randomUUID());
  const stock = useQuery(StockDocument, { variables: { byStore: true }, fetchPolicy: 'network-only' });
  const stores = useStores(stock.data?.stock);
  const [handOver] = useMutation(HandOverDocument);
  const { form, formProps, formError, submitting } = useGraphQLForm<HandOverValues>({
    onSubmit: async (values) => {
      const items = linesToInput(values.lines);
      if (items.length === 0) throw new Error(t('handover.noLines'));
      const result = await handOver({
        variables: {
          input: {
            requestKey,
            fromUnitId: values.fromUnitId,
            recipientUnitId: values.recipientUnitId,
            handedOverAt: values.handedOverAt.format('YYYY-MM-DD'),
            receivedById: values.receivedById ?? null,
            witnessId: values.witnessId ?? null,
            note: values.note?.trim() || null,
            items,
          },
        },
        refetchQueries: ['Stock', 'HandoverList'],
      });
      return result.data!.handOver;
    },
    onSaved: (saved) => {
      const handover = saved as { id: string; recordNo: string };
      void message.success(t('handover.saved', { recordNo: handover.recordNo }));
      navigate(`handovers/${handover.id}`, { replace: true });
    },
  });
  const fromUnitId = Form.useWatch('fromUnitId', form);
  const recipientUnitId = Form.useWatch('recipientUnitId', form);
  const store = stores.find((s) => s.id === fromUnitId);

  return (
    <Card title={t('handover.title')} style={{ maxWidth: 960 }}>
      <FormErrorAlert message={formError} />
      <Form<HandOverValues>
        {...formProps}
        layout="vertical"
        name="handover"
        initialValues={{ handedOverAt: dayjs(), lines: {} }}
        onValuesChange={(changed, all) => {
          formProps.onValuesChange?.(changed, all);
          if ('fromUnitId' in changed) form.setFieldsValue({ lines: {} });
          if ('recipientUnitId' in changed) form.setFieldsValue({ receivedById: undefined });
        }}
      >
        <Form.Item
          name="fromUnitId"
          label={t('stores.fromStore')}
          extra={t('stores.fromStoreHint')}
          rules={[{ required: true, message: t('stores.storeRequired') }]}
        >
          <StoreSelect stores={stores} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="recipientUnitId"
            label={t('handover.recipient')}
            rules={[{ required: true, message: t('handover.recipientRequired') }]}
            style={{ flex: 1, minWidth: 300 }}
          >
            <UnitSelect />
          </Form.Item>
          <Form.Item name="handedOverAt" label={t('handover.date')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item name="receivedById" label={t('handover.receivedBy')} style={{ flex: 1, minWidth: 260 }}>
            <PersonSelect
              unitId={recipientUnitId}
              disabled={!recipientUnitId}
              allowClear
              first={50}
              placeholder={t('handover.pickPerson')}
            />
          </Form.Item>
          <Form.Item name="witnessId" label={t('stores.witness')} style={{ flex: 1, minWidth: 260 }}>
            <PersonSelect allowClear first={50} placeholder={t('handover.pickPerson')} />
          </Form.Item>
        </Flex>
        {store && store.lines.every((l) => l.available === 0) && (
          <Alert
            type="warning"
            showIcon
            title={t('handover.nothingAvailable')}
            style={{ marginBottom: 16 }}
          />
        )}
        {store && <StoreLines storeUnitId={store.id} lines={store.lines} form={form} />}
        <Form.Item name="note" label={t('handover.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting} disabled={!store}>
          {t('handover.submit')}
        </Button>
      </Form>
    </Card>
  );
}
