import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { ConnectionTable } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { nominationColumns } from '../components/nominationColumns';
import { ReviewModal, type QueuedNomination } from '../components/ReviewModal';
import { ReviewQueueDocument } from '../graphql/generated/graphql';

/** What the signed-in committee member still has to score; each row opens the score sheet. */
export function ReviewQueuePage() {
  const { t } = useTranslation('awards');
  const [reviewing, setReviewing] = useState<{ nomination: QueuedNomination; recuse: boolean } | null>(null);
  const columns = [
    { title: t('reviews.round'), key: 'round', render: (_: unknown, n: QueuedNomination) => n.round.title },
    ...nominationColumns(t).filter((c) => c.key !== 'decision'),
    {
      title: t('nominations.achievements'),
      key: 'achievements',
      render: (_: unknown, n: QueuedNomination) => (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ maxWidth: 380, margin: 0 }}>
          {n.achievements}
        </Typography.Paragraph>
      ),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, n: QueuedNomination) => (
        <Space>
          <Button size="small" type="primary" onClick={() => setReviewing({ nomination: n, recuse: false })}>
            {t('reviews.review')}
          </Button>
          <Button size="small" onClick={() => setReviewing({ nomination: n, recuse: true })}>
            {t('reviews.recuse')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('reviews.intro')}</Typography.Paragraph>
      <ConnectionTable
        query={ReviewQueueDocument}
        connection={(data) => data.reviewQueue}
        columns={columns as never}
        rowKey={(n) => n.id}
        emptyAction={<Typography.Text>{t('reviews.empty')}</Typography.Text>}
      />
      {reviewing && (
        <ReviewModal
          nomination={reviewing.nomination}
          recuse={reviewing.recuse}
          onClose={() => setReviewing(null)}
        />
      )}
    </>
  );
}
