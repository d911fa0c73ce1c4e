import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, applyGraphQLErrors } from '@dx/design-system';
import { apiErrors } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { DecideNominationDocument } from '../graphql/generated/graphql';
import type { NominationRow } from './nominationColumns';
import { PICKER_FORMAT } from './format';
import { useAwardsError } from './useAwardsError';

interface DecisionValues {
  decisionNo?: string;
  decidedOn: Dayjs;
}

/** Approves (with the decision number and date) or rejects one nomination. */
export function DecideModal({
  nomination,
  approved,
  onClose,
}: {
  nomination: NominationRow;
  approved: boolean;
  onClose: (decided: boolean) => void;
}) {
  const { t } = useTranslation('awards');
  const { message } = App.useApp();
  const describe = useAwardsError();
  const [form] = Form.useForm<DecisionValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DecideNominationDocument, {
    refetchQueries: ['Nominations', 'AwardRound'],
  });

  const submit = async (values: DecisionValues) => {
    setFormError(null);
    try {
      await decide({
        variables: {
          id: nomination.id,
          approved,
          decisionNo: values.decisionNo?.trim() || null,
          decidedOn: values.decidedOn.format('YYYY-MM-DD'),
        },
      });
      void message.success(approved ? t('ranking.approved') : t('ranking.rejected'));
      onClose(true);
    } catch (error) {
      const domain = apiErrors(error).some((e) => e.code !== 'BAD_USER_INPUT');
      setFormError(domain ? describe(error) : applyGraphQLErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={t('ranking.decideTitle', { name: nomination.nomineeName })}
      okText={approved ? t('ranking.approve') : t('ranking.reject')}
      okButtonProps={{ danger: !approved }}
      cancelText={t('common:actions.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <FormErrorAlert message={formError} />
      <Typography.Paragraph>
        {approved ? t('ranking.approveQuestion') : t('ranking.reject')}
      </Typography.Paragraph>
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        name="decision"
        initialValues={{ decidedOn: dayjs() }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="decisionNo"
          label={t('ranking.decisionNo')}
          extra={t('ranking.decisionNoHelp')}
          rules={
            approved ? [{ required: true, whitespace: true, message: t('ranking.decisionNoRequired') }] : []
          }
        >
          <Input autoFocus maxLength={80} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('ranking.decidedOn')} rules={[{ required: true }]}>
          <DatePicker format={PICKER_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
