import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { applyGraphQLErrors, DeskLink, FormErrorAlert, UnitSelect } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { currentMonth, shiftMonth } from '../components/format';
import { figureRule, indicatorFieldErrors, totalRule } from '../components/numberRules';
import {
  IndicatorReportDocument,
  IndicatorsDocument,
  RecordIndicatorValueDocument,
} from '../graphql/generated/graphql';

/** Stops the save at the first refused figure (its message is already beside it). */
class FigureRefused extends Error {}

interface EntryValues {
  unitId: string;
  month: string;
  [figure: string]: number | string | undefined;
}

/**
 * A unit's figures for one month, one line per indicator. Figures already entered are shown and
 * corrected with the version they were read at, so two people correcting at once cannot overwrite.
 */
export function IndicatorEntryPage() {
  const { t } = useTranslation('tasks');
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const unitId = Form.useWatch('unitId', form);
  const month = Form.useWatch('month', form) ?? shiftMonth(currentMonth(), -1);
  const indicators = useQuery(IndicatorsDocument).data?.indicators ?? [];
  const existing = useQuery(IndicatorReportDocument, {
    variables: { month, unitId },
    skip: !unitId || !/^\d{4}-\d{2}$/.test(month),
  });
  const [record, { loading }] = useMutation(RecordIndicatorValueDocument);
  const entered = new Map(
    (existing.data?.indicatorReport.values ?? [])
      .filter((v) => v.unit?.id === unitId)
      .map((v) => [v.indicator.id, v]),
  );

  const submit = async (values: EntryValues) => {
    setFormError(null);
    try {
      for (const indicator of indicators) {
        const numerator = values[`n_${indicator.id}`];
        if (numerator === undefined || numerator === null || numerator === '') continue;
        const denominator = values[`d_${indicator.id}`];
        await recordOne(indicator.id, {
          variables: {
            input: {
              indicatorId: indicator.id,
              unitId: values.unitId,
              month: values.month,
              numerator: Number(numerator),
              denominator:
                denominator === undefined || denominator === null || denominator === ''
                  ? null
                  : Number(denominator),
              version: entered.get(indicator.id)?.version ?? null,
            },
          },
        });
      }
      void message.success(t('indicators.saved'));
      await existing.refetch();
    } catch (error) {
      // A refused figure is said beside it; anything else above the form.
      if (!(error instanceof FigureRefused)) setFormError(applyGraphQLErrors(form, error));
    }
  };

  /** One indicator's figures; a refusal of `numerator`/`denominator` lands on this indicator's field. */
  const recordOne = async (indicatorId: string, options: Parameters<typeof record>[0]) => {
    try {
      await record(options);
    } catch (error) {
      const onFields = indicatorFieldErrors(error, indicatorId);
      if (onFields.length === 0) throw error;
      form.setFields(onFields);
      throw new FigureRefused();
    }
  };

  return (
    <Card
      title={t('indicators.entryTitle')}
      extra={<DeskLink to="indicators">{t('indicators.backToReport')}</DeskLink>}
    >
      <FormErrorAlert message={formError} />
      <Form<EntryValues>
        form={form}
        layout="vertical"
        name="figures"
        initialValues={{ month }}
        onFinish={(v) => void submit(v)}
        style={{ maxWidth: 860 }}
      >
        <Space wrap align="start">
          <Form.Item
            name="unitId"
            label={t('fields.unit')}
            rules={[{ required: true, message: t('indicators.unitRequired') }]}
          >
            <UnitSelect />
          </Form.Item>
          <Form.Item
            name="month"
            label={t('indicators.month')}
            rules={[
              { required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: t('indicators.monthFormat') },
            ]}
          >
            <Input placeholder="YYYY-MM" dir="ltr" style={{ width: 140 }} />
          </Form.Item>
        </Space>
        {indicators.map((indicator) => {
          const current = entered.get(indicator.id);
          return (
            <Card
              key={`${indicator.id}-${unitId}-${month}-${current?.version ?? 0}`}
              size="small"
              style={{ marginBottom: 12 }}
              title={indicator.name}
            >
              <Space wrap align="start">
                <Form.Item
                  name={`n_${indicator.id}`}
                  label={indicator.numeratorLabel ?? t('indicators.numerator')}
                  initialValue={current?.numerator}
                  rules={[figureRule()]}
                >
                  <InputNumber
                    addonAfter={indicator.measure === 'COUNT' ? indicator.unitOfMeasure : undefined}
                  />
                </Form.Item>
                {indicator.measure === 'PERCENT' && (
                  <Form.Item
                    name={`d_${indicator.id}`}
                    label={indicator.denominatorLabel ?? t('indicators.denominator')}
                    initialValue={current?.denominator ?? undefined}
                    rules={[totalRule()]}
                  >
                    <InputNumber />
                  </Form.Item>
                )}
                {current && (
                  <Typography.Text type="secondary">
                    {t('indicators.current', { value: current.value ?? '—' })}
                  </Typography.Text>
                )}
              </Space>
            </Card>
          );
        })}
        <Button type="primary" htmlType="submit" loading={loading} disabled={!unitId}>
          {t('common:actions.save')}
        </Button>
      </Form>
    </Card>
  );
}
