import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { EntityFormModal } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { PICKER_FORMAT } from './format';
import { wholeIn } from './wholeIn';
import { CreateAwardRoundDocument, type RoundFieldsFragment } from '../graphql/generated/graphql';

interface RoundFormValues {
  title: string;
  occasion?: string;
  window: [Dayjs, Dayjs];
  collectiveQuota?: number | null;
  individualQuota?: number | null;
  minReviews?: number;
  criteria?: { name: string; weight: number }[];
}

/** Opens a round for the caller's unit: title, window, quotas and weighted criteria. */
export function CreateRoundModal({ onClose }: { onClose: (round?: RoundFieldsFragment) => void }) {
  const { t } = useTranslation('awards');
  const [createRound] = useMutation(CreateAwardRoundDocument);

  const save = async (values: RoundFormValues) =>
    (
      await createRound({
        variables: {
          input: {
            title: values.title.trim(),
            occasion: values.occasion?.trim() || null,
            opensAt: values.window[0].format('YYYY-MM-DD'),
            closesAt: values.window[1].format('YYYY-MM-DD'),
            collectiveQuota: values.collectiveQuota ?? null,
            individualQuota: values.individualQuota ?? null,
            minReviews: values.minReviews ?? 1,
            criteria: (values.criteria ?? [])
              .filter((c) => c?.name?.trim())
              .map((c) => ({ name: c.name.trim(), weight: c.weight })),
          },
        },
        refetchQueries: ['AwardRounds'],
      })
    ).data?.createAwardRound;

  return (
    <EntityFormModal<RoundFormValues>
      title={t('rounds.createTitle')}
      name="round"
      namespace="awards"
      width={640}
      successMessage={t('common:state.created')}
      initialValues={{ minReviews: 1 }}
      onSubmit={save}
      onClose={(saved) => onClose(saved as RoundFieldsFragment | undefined)}
    >
      <Form.Item
        name="title"
        label={t('rounds.title')}
        rules={[{ required: true, whitespace: true, message: t('rounds.titleRequired') }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="occasion" label={t('rounds.occasion')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="window"
        label={t('rounds.window')}
        rules={[{ required: true, message: t('rounds.datesRequired') }]}
      >
        <DatePicker.RangePicker format={PICKER_FORMAT} />
      </Form.Item>
      <Space wrap>
        <Form.Item
          name="collectiveQuota"
          label={t('rounds.collectiveQuota')}
          extra={t('rounds.noLimitHint')}
          rules={[{ validator: wholeIn(1, 10_000, t('rounds.quotaRange')) }]}
        >
          <InputNumber />
        </Form.Item>
        <Form.Item
          name="individualQuota"
          label={t('rounds.individualQuota')}
          extra={t('rounds.noLimitHint')}
          rules={[{ validator: wholeIn(1, 10_000, t('rounds.quotaRange')) }]}
        >
          <InputNumber />
        </Form.Item>
        <Form.Item
          name="minReviews"
          label={t('manage.minReviews')}
          rules={[
            { required: true, message: t('manage.minReviewsRequired') },
            { validator: wholeIn(1, 20, t('manage.minReviewsRequired')) },
          ]}
        >
          <InputNumber />
        </Form.Item>
      </Space>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <Form.Item label={t('rounds.criteria')}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('rounds.criterionName') }]}
                >
                  <Input placeholder={t('rounds.criterionName')} aria-label={t('rounds.criterionName')} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'weight']}
                  initialValue={1}
                  rules={[
                    { required: true, message: t('rounds.weightRange') },
                    { validator: wholeIn(1, 100, t('rounds.weightRange')) },
                  ]}
                >
                  <InputNumber
                    aria-label={t('rounds.criterionWeight')}
                    addonBefore={t('rounds.criterionWeight')}
                  />
                </Form.Item>
                <MinusCircleOutlined
                  onClick={() => remove(field.name)}
                  aria-label={t('common:actions.cancel')}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('rounds.addCriterion')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </EntityFormModal>
  );
}
