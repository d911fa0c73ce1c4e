import { Card, Col, Row, Statistic, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from '@dx/i18n';
import type { CardName } from './cardOrder';
import type { DashboardData } from './operations';

type Unit = NonNullable<DashboardData['unit']>;

interface Figure {
  key: string;
  value: number | string;
  to: string;
}

function figuresOf(card: CardName, unit: Unit): Figure[] | null {
  const id = unit.id;
  switch (card) {
    case 'tasks': {
      const s = unit.taskSummary;
      return (
        s && [
          { key: 'overdue', value: s.overdue, to: `/tasks?unitId=${id}&overdue=true` },
          { key: 'dueThisWeek', value: s.dueThisWeek, to: `/tasks?unitId=${id}&due=week` },
          { key: 'open', value: s.open, to: `/tasks?unitId=${id}` },
          { key: 'doneThisMonth', value: s.doneThisMonth, to: `/tasks?unitId=${id}&status=DONE` },
        ]
      );
    }
    case 'training': {
      const s = unit.trainingSummary;
      return (
        s && [
          { key: 'sessionsThisWeek', value: s.sessionsThisWeek, to: '/training/sessions' },
          { key: 'waitlisted', value: s.waitlisted, to: '/training/sessions' },
          {
            key: 'trainedRate',
            value: `${Math.round(s.rate * 100)}%`,
            to: `/training/progress?unitId=${id}`,
          },
        ]
      );
    }
    case 'stock': {
      const s = unit.stockSummary;
      return (
        s && [
          { key: 'available', value: s.available, to: '/donations/stock' },
          {
            key: 'handedOverThisYear',
            value: s.handedOverThisYear,
            to: `/donations/handovers?recipientUnitId=${id}`,
          },
        ]
      );
    }
    case 'awards': {
      const s = unit.awardsSummary;
      return (
        s && [
          { key: 'awaitingReview', value: s.awaitingReview, to: '/awards' },
          { key: 'openRounds', value: s.openRounds, to: '/awards' },
        ]
      );
    }
  }
}

/** One card per subgraph; a card whose subgraph did not answer says so, the others keep working. */
export function SummaryCards({
  unit,
  order,
  unavailable,
}: {
  unit: Unit;
  order: CardName[];
  unavailable: boolean;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
      {order.map((card) => {
        const figures = figuresOf(card, unit);
        return (
          <Col key={card} xs={24} sm={12} xl={6}>
            <Card
              title={t(`cards.${card}`)}
              data-testid={`summary-${card}`}
              size="small"
              style={{ height: '100%' }}
            >
              {figures ? (
                <Row gutter={[8, 8]}>
                  {figures.map((f) => (
                    <Col key={f.key} span={12}>
                      <Link to={f.to} data-testid={`figure-${card}-${f.key}`}>
                        <Statistic title={t(`figures.${f.key}`)} value={f.value} />
                      </Link>
                    </Col>
                  ))}
                </Row>
              ) : (
                <Tag color={unavailable ? 'warning' : 'default'} data-testid={`summary-${card}-unavailable`}>
                  {t(unavailable ? 'unavailable' : 'nothingToShow')}
                </Tag>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
