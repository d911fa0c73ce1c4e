import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, useDeskNavigate } from '@dx/design-system';
import { describeError } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import {
  AvailableForDocument,
  DistributeToTeamsDocument,
  PeopleOfUnitDocument,
  UnitOptionsDocument,
  type ItemCategory,
} from '../graphql/generated/graphql';

/** The team leader is the first person recorded in a team. */
function leadersByTeam(people: { id: string; unit: { id: string } }[]): Map<string, string> {
  const leaders = new Map<string, string>();
  for (const p of [...people].sort((a, b) => Number(a.id) - Number(b.id)))
    if (!leaders.has(p.unit.id)) leaders.set(p.unit.id, p.id);
  return leaders;
}

/** "One of each to every team": the same items to every community team of a ward, all or nothing. */
export function DistributePage() {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  const [wardId, setWardId] = useState<string>();
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [perTeam, setPerTeam] = useState<Partial<Record<ItemCategory, number>>>({
    COMPUTER: 1,
    PRINTER: 1,
    FURNITURE_SET: 1,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const teamsQuery = useQuery(UnitOptionsDocument, {
    variables: { kind: 'COMMUNITY_TEAM', first: 100 },
    skip: !wardId,
  });
  const teams = (teamsQuery.data?.units.nodes ?? []).filter((u) => wardId && u.path.includes(wardId));
  const people = useQuery(PeopleOfUnitDocument, {
    variables: { unitId: wardId, includeSubunits: true },
    skip: !wardId,
  });
  const leaders = leadersByTeam(people.data?.people.nodes ?? []);
  const names = new Map((people.data?.people.nodes ?? []).map((p) => [p.id, p.fullName]));
  const available = useQuery(AvailableForDocument, {
    variables: { recipientUnitId: teams[0]?.id ?? '' },
    skip: !teams[0],
    fetchPolicy: 'network-only',
  });
  const lines = available.data?.availableFor ?? [];
  const chosen = lines.filter((l) => (perTeam[l.category] ?? 0) > 0);
  const short = chosen.some((l) => (perTeam[l.category] ?? 0) * teams.length > l.available);
  const [distribute, running] = useMutation(DistributeToTeamsDocument);

  const submit = async () => {
    setFormError(null);
    try {
      const result = await distribute({
        variables: {
          input: {
            teams: teams.map((team) => ({ unitId: team.id, receivedById: leaders.get(team.id) ?? null })),
            itemsPerTeam: chosen.map((l) => ({ category: l.category, quantity: perTeam[l.category]! })),
            handedOverAt: date.format('YYYY-MM-DD'),
            fromUnitId: lines[0]?.holder?.id ?? null,
          },
        },
        refetchQueries: ['Stock', 'HandoverList'],
      });
      void message.success(t('distribute.done', { count: result.data?.distributeToTeams.length ?? 0 }));
      navigate('handovers', { replace: true });
    } catch (error) {
      setFormError(describeError(error));
      void available.refetch();
    }
  };

  return (
    <Card title={t('distribute.title')} style={{ maxWidth: 960 }}>
      <Typography.Paragraph>{t('distribute.explain')}</Typography.Paragraph>
      <FormErrorAlert message={formError} />
      <Flex gap={16} wrap>
        <Form.Item label={t('distribute.ward')} style={{ flex: 1, minWidth: 320 }}>
          <UnitSelect value={wardId} onChange={setWardId} />
        </Form.Item>
        <Form.Item label={t('handover.date')}>
          <DatePicker value={date} onChange={(d) => d && setDate(d)} format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
      </Flex>
      {wardId && !teamsQuery.loading && teams.length === 0 && (
        <Alert type="info" showIcon title={t('distribute.noTeams')} />
      )}
      {teams.length > 0 && (
        <>
          <Typography.Title level={5}>{t('distribute.itemsPerTeam')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="category"
            dataSource={lines}
            columns={[
              {
                title: t('stock.category'),
                key: 'category',
                render: (_, l) => t(`categories.${l.category}`),
              },
              {
                title: t('handover.quantity'),
                key: 'quantity',
                render: (_, l) => (
                  <InputNumber
                    min={0}
                    precision={0}
                    value={perTeam[l.category] ?? 0}
                    aria-label={`${t('handover.quantity')} ${t(`categories.${l.category}`)}`}
                    onChange={(v) => setPerTeam({ ...perTeam, [l.category]: v ?? 0 })}
                  />
                ),
              },
              {
                title: t('stock.available'),
                key: 'need',
                render: (_, l) => {
                  const needed = (perTeam[l.category] ?? 0) * teams.length;
                  return (
                    <Typography.Text type={needed > l.available ? 'danger' : undefined}>
                      {t('distribute.needed', { needed, available: l.available })}
                    </Typography.Text>
                  );
                },
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('distribute.teams', { count: teams.length })}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={teams}
            columns={[
              { title: t('handover.recipient'), dataIndex: 'name', key: 'name' },
              {
                title: t('distribute.leader'),
                key: 'leader',
                render: (_, team) => names.get(leaders.get(team.id) ?? '') ?? '',
              },
            ]}
          />
          <Button
            type="primary"
            style={{ marginTop: 16 }}
            disabled={chosen.length === 0 || short}
            loading={running.loading}
            onClick={() => void submit()}
          >
            {t('distribute.submit', { count: teams.length })}
          </Button>
        </>
      )}
    </Card>
  );
}
