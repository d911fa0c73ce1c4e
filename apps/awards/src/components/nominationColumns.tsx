import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { NominationFieldsFragment } from '../graphql/generated/graphql';
import { formatScore } from './format';
import { StatusTag } from './Tags';
import { formatDay } from '@dx/design-system';

export type NominationRow = NominationFieldsFragment;

/** The columns every list of nominations shares: who, by whom, where it stands, its score. */
export function nominationColumns(t: TFunction): ColumnsType<NominationRow> {
  return [
    {
      title: t('nominations.nominee'),
      key: 'nominee',
      render: (_, n) => (
        <>
          <Tag>{t(`kind.${n.kind}`)}</Tag>
          <Typography.Text strong>{n.nomineeName}</Typography.Text>
          {n.nomineePerson && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {[n.nomineePerson.position, n.nomineePerson.unit.name].filter(Boolean).join(' — ')}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: t('nominations.nominatingUnit'), key: 'by', render: (_, n) => n.nominatingUnit?.name },
    { title: t('nominations.status'), key: 'status', render: (_, n) => <StatusTag status={n.status} /> },
    {
      title: t('nominations.score'),
      key: 'score',
      render: (_, n) =>
        formatScore(n.averageScore) ?? (
          <Typography.Text type="secondary">{t('nominations.notReviewed')}</Typography.Text>
        ),
    },
    { title: t('nominations.reviews'), dataIndex: 'reviewCount', key: 'reviews' },
    {
      title: t('nominations.decision'),
      key: 'decision',
      render: (_, n) => n.decisionNo && <bdi dir="ltr">{`${n.decisionNo} · ${formatDay(n.decidedOn)}`}</bdi>,
    },
  ];
}

export const nominationCsvColumns = (t: TFunction) => [
  { title: t('nominations.kind'), value: (n: NominationRow) => t(`kind.${n.kind}`) },
  { title: t('nominations.nominee'), value: (n: NominationRow) => n.nomineeName },
  { title: t('nominations.nominatingUnit'), value: (n: NominationRow) => n.nominatingUnit?.name },
  { title: t('nominations.status'), value: (n: NominationRow) => t(`status.${n.status}`) },
  { title: t('nominations.score'), value: (n: NominationRow) => formatScore(n.averageScore) },
  { title: t('nominations.decision'), value: (n: NominationRow) => n.decisionNo },
  { title: t('nominations.achievements'), value: (n: NominationRow) => n.achievements },
];
