import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, useDeskNavigate, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CATEGORIES } from '../components/categories';
import { wholeIn } from '../components/numberRules';
import { DonorListDocument, RecordDonationDocument, type ItemCategory } from '../graphql/generated/graphql';

interface LineValues {
  category: ItemCategory;
  description: string;
  quantity: number;
  serialNumbers?: string[];
  estimatedValueVnd?: number | null;
}

interface DonationValues {
  donorId: string;
  receivedAt: Dayjs;
  unitId?: string;
  note?: string;
  items: LineValues[];
}

/** Records a gift with its item lines; the items go into the store of the chosen unit. */
export function RecordDonationPage() {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  // One key per opened form: Enter in a date field then a click sends the same key, so one donation is recorded.
  const [requestKey] = useState(() => crypto.randomUUID());
  const donors = useQuery(DonorListDocument, { variables: { first: 100 } });
  const [record] = useMutation(RecordDonationDocument);
  const { formProps, formError, submitting } = useGraphQLForm<DonationValues>({
    onSubmit: (values) =>
      record({
        variables: {
          input: {
            requestKey,
            donorId: values.donorId,
            receivedAt: values.receivedAt.format('YYYY-MM-DD'),
            unitId: values.unitId ?? null,
            note: values.note?.trim() || null,
            items: values.items.map((l) => ({
              ...l,
              description: l.description.trim(),
              serialNumbers: l.serialNumbers ?? [],
              estimatedValueVnd: l.estimatedValueVnd ?? null,
            })),
          },
        },
        refetchQueries: ['Stock', 'DonationList'],
      }),
    onSaved: () => {
      void message.success(t('donations.saved'));
      navigate('stock', { replace: true });
    },
  });

  return (
    <Card title={t('donations.title')} style={{ maxWidth: 960 }}>
      <FormErrorAlert message={formError} />
      <Form<DonationValues>
        {...formProps}
        layout="vertical"
        name="donation"
        initialValues={{ receivedAt: dayjs(), items: [{ category: 'COMPUTER', quantity: 1 }] }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="donorId"
            label={t('donations.donor')}
            rules={[{ required: true, message: t('donations.donorRequired') }]}
            style={{ minWidth: 320, flex: 1 }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={donors.loading}
              options={(donors.data?.donors.nodes ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item
            name="receivedAt"
            label={t('donations.receivedAt')}
            rules={[{ required: true, message: t('donations.dateRequired') }]}
          >
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('donations.store')}
            extra={t('donations.storeHint')}
            style={{ minWidth: 280, flex: 1 }}
          >
            <UnitSelect allowClear />
          </Form.Item>
        </Flex>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item
                    name={[field.name, 'category']}
                    label={t('donations.category')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      style={{ width: 190 }}
                      options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'description']}
                    label={t('donations.description')}
                    rules={[
                      { required: true, whitespace: true, message: t('donations.descriptionRequired') },
                    ]}
                    style={{ flex: 1, minWidth: 200 }}
                  >
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'quantity']}
                    label={t('donations.quantity')}
                    rules={[
                      { required: true, message: t('donations.quantityRange') },
                      { validator: wholeIn(1, 100_000, t('donations.quantityRange')) },
                    ]}
                  >
                    {/* No min/precision: antd would silently round 1.5 or raise 0; the rule says what is wrong. */}
                    <InputNumber style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'serialNumbers']}
                    label={t('donations.serials')}
                    style={{ minWidth: 200 }}
                  >
                    <Select
                      mode="tags"
                      open={false}
                      placeholder={t('donations.serialsHint')}
                      tokenSeparators={[',', ' ']}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'estimatedValueVnd']}
                    label={t('donations.value')}
                    rules={[{ validator: wholeIn(0, 2_000_000_000, t('donations.valueRange')) }]}
                  >
                    <InputNumber step={1_000_000} style={{ width: 160 }} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('donations.removeLine')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ category: 'PRINTER', quantity: 1 })}
                style={{ marginBottom: 16 }}
              >
                {t('donations.addLine')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('donations.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('common:actions.save')}
        </Button>
      </Form>
    </Card>
  );
}
