import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { DayPicker, EntityFormModal, UnitSelect, useDeskNavigate } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { CreateCampaignDocument, type MetricAggregation } from '../graphql/generated/graphql';

interface MetricValues {
  code: string;
  name: string;
  unitOfMeasure: string;
  aggregation: MetricAggregation;
  baseline?: number | null;
  target?: number | null;
  countsPeople?: boolean;
}

interface CampaignFormValues {
  title: string;
  description?: string;
  unitId: string;
  startsOn: string;
  endsOn: string;
  participatingUnitIds?: string[];
  metrics: MetricValues[];
}

const AGGREGATIONS: MetricAggregation[] = ['SUM', 'LATEST'];
const blankMetric: Partial<MetricValues> = { aggregation: 'SUM', countsPeople: false };

/** A number the server accepts (0 or more): said beside the field, never corrected on blur. */
const notNegative = (message: string) => ({ type: 'number' as const, min: 0, message });

/** Sets a campaign up: title, owning unit, dates, participating units and its metrics. */
export function CampaignFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('campaigns');
  const navigate = useDeskNavigate();
  const [create] = useMutation(CreateCampaignDocument);
  return (
    <EntityFormModal<CampaignFormValues>
      title={t('create.campaignTitle')}
      name="campaign"
      namespace="campaigns"
      width={860}
      initialValues={{ metrics: [blankMetric as MetricValues] }}
      successMessage={t('common:state.created')}
      onClose={(saved) => {
        onClose();
        const id = (saved as { id?: string } | undefined)?.id;
        if (id) navigate(id);
      }}
      onSubmit={async (v) => {
        const { data } = await create({
          variables: {
            input: {
              title: v.title.trim(),
              description: v.description?.trim() || null,
              unitId: v.unitId,
              startsOn: v.startsOn,
              endsOn: v.endsOn,
              participatingUnitIds: v.participatingUnitIds ?? [],
              metrics: v.metrics.map((m) => ({
                code: m.code.trim(),
                name: m.name.trim(),
                unitOfMeasure: m.unitOfMeasure.trim(),
                aggregation: m.aggregation,
                baseline: m.baseline ?? null,
                target: m.target ?? null,
                countsPeople: !!m.countsPeople,
              })),
            },
          },
          refetchQueries: ['CampaignList'],
        });
        return data?.createCampaign;
      }}
    >
      <Form.Item
        name="title"
        label={t('create.title')}
        rules={[{ required: true, whitespace: true, min: 3, message: t('create.titleRequired') }]}
      >
        <Input autoFocus maxLength={300} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('create.unit')}
        rules={[{ required: true, message: t('create.unitRequired') }]}
      >
        <UnitSelect />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startsOn"
            label={t('create.startsOn')}
            rules={[{ required: true, message: t('create.datesRequired') }]}
          >
            <DayPicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endsOn"
            label={t('create.endsOn')}
            dependencies={['startsOn']}
            rules={[
              { required: true, message: t('create.datesRequired') },
              ({ getFieldValue }) => ({
                validator: (_, end?: string) => {
                  const start = getFieldValue('startsOn') as string | undefined;
                  return !end || !start || end >= start
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('errors:campaignEndsBeforeStart')));
                },
              }),
            ]}
          >
            <DayPicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="participatingUnitIds" label={t('create.participants')}>
        <UnitSelect mode="multiple" />
      </Form.Item>
      <Form.Item name="description" label={t('create.description')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.List name="metrics">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                data-testid={`metric-${index}`}
                title={t('create.metric', { n: index + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('create.removeMetric', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Row gutter={12}>
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[field.name, 'code']}
                      label={t('create.metricCode')}
                      rules={[
                        { required: true, message: t('create.metricCodeRequired') },
                        { pattern: /^[A-Z][A-Z0-9_]{1,39}$/, message: t('create.metricCodeFormat') },
                      ]}
                    >
                      <Input dir="ltr" maxLength={40} placeholder="VNEID_L2" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={16}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('create.metricName')}
                      rules={[{ required: true, whitespace: true, message: t('create.metricNameRequired') }]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item
                      name={[field.name, 'unitOfMeasure']}
                      label={t('create.unitOfMeasure')}
                      rules={[
                        { required: true, whitespace: true, message: t('create.unitOfMeasureRequired') },
                      ]}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item name={[field.name, 'aggregation']} label={t('create.aggregation')}>
                      <Select
                        options={AGGREGATIONS.map((a) => ({
                          value: a,
                          label: t(`create.aggregations.${a}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item
                      name={[field.name, 'baseline']}
                      label={t('create.baseline')}
                      rules={[notNegative(t('create.notNegative'))]}
                    >
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={6}>
                    <Form.Item
                      name={[field.name, 'target']}
                      label={t('create.target')}
                      rules={[notNegative(t('create.notNegative'))]}
                    >
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[field.name, 'countsPeople']} valuePropName="checked" noStyle>
                  <Checkbox>{t('create.countsPeople')}</Checkbox>
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(blankMetric)} disabled={fields.length >= 30}>
              {t('create.addMetric')}
            </Button>
          </>
        )}
      </Form.List>
    </EntityFormModal>
  );
}
