import { useLazyQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, Input, Space, Timeline, Typography } from 'antd';
import { ErrorState, formatDay } from '@dx/design-system';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/categories';
import { EquipmentHistoryDocument } from '../graphql/generated/graphql';
import { TeamEquipmentCard } from '../stores/TeamEquipmentCard';

/** A serial's history (received from, transferred, handed to, returned, written off) and a team's equipment. */
export function EquipmentPage() {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const [find, found] = useLazyQuery(EquipmentHistoryDocument, { fetchPolicy: 'network-only' });
  const piece = found.data?.equipment;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('equipment.historyTitle')}>
        <Input.Search
          id="serial-search"
          aria-label={t('equipment.serial')}
          placeholder={t('equipment.serialHint')}
          enterButton={t('equipment.find')}
          style={{ maxWidth: 420 }}
          onSearch={(serial) => serial.trim() && void find({ variables: { serial: serial.trim() } })}
        />
        {found.error && <ErrorState error={found.error} />}
        {found.called && !found.loading && !piece && !found.error && (
          <Empty description={t('equipment.notFound')} />
        )}
        {piece && (
          <div data-testid="serial-history" style={{ marginTop: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('equipment.serial')}>
                <bdi>{piece.serial}</bdi>
              </Descriptions.Item>
              <Descriptions.Item label={t('equipment.model')}>{piece.model}</Descriptions.Item>
              <Descriptions.Item label={t('stock.category')}>
                {t(`categories.${piece.category}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('equipment.status')}>
                {t(`equipment.statuses.${piece.status}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('equipment.where')}>
                {piece.team?.name ?? piece.store?.name ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('equipment.value')}>
                {piece.estimatedValueVnd === null || piece.estimatedValueVnd === undefined
                  ? '—'
                  : formatNumber(piece.estimatedValueVnd, language)}
              </Descriptions.Item>
              <Descriptions.Item label={t('equipment.donor')}>{piece.donor?.name ?? '—'}</Descriptions.Item>
            </Descriptions>
            <Timeline
              style={{ marginTop: 24 }}
              items={piece.history.map((h) => ({
                children: (
                  <div>
                    <Typography.Text strong>{t(`equipment.events.${h.kind}`)}</Typography.Text> ·{' '}
                    {formatDay(h.occurredOn, language)}
                    <div>
                      {h.from?.name ?? (h.kind === 'RECEIVED' ? h.reason : '')} → {h.to?.name ?? ''}{' '}
                      {h.documentNo && <bdi>({h.documentNo})</bdi>}
                    </div>
                    {h.reason && h.kind !== 'RECEIVED' && (
                      <Typography.Text type="secondary">{h.reason}</Typography.Text>
                    )}
                  </div>
                ),
              }))}
            />
          </div>
        )}
      </Card>
      <TeamEquipmentCard />
    </Space>
  );
}
