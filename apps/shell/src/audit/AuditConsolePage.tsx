import { useQuery } from '@apollo/client/react';
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AuditChange, DayPicker, ErrorState, formatDateTime, vietnamDay } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { AUDIT_SERVICES, auditPageOf, type AuditEntry } from './auditServices';

const PAGE = 50;

/**
 * One change log for administrators across every service: pick the desk, narrow to a record type
 * and id (asked of the server), and to a person and a day (among the changes loaded).
 */
export function AuditConsolePage() {
  const { t } = useTranslation('shell');
  const [params, setParams] = useSearchParams();
  const serviceName = params.get('service') ?? 'directory';
  const service = AUDIT_SERVICES.find((s) => s.name === serviceName) ?? AUDIT_SERVICES[0];
  const entityType = params.get('entityType') || null;
  const entityId = params.get('entityId') || null;
  const actor = params.get('actor') ?? '';
  const day = params.get('day');
  const set = (name: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(service.document, {
    variables: { entityType, entityId, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const page = auditPageOf(data as Record<string, unknown> | undefined, service.field);
  const rows = useMemo(
    () =>
      (page?.nodes ?? []).filter(
        (e) =>
          (!actor || (e.actorUsername ?? '').toLowerCase().includes(actor.toLowerCase())) &&
          (!day || vietnamDay(e.at) === day),
      ),
    [page, actor, day],
  );

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: page?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = auditPageOf(previous as Record<string, unknown>, service.field);
          const more = auditPageOf(fetchMoreResult as Record<string, unknown>, service.field);
          if (!before || !more) return previous;
          return { ...previous, [service.field]: { ...more, nodes: [...before.nodes, ...more.nodes] } };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.at'), key: 'at', width: 170, render: (_, e) => <bdi>{formatDateTime(e.at)}</bdi> },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 140,
      render: (_, e) => <bdi>{e.actorUsername ?? '—'}</bdi>,
    },
    { title: t('audit.action'), key: 'action', width: 180, render: (_, e) => <bdi>{e.action}</bdi> },
    {
      title: t('audit.record'),
      key: 'record',
      width: 150,
      render: (_, e) => <bdi>{`${e.entityType} #${e.entityId}`}</bdi>,
    },
    {
      title: t('audit.change'),
      key: 'change',
      render: (_, e) => <AuditChange before={e.before} after={e.after} namespace={service.name} />,
    },
  ];

  return (
    <section data-testid="audit-console">
      <Typography.Title level={3}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph>{t('audit.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('audit.service')}
          value={service.name}
          style={{ minWidth: 200 }}
          options={AUDIT_SERVICES.map((s) => ({ value: s.name, label: t(`audit.services.${s.name}`) }))}
          onChange={(value) => set('service', value)}
        />
        <Input.Search
          aria-label={t('audit.entityType')}
          placeholder={t('audit.entityType')}
          defaultValue={entityType ?? ''}
          allowClear
          onSearch={(v) => set('entityType', v.trim())}
          style={{ width: 180 }}
        />
        <Input.Search
          aria-label={t('audit.entityId')}
          placeholder={t('audit.entityId')}
          defaultValue={entityId ?? ''}
          allowClear
          onSearch={(v) => set('entityId', v.trim())}
          style={{ width: 150 }}
        />
        <Input.Search
          aria-label={t('audit.actor')}
          placeholder={t('audit.actor')}
          defaultValue={actor}
          allowClear
          onSearch={(v) => set('actor', v.trim())}
          style={{ width: 180 }}
        />
        <DayPicker
          aria-label={t('audit.day')}
          placeholder={t('audit.day')}
          value={day}
          onChange={(v) => set('day', v)}
        />
      </Space>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={loading && !loadingMore}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 900 }}
          />
          <Space style={{ marginTop: 12 }} wrap>
            <Typography.Text>
              {t('audit.shown', {
                shown: rows.length,
                loaded: page?.nodes.length ?? 0,
                total: page?.totalCount ?? 0,
              })}
            </Typography.Text>
            {page?.pageInfo.hasNextPage && (
              <Button onClick={() => void loadMore()} loading={loadingMore}>
                {t('audit.loadMore')}
              </Button>
            )}
          </Space>
        </>
      )}
    </section>
  );
}
