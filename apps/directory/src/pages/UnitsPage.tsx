import { useApolloClient, useQuery } from '@apollo/client/react';
import { Card, Col, Row, Tree, Typography } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { ErrorState, LoadingState } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { UnitDetails } from '../components/UnitDetails';
import { UnitListDocument, type UnitFieldsFragment } from '../graphql/generated/graphql';

// The API's largest page; a unit with more children shows the first hundred.
const CHILDREN_PAGE = 100;

interface UnitTreeNode extends DataNode {
  key: string;
  unit: UnitFieldsFragment;
  children?: UnitTreeNode[];
}

function toNode(unit: UnitFieldsFragment, kindLabel: string): UnitTreeNode {
  return {
    key: unit.id,
    unit,
    title: (
      <span>
        {unit.name} <Typography.Text type="secondary">· {kindLabel}</Typography.Text>
      </span>
    ),
    isLeaf: unit.kind === 'COMMUNITY_TEAM',
  };
}

function withChildren(nodes: UnitTreeNode[], key: string, children: UnitTreeNode[]): UnitTreeNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children, isLeaf: children.length === 0 }
      : node.children
        ? { ...node, children: withChildren(node.children, key, children) }
        : node,
  );
}

/** The tree of units, loaded one level at a time as it is expanded. */
export function UnitsPage() {
  const { t } = useTranslation('directory');
  const client = useApolloClient();
  const { session } = useSession();
  const scopeUnitId = session?.account.scopeUnit?.id;
  // An account scoped to a unit starts at that unit; an administrator of everything at the provinces.
  const roots = useQuery(UnitListDocument, {
    variables: { kind: 'PROVINCE', first: CHILDREN_PAGE },
    skip: Boolean(scopeUnitId),
  });
  const [tree, setTree] = useState<UnitTreeNode[]>([]);
  const [selected, setSelected] = useState<UnitFieldsFragment | null>(null);
  const kind = (u: UnitFieldsFragment) => t(`common:unitKinds.${u.kind}`);

  useEffect(() => {
    if (scopeUnitId && session?.account.scopeUnit) {
      const scope = session.account.scopeUnit;
      setTree([
        toNode(
          { id: scope.id, name: scope.name, kind: scope.kind, code: '', version: 0 },
          t(`common:unitKinds.${scope.kind}`),
        ),
      ]);
    } else if (roots.data) {
      setTree(roots.data.units.nodes.map((u) => toNode(u, t(`common:unitKinds.${u.kind}`))));
    }
  }, [roots.data, scopeUnitId, session, t]);

  const loadChildren = async (node: EventDataNode<UnitTreeNode>) => {
    if (node.children) return;
    const { data } = await client.query({
      query: UnitListDocument,
      variables: { parentId: node.key, first: CHILDREN_PAGE },
    });
    const children = (data?.units.nodes ?? []).map((u) => toNode(u, kind(u)));
    setTree((current) => withChildren(current, node.key, children));
  };

  if (roots.error) return <ErrorState error={roots.error} onRetry={() => void roots.refetch()} />;
  if (roots.loading && tree.length === 0) return <LoadingState />;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('units.tree')} size="small">
          <Tree<UnitTreeNode>
            treeData={tree}
            loadData={loadChildren}
            showLine
            onSelect={(_keys, info) => setSelected(info.node.unit)}
            aria-label={t('units.tree')}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        {selected ? (
          <UnitDetails
            unitId={selected.id}
            onChildCreated={(child) =>
              setTree((current) => addChild(current, selected.id, toNode(child, kind(child))))
            }
          />
        ) : (
          <Card size="small">
            <Typography.Text type="secondary">{t('units.pickHint')}</Typography.Text>
          </Card>
        )}
      </Col>
    </Row>
  );
}

function addChild(nodes: UnitTreeNode[], parentKey: string, child: UnitTreeNode): UnitTreeNode[] {
  return nodes.map((node) =>
    node.key === parentKey
      ? node.children
        ? { ...node, isLeaf: false, children: [...node.children, child] }
        : node
      : node.children
        ? { ...node, children: addChild(node.children, parentKey, child) }
        : node,
  );
}
