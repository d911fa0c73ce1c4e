import { Form, InputNumber } from 'antd';
import { useTranslation } from '@dx/i18n';

/** The month's criteria and the most points each earns (the server checks the same). */
export const CRITERIA = [
  { criterion: 'TASKS_ON_TIME', max: 40 },
  { criterion: 'TRAINING', max: 30 },
  { criterion: 'DIGITAL_TOOLS', max: 30 },
] as const;
export type ScoreValues = Record<(typeof CRITERIA)[number]['criterion'], number>;

export const toScoreInput = (values: ScoreValues) =>
  CRITERIA.map(({ criterion }) => ({ criterion, points: Number(values[criterion]) }));

export const fromScores = (scores: { criterion: string; points: number }[] | null | undefined) =>
  Object.fromEntries((scores ?? []).map((s) => [s.criterion, s.points])) as Partial<ScoreValues>;

export function ScoreFields() {
  const { t } = useTranslation('evaluation');
  return (
    <>
      {CRITERIA.map(({ criterion, max }) => (
        <Form.Item
          key={criterion}
          name={criterion}
          label={t('rating.criterionMax', { criterion: t(`criteria.${criterion}`), max })}
          rules={[{ required: true, message: t('rating.pointsRequired') }]}
        >
          <InputNumber min={0} max={max} precision={0} style={{ width: 140 }} />
        </Form.Item>
      ))}
    </>
  );
}
