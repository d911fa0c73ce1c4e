import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { DeskIcon } from '../components/DeskIcon';
import type { Desk } from '../desks';

/** Greeting, who the account is and for which unit, and the way into each desk it may use. */
export function HomePage({ desks }: { desks: Desk[] }) {
  const { t } = useTranslation('shell');
  const { session } = useSession();
  if (!session) return null;
  const { account } = session;
  const name = account.person?.fullName ?? account.username;
  return (
    <section data-testid="home">
      <Typography.Title level={2}>{t('home.greeting', { name })}</Typography.Title>
      <Descriptions column={1} size="small" style={{ maxWidth: 640, marginBottom: 24 }}>
        <Descriptions.Item label={t('home.roles')}>
          {account.roles.map((role) => (
            <Tag key={role} color="red">
              {t(`common:roles.${role}`)}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('home.scope')}>
          {account.scopeUnit?.name ?? t('home.everyUnit')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('home.desks')}</Typography.Title>
      {desks.length === 0 && <Typography.Paragraph>{t('home.noDesks')}</Typography.Paragraph>}
      <Row gutter={[16, 16]}>
        {desks.map((desk) => (
          <Col key={desk.name} xs={24} sm={12} lg={8}>
            <Link to={`/${desk.name}`} data-testid={`desk-card-${desk.name}`}>
              <Card hoverable style={{ height: '100%' }}>
                <Card.Meta
                  avatar={
                    <span style={{ fontSize: 28, color: '#c8102e' }}>
                      <DeskIcon name={desk.name} />
                    </span>
                  }
                  title={t(`desks.${desk.name}.title`)}
                  description={t(`desks.${desk.name}.description`)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  );
}
