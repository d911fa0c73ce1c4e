import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, InputNumber, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, formatDay, todayInVietnam } from '@dx/design-system';
import { apiErrors, describeError, useSession } from '@dx/graphql-client';
import { useLanguage, useTranslation } from '@dx/i18n';
import { formatNumber } from '../components/format';
import { readPending, withEntry, withoutEntry, writePending, type PendingEntry } from '../domain/pending';
import {
  CampaignDetailDocument,
  CampaignTalliesDocument,
  CorrectTallyDocument,
  RecordTallyDocument,
} from '../graphql/generated/graphql';

const yesterdayOf = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** A team enters today's figures on a phone: big inputs, yesterday beside them, nothing lost offline. */
export function QuickEntryPage() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation('campaigns');
  const { language } = useLanguage();
  const { session } = useSession();
  const today = todayInVietnam();
  const yesterday = yesterdayOf(today);
  const detail = useQuery(CampaignDetailDocument, { variables: { id: campaignId } });
  const participants = detail.data?.campaign?.participatingUnits ?? [];
  const ownUnit = participants.find((u) => u.id === session?.account.scopeUnit?.id)?.id;
  const [chosenUnit, setChosenUnit] = useState<string | undefined>();
  const unitId = chosenUnit ?? ownUnit;
  const tallies = useQuery(CampaignTalliesDocument, {
    variables: { campaignId, unitId, fromDay: yesterday, toDay: today, first: 100 },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const [record] = useMutation(RecordTallyDocument);
  const [correct] = useMutation(CorrectTallyDocument);
  const [values, setValues] = useState<Record<string, number | null>>({});
  const [pending, setPending] = useState<PendingEntry[]>(() => readPending());
  const [result, setResult] = useState<{ type: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  const figures = useMemo(() => {
    const of = (day: string, code: string) =>
      tallies.data?.campaignTallies.nodes.find((n) => n.day === day && n.metricCode === code && !n.point);
    return { of };
  }, [tallies.data]);

  const sendOne = useCallback(
    async (entry: PendingEntry) => {
      if (entry.tallyId && entry.version) {
        await correct({
          variables: {
            id: entry.tallyId,
            version: entry.version,
            value: entry.value,
            reason: t('entry.sameDayReason'),
          },
        });
      } else {
        const { day, unitId: unit, metricCode, value } = entry;
        await record({
          variables: { input: { campaignId: entry.campaignId, day, unitId: unit, metricCode, value } },
        });
      }
    },
    [correct, record, t],
  );

  /** Sends what is waiting; what fails for want of a network stays on the device. */
  const flush = useCallback(
    async (entries: PendingEntry[]) => {
      setSending(true);
      let left = readPending();
      let refused: unknown = null;
      for (const entry of entries) {
        left = withEntry(left, entry);
        try {
          await sendOne(entry);
          left = withoutEntry(left, entry);
        } catch (error) {
          if (apiErrors(error).length > 0) {
            left = withoutEntry(left, entry); // refused by the server: keeping it would not help
            refused = error;
          }
        }
      }
      writePending(left);
      setPending(left);
      setSending(false);
      await tallies.refetch().catch(() => undefined);
      if (refused) setResult({ type: 'error', text: describeError(refused, { namespace: 'campaigns' }) });
      else if (left.length) setResult({ type: 'warning', text: t('entry.keptOffline', { n: left.length }) });
      else setResult({ type: 'success', text: t('entry.sent') });
    },
    [sendOne, tallies, t],
  );

  useEffect(() => {
    const retry = () => {
      const waiting = readPending();
      if (waiting.length) void flush(waiting);
    };
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [flush]);

  if (detail.loading && !detail.data) return <LoadingState />;
  if (detail.error) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const campaign = detail.data?.campaign;
  if (!campaign) return <EmptyState description={t('notFound')} />;

  const submit = () => {
    const entries: PendingEntry[] = campaign.metrics.flatMap((m) => {
      const value = values[m.code];
      if (value === null || value === undefined) return [];
      const existing = figures.of(today, m.code);
      if (existing && existing.value === value) return [];
      return [
        {
          campaignId,
          day: today,
          unitId: unitId!,
          metricCode: m.code,
          value,
          tallyId: existing?.id ?? null,
          version: existing?.version ?? null,
        },
      ];
    });
    if (entries.length) void flush(entries);
  };

  return (
    <div data-testid="quick-entry" style={{ maxWidth: 480 }}>
      <Typography.Title level={4}>{campaign.title}</Typography.Title>
      <Typography.Paragraph strong>
        {t('entry.today', { day: formatDay(today, language) })}
      </Typography.Paragraph>
      {!ownUnit && (
        <Select
          size="large"
          style={{ width: '100%', marginBottom: 16 }}
          placeholder={t('entry.chooseUnit')}
          value={unitId}
          onChange={setChosenUnit}
          options={participants.map((u) => ({ value: u.id, label: u.name }))}
          data-testid="entry-unit"
        />
      )}
      {pending.length > 0 && (
        <Alert
          type="warning"
          style={{ marginBottom: 16 }}
          message={t('entry.waiting', { n: pending.length })}
          action={
            <Button onClick={() => void flush(pending)} loading={sending} data-testid="retry-pending">
              {t('entry.retry')}
            </Button>
          }
        />
      )}
      {unitId && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {campaign.metrics.map((m) => {
            const todays = figures.of(today, m.code);
            const yesterdays = figures.of(yesterday, m.code);
            return (
              <Card key={m.code} size="small">
                <label
                  htmlFor={`entry-${m.code}`}
                  style={{ display: 'block', fontWeight: 600, fontSize: 16 }}
                >
                  {m.name} ({m.unitOfMeasure})
                </label>
                <InputNumber
                  id={`entry-${m.code}`}
                  data-testid={`entry-${m.code}`}
                  size="large"
                  min={0}
                  inputMode="numeric"
                  style={{ width: '100%', fontSize: 22, marginTop: 8 }}
                  value={values[m.code] ?? todays?.value ?? null}
                  onChange={(v) =>
                    setValues((old) => ({ ...old, [m.code]: typeof v === 'number' ? v : null }))
                  }
                />
                <Typography.Text type="secondary" data-testid={`yesterday-${m.code}`}>
                  {t('entry.yesterday', { value: formatNumber(yesterdays?.value, language) })}
                </Typography.Text>
              </Card>
            );
          })}
          <Button
            type="primary"
            size="large"
            block
            onClick={submit}
            loading={sending}
            data-testid="send-entry"
            style={{ height: 56, fontSize: 18 }}
          >
            {t('entry.send')}
          </Button>
        </Space>
      )}
      {result && (
        <Alert
          style={{ marginTop: 16 }}
          type={result.type}
          message={result.text}
          data-testid="entry-result"
        />
      )}
    </div>
  );
}
