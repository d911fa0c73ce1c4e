import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { DeskLink, ErrorState, LoadingState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { UnitDetailDocument, type UnitFieldsFragment } from '../graphql/generated/graphql';
import { UnitFormModal } from './UnitFormModal';

export interface UnitDetailsProps {
  unitId: string;
  onChildCreated: (child: UnitFieldsFragment) => void;
}

export function UnitDetails({ unitId, onChildCreated }: UnitDetailsProps) {
  const { t } = useTranslation('directory');
  const { data, loading, error, refetch } = useQuery(UnitDetailDocument, { variables: { id: unitId } });
  const [form, setForm] = useState<'rename' | 'child' | null>(null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  const unit = data?.unit;
  if (!unit) return null;
  return (
    <Card title={unit.name} size="small" data-testid="unit-details">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('units.code')}>
          <bdi>{unit.code}</bdi>
        </Descriptions.Item>
        <Descriptions.Item label={t('units.kind')}>{t(`common:unitKinds.${unit.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('units.parent')}>{unit.parent?.name ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginTop: 12 }}>
        <DeskLink to={`people?unitId=${unit.id}&includeSubunits=true`}>
          <Button icon={<TeamOutlined />}>{t('units.people')}</Button>
        </DeskLink>
        <Button onClick={() => setForm('rename')}>{t('units.rename')}</Button>
        <Button type="primary" onClick={() => setForm('child')}>
          {t('units.createChild')}
        </Button>
      </Space>
      {form && (
        <UnitFormModal
          parent={form === 'child' ? unit : undefined}
          unit={form === 'rename' ? unit : undefined}
          onClose={(saved) => {
            setForm(null);
            if (saved && form === 'child') onChildCreated(saved);
          }}
        />
      )}
    </Card>
  );
}
