import { Card, Flex, Spin, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Key, ReactNode } from 'react';

interface Column<TNode> {
  key?: Key;
  title?: unknown;
  dataIndex?: unknown;
  render?: (value: unknown, node: TNode, index: number) => unknown;
}

function cell<TNode>(column: Column<TNode>, node: TNode, index: number): ReactNode {
  const index_ = column.dataIndex;
  const path = index_ === undefined ? [] : Array.isArray(index_) ? index_ : [index_];
  const value = path.reduce<unknown>(
    (v, key) => (v as Record<string, unknown> | undefined)?.[String(key)],
    node,
  );
  const shown = column.render ? column.render(value, node, index) : value;
  // A cell renderer may return { children, props } (antd's RenderedCell); the card shows the children.
  return (
    shown && typeof shown === 'object' && 'children' in shown && !('$$typeof' in shown)
      ? (shown as { children: ReactNode }).children
      : shown
  ) as ReactNode;
}

/** A list's rows as cards for a narrow screen: the first column as the card's title, the others as label: value. */
export function ConnectionCards<TNode>({
  nodes,
  columns,
  rowKey,
  loading,
  empty,
  onRowClick,
}: {
  nodes: TNode[];
  columns: ColumnsType<TNode>;
  rowKey: (node: TNode) => Key;
  loading: boolean;
  empty: ReactNode;
  onRowClick?: (node: TNode) => void;
}) {
  const [first, ...rest] = columns as unknown as Column<TNode>[];
  if (!loading && nodes.length === 0) return <>{empty}</>;
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} role="list" data-testid="list-cards">
        {nodes.map((node, index) => (
          <Card
            key={rowKey(node)}
            role="listitem"
            size="small"
            title={first && cell(first, node, index)}
            onClick={onRowClick ? () => onRowClick(node) : undefined}
            style={onRowClick ? { cursor: 'pointer' } : undefined}
          >
            {rest.map((column, i) => (
              <Flex key={String(column.key ?? i)} gap={8} wrap style={{ marginBottom: 4 }}>
                <Typography.Text type="secondary">{column.title as ReactNode}:</Typography.Text>
                <span>{cell(column, node, index)}</span>
              </Flex>
            ))}
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
