import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import Papa from 'papaparse';
import type { Connection } from './connection';

export interface CsvColumn<TNode> {
  title: string;
  value: (node: TNode) => string | number | boolean | null | undefined;
}

const EXPORT_PAGE_SIZE = 100;
const EXPORT_ROW_LIMIT = 20_000;

/** Every node of the current filter, page after page (the export is of the list, not the screen). */
export async function fetchAllNodes<TData, TVars extends OperationVariables, TNode>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  pick: (data: TData) => Connection<TNode> | undefined,
): Promise<TNode[]> {
  const nodes: TNode[] = [];
  let after: string | undefined;
  do {
    const result = await client.query({
      query,
      variables: { ...variables, first: EXPORT_PAGE_SIZE, after } as TVars,
      fetchPolicy: 'network-only',
    });
    const connection = result.data ? pick(result.data as TData) : undefined;
    if (!connection) break;
    nodes.push(...connection.nodes);
    after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? undefined) : undefined;
  } while (after && nodes.length < EXPORT_ROW_LIMIT);
  return nodes;
}

export function toCsv<TNode>(nodes: TNode[], columns: CsvColumn<TNode>[]): string {
  return Papa.unparse({
    fields: columns.map((c) => c.title),
    data: nodes.map((node) => columns.map((c) => c.value(node) ?? '')),
  });
}

/** A byte-order mark so that spreadsheet programs read Vietnamese and Arabic text as UTF-8. */
export function downloadCsv(filename: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename.endsWith('.csv') ? filename : `${filename}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
