import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Result, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ConnectionTable } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { AccountFormModal } from '../components/AccountFormModal';
import { RoleTags } from '../components/RoleTags';
import { AccountListDocument, type AccountFieldsFragment } from '../graphql/generated/graphql';

export function AccountsPage() {
  const { t } = useTranslation('directory');
  const { hasAnyRole } = useSession();
  const [editing, setEditing] = useState<{ account?: AccountFieldsFragment } | null>(null);
  if (!hasAnyRole('ADMIN')) return <Result status="403" title={t('common:errors.FORBIDDEN')} />;

  const columns: ColumnsType<AccountFieldsFragment> = [
    {
      title: t('accounts.username'),
      dataIndex: 'username',
      key: 'username',
      render: (v: string) => <bdi>{v}</bdi>,
    },
    { title: t('accounts.person'), key: 'person', render: (_, a) => a.person?.fullName ?? '—' },
    { title: t('accounts.roles'), key: 'roles', render: (_, a) => <RoleTags roles={a.roles} /> },
    {
      title: t('accounts.scope'),
      key: 'scope',
      render: (_, a) => a.scopeUnit?.name ?? t('accounts.everyUnit'),
    },
    {
      title: t('accounts.active'),
      key: 'active',
      render: (_, a) =>
        a.active ? <Tag color="green">{t('accounts.isActive')}</Tag> : <Tag>{t('accounts.isInactive')}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      render: (_, account) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ account })}>
          {t('common:actions.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <ConnectionTable
        query={AccountListDocument}
        connection={(data) => data.accounts}
        columns={columns}
        rowKey={(a) => a.id}
        filters={[{ name: 'search', label: t('accounts.search'), type: 'search' }]}
        csv={{
          filename: 'accounts',
          columns: [
            { title: t('accounts.username'), value: (a) => a.username },
            { title: t('accounts.roles'), value: (a) => a.roles.join(' ') },
            { title: t('accounts.scope'), value: (a) => a.scopeUnit?.name },
            { title: t('accounts.active'), value: (a) => a.active },
          ],
        }}
        toolbar={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing({})}>
            {t('accounts.create')}
          </Button>
        }
      />
      {editing && <AccountFormModal account={editing.account} onClose={() => setEditing(null)} />}
    </>
  );
}
