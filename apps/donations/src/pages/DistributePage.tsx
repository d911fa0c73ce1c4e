import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  InputNumber,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormErrorAlert, UnitSelect, useDeskNavigate } from '@dx/design-system';
import { describeError } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import {
  DistributeToTeamsDocument,
  PeopleOfUnitDocument,
  StockDocument,
  StorePiecesDocument,
  UnitOptionsDocument,
  type ItemCategory,
} from '../graphql/generated/graphql';
import { proposeSerials } from '../stores/proposeSerials';
import { useStores } from '../stores/StoreLines';
import { StoreSelect } from '../stores/StoreSelect';

/** The team leader is the first person recorded in a team. */
function leadersByTeam(people: { id: string; unit: { id: string } }[]): Map<string, string> {
  const leaders = new Map<string, string>();
  for (const p of [...people].sort((a, b) => Number(a.id) - Number(b.id)))
    if (!leaders.has(p.unit.id)) leaders.set(p.unit.id, p.id);
  return leaders;
}

/** A quantity a person typed: a whole number, zero or more (never rounded or raised for them). */
const isWholeCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * "One of each to every team": the same items from one store to every community team of a ward, all or
 * nothing. Serialled items go by name: each team is proposed the next pieces in serial order, and the
 * desk can change any team's pick before handing over.
 */
export function DistributePage() {
  const { t } = useTranslation('donations');
  const { message } = App.useApp();
  const navigate = useDeskNavigate();
  const [storeId, setStoreId] = useState<string>();
  const [wardId, setWardId] = useState<string>();
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [perTeam, setPerTeam] = useState<Partial<Record<ItemCategory, number | null>>>({
    COMPUTER: 1,
    PRINTER: 1,
    FURNITURE_SET: 1,
  });
  const [picked, setPicked] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const stock = useQuery(StockDocument, { variables: { byStore: true }, fetchPolicy: 'network-only' });
  const stores = useStores(stock.data?.stock);
  const lines = stores.find((s) => s.id === storeId)?.lines ?? [];
  const pieces = useQuery(StorePiecesDocument, {
    variables: { storeUnitId: storeId, first: 100 },
    skip: !storeId,
    fetchPolicy: 'network-only',
  });
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
  const invalid = Object.values(perTeam).some((v) => v !== null && v !== undefined && !isWholeCount(v));
  const chosen = lines.filter((l) => isWholeCount(perTeam[l.category]) && perTeam[l.category]! > 0);
  const short = chosen.some((l) => perTeam[l.category]! * teams.length > l.available);
  const storePieces = (pieces.data?.equipmentPieces.nodes ?? []).filter((p) =>
    chosen.some((l) => l.category === p.category),
  );
  const proposal = proposeSerials(
    teams.map((team) => team.id),
    perTeam,
    storePieces,
  );
  const serialsOf = (teamId: string) => picked[teamId] ?? proposal[teamId] ?? [];
  const [distribute, running] = useMutation(DistributeToTeamsDocument);

  const submit = async () => {
    setFormError(null);
    try {
      const result = await distribute({
        variables: {
          input: {
            teams: teams.map((team) => ({
              unitId: team.id,
              receivedById: leaders.get(team.id) ?? null,
              serialNumbers: serialsOf(team.id),
            })),
            itemsPerTeam: chosen.map((l) => ({ category: l.category, quantity: perTeam[l.category]! })),
            handedOverAt: date.format('YYYY-MM-DD'),
            fromUnitId: storeId ?? null,
          },
        },
        refetchQueries: ['Stock', 'HandoverList'],
      });
      void message.success(t('distribute.done', { count: result.data?.distributeToTeams.length ?? 0 }));
      navigate('handovers', { replace: true });
    } catch (error) {
      setFormError(describeError(error, { namespace: 'donations' }));
      void stock.refetch();
      void pieces.refetch();
    }
  };

  return (
    <Card title={t('distribute.title')} style={{ maxWidth: 1100 }}>
      <Typography.Paragraph>{t('distribute.explain')}</Typography.Paragraph>
      <FormErrorAlert message={formError} />
      <Flex gap={16} wrap>
        <Form.Item
          label={t('stores.fromStore')}
          htmlFor="distribute_fromStore"
          extra={t('stores.fromStoreHint')}
          style={{ flex: 1, minWidth: 320 }}
        >
          <StoreSelect
            id="distribute_fromStore"
            stores={stores}
            value={storeId}
            onChange={(id) => {
              setStoreId(id);
              setPicked({});
            }}
          />
        </Form.Item>
        <Form.Item label={t('distribute.ward')} htmlFor="distribute_ward" style={{ flex: 1, minWidth: 320 }}>
          <UnitSelect
            id="distribute_ward"
            value={wardId}
            onChange={(id?: string) => {
              setWardId(id);
              setPicked({});
            }}
          />
        </Form.Item>
        <Form.Item label={t('handover.date')} htmlFor="distribute_date">
          <DatePicker
            id="distribute_date"
            value={date}
            onChange={(d) => d && setDate(d)}
            format="DD/MM/YYYY"
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </Flex>
      {wardId && !teamsQuery.loading && teams.length === 0 && (
        <Alert type="info" showIcon title={t('distribute.noTeams')} />
      )}
      {storeId && teams.length > 0 && (
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
                render: (_, l) => {
                  const value = perTeam[l.category];
                  const wrong = value !== null && value !== undefined && !isWholeCount(value);
                  return (
                    <Flex vertical gap={2}>
                      {/* No min/precision: antd would silently round 1.5 or raise -1; the message says what is wrong instead. */}
                      <InputNumber
                        value={value ?? null}
                        status={wrong ? 'error' : undefined}
                        aria-label={`${t('handover.quantity')} ${t(`categories.${l.category}`)}`}
                        onChange={(v) => {
                          setPerTeam({ ...perTeam, [l.category]: v });
                          setPicked({});
                        }}
                      />
                      {wrong && (
                        <Typography.Text type="danger">{t('distribute.wholeNumber')}</Typography.Text>
                      )}
                    </Flex>
                  );
                },
              },
              {
                title: t('stock.available'),
                key: 'need',
                render: (_, l) => {
                  const each = perTeam[l.category];
                  const needed = isWholeCount(each) ? each * teams.length : 0;
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
          {storePieces.length > 0 && (
            <Typography.Paragraph type="secondary">{t('distribute.serialsExplain')}</Typography.Paragraph>
          )}
          <div role="region" aria-label={t('distribute.teams', { count: teams.length })} tabIndex={0}>
            <Table
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={teams}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('handover.recipient'), dataIndex: 'name', key: 'name' },
                {
                  title: t('distribute.leader'),
                  key: 'leader',
                  render: (_, team) => names.get(leaders.get(team.id) ?? '') ?? '',
                },
                ...(storePieces.length > 0
                  ? [
                      {
                        title: t('stores.serials'),
                        key: 'serials',
                        render: (_: unknown, team: { id: string; name: string }) => (
                          <Select
                            mode="multiple"
                            style={{ minWidth: 260 }}
                            aria-label={`${t('stores.serials')} ${team.name}`}
                            value={serialsOf(team.id)}
                            options={storePieces.map((p) => ({
                              value: p.serial,
                              label: `${p.serial} · ${t(`categories.${p.category}`)}`,
                            }))}
                            onChange={(serials: string[]) => setPicked({ ...picked, [team.id]: serials })}
                          />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </div>
          <Button
            type="primary"
            style={{ marginTop: 16 }}
            disabled={chosen.length === 0 || short || invalid}
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
