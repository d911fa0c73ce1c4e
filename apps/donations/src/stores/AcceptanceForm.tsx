import { useMutation } from '@apollo/client/react';
import { App, Button, Card, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormErrorAlert, PersonSelect, useGraphQLForm } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { RecordHandoverAcceptanceDocument } from '../graphql/generated/graphql';

interface AcceptanceValues {
  signedById: string;
  signedOn: Dayjs;
  scanUrl?: string;
}

/** Records who signed the paper record for the recipient, when, and where its scan is. */
export function AcceptanceForm({
  handoverId,
  recipientUnitId,
  receivedById,
}: {
  handoverId: string;
  recipientUnitId: string;
  receivedById?: string | null;
}) {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const [accept] = useMutation(RecordHandoverAcceptanceDocument);
  const { formProps, formError, submitting } = useGraphQLForm<AcceptanceValues>({
    onSubmit: async (values) =>
      (
        await accept({
          variables: {
            id: handoverId,
            input: {
              signedById: values.signedById,
              signedOn: values.signedOn.format('YYYY-MM-DD'),
              scanUrl: values.scanUrl?.trim() || null,
            },
          },
        })
      ).data!.recordHandoverAcceptance,
    onSaved: () => void message.success(t('acceptance.saved')),
  });
  return (
    <Card title={t('acceptance.title')} style={{ maxWidth: 800, marginTop: 16 }}>
      <FormErrorAlert message={formError} />
      <Form<AcceptanceValues>
        {...formProps}
        layout="vertical"
        name="acceptance"
        initialValues={{ signedOn: dayjs(), signedById: receivedById ?? undefined }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="signedById"
            label={t('acceptance.signedBy')}
            rules={[{ required: true, message: t('acceptance.signedByRequired') }]}
            style={{ flex: 1, minWidth: 260 }}
          >
            <PersonSelect unitId={recipientUnitId} first={50} />
          </Form.Item>
          <Form.Item name="signedOn" label={t('acceptance.signedOn')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Flex>
        <Form.Item name="scanUrl" label={t('acceptance.scanUrl')} extra={t('acceptance.scanHint')}>
          <Input type="url" maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('acceptance.submit')}
        </Button>
      </Form>
    </Card>
  );
}
