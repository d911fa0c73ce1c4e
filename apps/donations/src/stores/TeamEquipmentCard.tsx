import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Flex, Form, Input, Select, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { ReturnEquipmentDocument, StockDocument, TeamEquipmentDocument } from '../graphql/generated/graphql';
import { useStores } from './StoreLines';
import { StoreSelect } from './StoreSelect';

interface ReturnValues {
  serialNumbers: string[];
  toUnitId: string;
  returnedAt: Dayjs;
  reason?: string;
}

/** What a team holds, and a return of some of its pieces to a store (by serial). */
export function TeamEquipmentCard() {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const [teamId, setTeamId] = useState<string>();
  const [requestKey, setRequestKey] = useState(() => crypto.randomUUID());
  const team = useQuery(TeamEquipmentDocument, {
    variables: { unitId: teamId ?? '' },
    skip: !teamId,
    fetchPolicy: 'network-only',
  });
  const stock = useQuery(StockDocument, { variables: { byStore: true } });
  const stores = useStores(stock.data?.stock);
  const [giveBack] = useMutation(ReturnEquipmentDocument);
  const { form, formProps, formError, submitting } = useGraphQLForm<ReturnValues>({
    onSubmit: async (values) =>
      (
        await giveBack({
          variables: {
            input: {
              requestKey,
              teamUnitId: teamId!,
              toUnitId: values.toUnitId,
              returnedAt: values.returnedAt.format('YYYY-MM-DD'),
              serialNumbers: values.serialNumbers,
              reason: values.reason?.trim() || null,
            },
          },
          refetchQueries: ['TeamEquipment', 'Stock', 'StockMovementList'],
        })
      ).data!.returnEquipment,
    onSaved: (saved) => {
      void message.success(t('stores.saved', { recordNo: (saved as { recordNo: string }).recordNo }));
      form.resetFields();
      setRequestKey(crypto.randomUUID());
    },
  });
  const held = team.data?.teamEquipment;
  return (
    <Card title={t('equipment.teamTitle')}>
      <div style={{ maxWidth: 420, marginBottom: 16 }}>
        {/* A real label: the picker does not pass aria-label on to its input. */}
        <label htmlFor="team-equipment-unit" style={{ display: 'block', marginBottom: 4 }}>
          {t('equipment.team')}
        </label>
        <UnitSelect
          id="team-equipment-unit"
          value={teamId}
          onChange={(v: string | undefined) => setTeamId(v)}
          aria-label={t('equipment.team')}
        />
      </div>
      {held && (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="category"
            dataSource={held.holdings}
            columns={[
              { title: t('stock.category'), key: 'c', render: (_, h) => t(`categories.${h.category}`) },
              { title: t('handover.quantity'), dataIndex: 'quantity', key: 'q', align: 'end' },
              {
                title: t('stores.serials'),
                key: 's',
                render: (_, h) =>
                  held.pieces
                    .filter((p) => p.category === h.category)
                    .map((p) => p.serial)
                    .join(', '),
              },
            ]}
          />
          {held.pieces.length > 0 && (
            <Form<ReturnValues>
              {...formProps}
              layout="vertical"
              name="return"
              initialValues={{ returnedAt: dayjs() }}
              style={{ marginTop: 16 }}
            >
              <FormErrorAlert message={formError} />
              <Flex gap={16} wrap>
                <Form.Item
                  name="serialNumbers"
                  label={t('equipment.returnSerials')}
                  rules={[{ required: true, message: t('stores.pickSerials') }]}
                  style={{ flex: 1, minWidth: 240 }}
                >
                  <Select
                    mode="multiple"
                    options={held.pieces.map((p) => ({ value: p.serial, label: `${p.serial} · ${p.model}` }))}
                  />
                </Form.Item>
                <Form.Item
                  name="toUnitId"
                  label={t('stores.toStore')}
                  rules={[{ required: true, message: t('stores.storeRequired') }]}
                  style={{ flex: 1, minWidth: 240 }}
                >
                  <StoreSelect stores={stores} />
                </Form.Item>
                <Form.Item name="returnedAt" label={t('stores.date')} rules={[{ required: true }]}>
                  <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                </Form.Item>
              </Flex>
              <Form.Item name="reason" label={t('stores.reason')}>
                <Input maxLength={500} />
              </Form.Item>
              <Button htmlType="submit" loading={submitting}>
                {t('equipment.returnSubmit')}
              </Button>
            </Form>
          )}
        </>
      )}
    </Card>
  );
}
