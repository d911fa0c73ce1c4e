import { DownloadOutlined } from '@ant-design/icons';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Grid, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { useState, type Key, type ReactNode } from 'react';
import { useTranslation } from '@dx/i18n';
import { describeError } from '@dx/graphql-client';
import { EmptyState, ErrorState } from '../states/States';
import { PAGE_SIZES, type Connection, type FilterField } from './connection';
import { downloadCsv, fetchAllNodes, toCsv, type CsvColumn } from './csv';
import { ConnectionCards } from './ConnectionCards';
import { ListFilters } from './ListFilters';
import { useListUrlState } from './useListUrlState';

export interface ConnectionTableProps<TData, TVars extends OperationVariables, TNode> {
  query: TypedDocumentNode<TData, TVars>;
  /** Fixed variables of this list (e.g. the unit); filters, `first` and `after` are added. */
  variables?: Partial<TVars>;
  connection: (data: TData) => Connection<TNode> | undefined;
  columns: ColumnsType<TNode>;
  rowKey: (node: TNode) => Key;
  filters?: FilterField[];
  /** Turns the URL's `sort` (e.g. `name:ascend`) into query variables, for lists the API can sort. */
  sortVariables?: (sort: string) => Partial<TVars>;
  csv?: { filename: string; columns: CsvColumn<TNode>[] };
  toolbar?: ReactNode;
  /** Separates the URL state of two lists on one screen. */
  urlPrefix?: string;
  onRowClick?: (node: TNode) => void;
  emptyAction?: ReactNode;
}

/** A list bound to a cursor connection: filters, paging, sort and CSV all done by the server. */
export function ConnectionTable<TData, TVars extends OperationVariables, TNode>(
  props: ConnectionTableProps<TData, TVars, TNode>,
) {
  const { query, connection, columns, rowKey, filters = [], csv, toolbar, urlPrefix, onRowClick } = props;
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const client = useApolloClient();
  const list = useListUrlState(filters, urlPrefix);
  const [exporting, setExporting] = useState(false);
  // Below 768 px (a phone) rows become cards: no sideways scrolling through a wide table.
  const asCards = Grid.useBreakpoint().md === false;
  const { state } = list;

  const filterVariables = Object.fromEntries(
    Object.entries(state.filters).filter(([, v]) => v !== undefined),
  );
  const baseVariables = {
    ...props.variables,
    ...filterVariables,
    ...(state.sort && props.sortVariables ? props.sortVariables(state.sort) : {}),
  } as TVars;
  const variables = { ...baseVariables, first: state.pageSize, after: state.after } as TVars;
  const result = useQuery(query, { variables, notifyOnNetworkStatusChange: true } as never) as {
    data?: TData;
    previousData?: TData;
    loading: boolean;
    error?: unknown;
    refetch: () => Promise<unknown>;
  };
  const data = result.data ?? result.previousData;
  const page = data ? connection(data) : undefined;
  const pageNumber = state.trail.length + 1;
  const firstRow = (pageNumber - 1) * state.pageSize + 1;
  const lastRow = firstRow + (page?.nodes.length ?? 0) - 1;
  const hasNextPage = Boolean(
    page?.pageInfo.hasNextPage && page.pageInfo.endCursor && lastRow < page.totalCount,
  );

  const exportCsv = async () => {
    if (!csv) return;
    setExporting(true);
    try {
      const nodes = await fetchAllNodes(client, query, baseVariables, connection);
      downloadCsv(csv.filename, toCsv(nodes, csv.columns));
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setExporting(false);
    }
  };

  const onTableChange: TableProps<TNode>['onChange'] = (_p, _f, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = single?.field ?? single?.columnKey;
    list.setSort(single?.order && field ? `${String(field)}:${single.order}` : undefined);
  };

  if (result.error && !page) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={8}>
        <ListFilters fields={filters} values={state.filters} onChange={list.setFilter} />
        <Space wrap>
          {toolbar}
          {csv && (
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()}>
              {t('actions.exportCsv')}
            </Button>
          )}
        </Space>
      </Flex>
      {result.error ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
      {asCards ? (
        <ConnectionCards
          nodes={page?.nodes ?? []}
          columns={columns}
          rowKey={rowKey}
          loading={result.loading}
          onRowClick={onRowClick}
          empty={<EmptyState action={props.emptyAction} />}
        />
      ) : (
        // a wide table scrolls in its own region, which the keyboard can reach (WCAG 2.1.1)
        <div role="region" aria-label={t('table.scrollRegion')} tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table<TNode>
            size="middle"
            columns={columns}
            dataSource={page?.nodes ?? []}
            rowKey={rowKey}
            loading={result.loading}
            pagination={false}
            onChange={onTableChange}
            onRow={
              onRowClick
                ? (node) => ({ onClick: () => onRowClick(node), style: { cursor: 'pointer' } })
                : undefined
            }
            locale={{ emptyText: result.loading ? ' ' : <EmptyState action={props.emptyAction} /> }}
          />
        </div>
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" data-testid="list-range">
          {page && page.totalCount > 0
            ? t('table.range', { from: firstRow, to: lastRow, total: page.totalCount })
            : t('table.total', { count: page?.totalCount ?? 0 })}
        </Typography.Text>
        <Space>
          <Select
            aria-label={t('table.pageSize')}
            value={state.pageSize}
            onChange={list.setPageSize}
            options={PAGE_SIZES.map((size) => ({ value: size, label: t('table.perPage', { size }) }))}
          />
          <Button disabled={pageNumber === 1} onClick={list.previousPage}>
            {t('actions.previous')}
          </Button>
          <Typography.Text>{t('table.page', { page: pageNumber })}</Typography.Text>
          <Button
            disabled={!hasNextPage}
            onClick={() => page?.pageInfo.endCursor && list.nextPage(page.pageInfo.endCursor)}
          >
            {t('actions.next')}
          </Button>
        </Space>
      </Flex>
    </Space>
  );
}
