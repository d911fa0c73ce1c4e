import { useMutation } from '@apollo/client/react';
import { DatePicker, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { DecideNominationDocument } from '../graphql/generated/graphql';
import type { NominationRow } from './nominationColumns';
import { PICKER_FORMAT } from './format';

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
  const [decide] = useMutation(DecideNominationDocument, {
    refetchQueries: ['Nominations', 'AwardRound'],
  });

  const save = async (values: DecisionValues) =>
    (
      await decide({
        variables: {
          id: nomination.id,
          approved,
          decisionNo: values.decisionNo?.trim() || null,
          decidedOn: values.decidedOn.format('YYYY-MM-DD'),
        },
      })
    ).data?.decideNomination ?? true;

  return (
    <EntityFormModal<DecisionValues>
      title={t('ranking.decideTitle', { name: nomination.nomineeName })}
      okText={approved ? t('ranking.approve') : t('ranking.reject')}
      name="decision"
      namespace="awards"
      successMessage={approved ? t('ranking.approved') : t('ranking.rejected')}
      initialValues={{ decidedOn: dayjs() }}
      onSubmit={save}
      onClose={(saved) => onClose(saved !== undefined)}
    >
      <Typography.Paragraph>
        {approved ? t('ranking.approveQuestion') : t('ranking.reject')}
      </Typography.Paragraph>
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
    </EntityFormModal>
  );
}
