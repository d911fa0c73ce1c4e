import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyGraphQLErrors, FormErrorAlert, PersonSelect, UnitSelect, useDeskNavigate } from '@dx/design-system';
import { hasErrorCode } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { AvailableForDocument, HandOverDocument, type ItemCategory } from '../graphql/generated/graphql';

interface HandOverValues {
  recipientUnitId: string;
  handedOverAt: Dayjs;
  receivedById?: string;
  note?: string;
  quantities: Partial<Record<ItemCategory, number | null>>;
}

/** A handover form that shows what the recipient's store has and will not ask for more. */
export function HandOverPage() {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  const [form] = Form.useForm<HandOverValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const recipientUnitId = Form.useWatch('recipientUnitId', form);
  const available = useQuery(AvailableForDocument, { variables: { recipientUnitId: recipientUnitId ?? '' }, skip: !recipientUnitId, fetchPolicy: 'network-only' });
  const lines = available.data?.availableFor ?? [];
  const [handOver, saving] = useMutation(HandOverDocument);

  const submit = async (values: HandOverValues) => {
    setFormError(null);
    const items = lines.filter((l) => (values.quantities?.[l.category] ?? 0) > 0).map((l) => ({ category: l.category, quantity: values.quantities[l.category]! }));
    if (items.length === 0) return setFormError(t('handover.noLines'));
    try {
      const result = await handOver({
        variables: {
          input: {
            recipientUnitId: values.recipientUnitId,
            fromUnitId: lines[0]?.holder?.id ?? null,
            handedOverAt: values.handedOverAt.format('YYYY-MM-DD'),
            receivedById: values.receivedById ?? null,
            note: values.note?.trim() || null,
            items,
          },
        },
        refetchQueries: ['Stock', 'HandoverList'],
      });
      const saved = result.data!.handOver;
      void message.success(t('handover.saved', { recordNo: saved.recordNo }));
      navigate(`handovers/${saved.id}`, { replace: true });
    } catch (error) {
      if (hasErrorCode(error, 'OUT_OF_STOCK')) {
        setFormError(t('handover.outOfStock'));
        void available.refetch();
      } else setFormError(applyGraphQLErrors(form, error));
    }
  };

  return (
    <Card title={t('handover.title')} style={{ maxWidth: 860 }}>
      <FormErrorAlert message={formError} />
      <Form<HandOverValues>
        form={form}
        layout="vertical"
        name="handover"
        initialValues={{ handedOverAt: dayjs(), quantities: {} }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => 'recipientUnitId' in changed && form.setFieldsValue({ receivedById: undefined, quantities: {} })}
      >
        <Flex gap={16} wrap>
          <Form.Item name="recipientUnitId" label={t('handover.recipient')} rules={[{ required: true, message: t('handover.recipientRequired') }]} style={{ flex: 1, minWidth: 320 }}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="handedOverAt" label={t('handover.date')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Flex>
        <Form.Item name="receivedById" label={t('handover.receivedBy')}>
          <PersonSelect unitId={recipientUnitId} disabled={!recipientUnitId} allowClear first={50} placeholder={t('handover.pickPerson')} />
        </Form.Item>
        {recipientUnitId && !available.loading && lines.length === 0 && <Alert type="warning" showIcon title={t('handover.nothingAvailable')} style={{ marginBottom: 16 }} />}
        {lines.length > 0 && (
          <>
            <Typography.Paragraph>{t('handover.available', { store: lines[0].holder?.name ?? t('stock.central') })}</Typography.Paragraph>
            <Table
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
                      name={['quantities', l.category]}
                      noStyle={false}
                      style={{ margin: 0 }}
                      rules={[{ type: 'number', max: l.available, message: t('handover.maxAvailable', { count: l.available }) }]}
                    >
                      <InputNumber min={0} max={l.available} precision={0} disabled={l.available === 0} aria-label={`${t('handover.quantity')} ${t(`categories.${l.category}`)}`} />
                    </Form.Item>
                  ),
                },
              ]}
            />
          </>
        )}
        <Form.Item name="note" label={t('handover.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving.loading} disabled={lines.length === 0}>
          {t('handover.submit')}
        </Button>
      </Form>
    </Card>
  );
}
