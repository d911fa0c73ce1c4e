import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { AuditChange, ConnectionTable, formatDateTime } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { DirectoryAuditDocument, type DirectoryAuditQuery } from '../graphql/generated/graphql';

type AuditEntry = DirectoryAuditQuery['directoryAuditLog']['nodes'][number];

/** Who changed what in the directory, and when; newest first. */
export function AuditPage() {
  const { t } = useTranslation('directory');
  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.at'), key: 'at', render: (_, e) => <bdi>{formatDateTime(e.at)}</bdi> },
    { title: t('audit.actor'), key: 'actor', render: (_, e) => <bdi>{e.actorUsername ?? '—'}</bdi> },
    {
      title: t('audit.action'),
      key: 'action',
      render: (_, e) => t(`audit.actions.${e.action}`, { defaultValue: e.action }),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, e) =>
        `${t(`audit.entityTypes.${e.entityType}`, { defaultValue: e.entityType })} #${e.entityId}`,
    },
    {
      title: t('audit.change'),
      key: 'change',
      render: (_, e) => <AuditChange before={e.before} after={e.after} namespace="directory" />,
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <ConnectionTable
        query={DirectoryAuditDocument}
        connection={(data) => data.directoryAuditLog}
        columns={columns}
        rowKey={(e) => e.id}
        filters={[
          {
            name: 'entityType',
            label: t('audit.entity'),
            type: 'select',
            options: ['Unit', 'Person', 'Account'].map((v) => ({
              value: v,
              label: t(`audit.entityTypes.${v}`),
            })),
          },
          { name: 'entityId', label: t('audit.entityId'), type: 'search' },
        ]}
        csv={{
          filename: 'directory-audit',
          columns: [
            { title: t('audit.at'), value: (e) => e.at },
            { title: t('audit.actor'), value: (e) => e.actorUsername },
            { title: t('audit.action'), value: (e) => e.action },
            { title: t('audit.entity'), value: (e) => `${e.entityType}#${e.entityId}` },
            { title: t('audit.before'), value: (e) => e.before },
            { title: t('audit.after'), value: (e) => e.after },
          ],
        }}
      />
    </>
  );
}
