import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ConnectionTable, type FilterField, DeskLink } from '@dx/design-system';
import { useSession } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';
import { DONOR_KINDS } from '../components/categories';
import { DonorFormModal } from '../components/DonorFormModal';
import { DonorListDocument, type DonorFieldsFragment } from '../graphql/generated/graphql';

export function DonorsPage() {
  const { t } = useTranslation('donations');
  const { hasAnyRole } = useSession();
  const canEdit = hasAnyRole('DONATIONS_OFFICER');
  const [editing, setEditing] = useState<{ donor?: DonorFieldsFragment } | null>(null);
  const kindLabel = (kind: string) => t(`donorKinds.${kind}`);
  const filters: FilterField[] = [
    { name: 'search', label: t('donors.search'), type: 'search' },
    {
      name: 'kind',
      label: t('donors.kind'),
      type: 'select',
      options: DONOR_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
    },
  ];
  const columns: ColumnsType<DonorFieldsFragment> = [
    { title: t('donors.name'), dataIndex: 'name', key: 'name' },
    { title: t('donors.kind'), key: 'kind', render: (_, d) => kindLabel(d.kind) },
    {
      title: t('donors.contact'),
      dataIndex: 'contact',
      key: 'contact',
      render: (v?: string) => v && <bdi>{v}</bdi>,
    },
    {
      title: t('letter.title'),
      key: 'letter',
      render: (_: unknown, donor: DonorFieldsFragment) => (
        <DeskLink to={`donors/${donor.id}/letter`}>{t('letter.open')}</DeskLink>
      ),
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, donor: DonorFieldsFragment) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ donor })}>
                {t('common:actions.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <ConnectionTable
        query={DonorListDocument}
        connection={(data) => data.donors}
        columns={columns}
        rowKey={(d) => d.id}
        filters={filters}
        csv={{
          filename: 'donors',
          columns: [
            { title: t('donors.name'), value: (d) => d.name },
            { title: t('donors.kind'), value: (d) => kindLabel(d.kind) },
            { title: t('donors.contact'), value: (d) => d.contact },
          ],
        }}
        toolbar={
          canEdit && (
            <Button type="primary" onClick={() => setEditing({})}>
              {t('donors.create')}
            </Button>
          )
        }
      />
      {editing && <DonorFormModal donor={editing.donor} onClose={() => setEditing(null)} />}
    </>
  );
}
