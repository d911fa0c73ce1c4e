import { useMutation } from '@apollo/client/react';
import { App, Button, Input, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ConnectionTable, DeskLink, type FilterField, formatDay, useConfirm } from '@dx/design-system';
import { describeError, useSession } from '@dx/graphql-client';
import { useLanguage, useTranslation } from '@dx/i18n';
import {
  HandoverListDocument,
  VoidHandoverDocument,
  type HandoverSummaryFragment,
} from '../graphql/generated/graphql';

export function HandoversPage() {
  const { t } = useTranslation('donations');
  const { language } = useLanguage();
  const { message } = App.useApp();
  const confirm = useConfirm();
  const { hasAnyRole } = useSession();
  const [voidHandover] = useMutation(VoidHandoverDocument);
  const items = (h: HandoverSummaryFragment) =>
    h.items.map((i) => `${i.quantity} × ${t(`categories.${i.category}`)}`).join(', ');

  const askVoid = async (h: HandoverSummaryFragment) => {
    let reason = '';
    const ok = await confirm({
      title: t('handover.voidTitle', { recordNo: h.recordNo }),
      content: (
        <Input.TextArea
          aria-label={t('handover.voidReason')}
          placeholder={t('handover.voidReason')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: t('actions.void'),
      danger: true,
    });
    if (!ok) return;
    if (reason.trim().length < 3) return void message.error(t('handover.voidReasonRequired'));
    try {
      await voidHandover({ variables: { id: h.id, reason: reason.trim() }, refetchQueries: ['Stock'] });
      void message.success(t('handover.voided'));
    } catch (error) {
      void message.error(describeError(error));
    }
  };

  const filters: FilterField[] = [
    { name: 'search', label: t('handover.search'), type: 'search' },
    {
      name: 'status',
      label: t('handover.status.ACTIVE'),
      type: 'select',
      options: (['ACTIVE', 'VOIDED'] as const).map((s) => ({ value: s, label: t(`handover.status.${s}`) })),
    },
  ];
  const columns: ColumnsType<HandoverSummaryFragment> = [
    {
      title: t('handover.recordNo'),
      key: 'recordNo',
      render: (_, h) => (
        <DeskLink to={`handovers/${h.id}`}>
          <bdi>{h.recordNo}</bdi>
        </DeskLink>
      ),
    },
    { title: t('handover.date'), key: 'date', render: (_, h) => formatDay(h.handedOverAt, language) },
    { title: t('handover.recipient'), key: 'recipient', render: (_, h) => h.recipient.name },
    { title: t('handover.receivedBy'), key: 'receivedBy', render: (_, h) => h.receivedBy?.fullName },
    { title: t('handover.items'), key: 'items', render: (_, h) => items(h) },
    {
      title: '',
      key: 'status',
      render: (_, h) => (
        <Tag color={h.status === 'ACTIVE' ? 'green' : 'default'}>{t(`handover.status.${h.status}`)}</Tag>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_, h) => (
        <Space>
          <DeskLink to={`handovers/${h.id}`}>{t('actions.openRecord')}</DeskLink>
          {h.status === 'ACTIVE' && hasAnyRole('DONATIONS_OFFICER') && (
            <Button size="small" danger onClick={() => void askVoid(h)}>
              {t('actions.void')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <ConnectionTable
      query={HandoverListDocument}
      connection={(data) => data.handovers}
      columns={columns}
      rowKey={(h) => h.id}
      filters={filters}
      csv={{
        filename: 'handovers',
        columns: [
          { title: t('handover.recordNo'), value: (h) => h.recordNo },
          { title: t('handover.date'), value: (h) => h.handedOverAt },
          { title: t('handover.recipient'), value: (h) => h.recipient.name },
          { title: t('handover.receivedBy'), value: (h) => h.receivedBy?.fullName },
          { title: t('handover.items'), value: items },
          { title: '', value: (h) => t(`handover.status.${h.status}`) },
        ],
      }}
    />
  );
}
