import { Alert, Button, Empty, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from '@dx/i18n';
import { describeError } from '@dx/graphql-client';

export function LoadingState({ label }: { label?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 8 }}>{label ?? t('state.loading')}</div>
    </div>
  );
}

export function EmptyState({ description, action }: { description?: ReactNode; action?: ReactNode }) {
  const { t } = useTranslation('common');
  return <Empty description={description ?? t('state.empty')}>{action}</Empty>;
}

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** A whole area (e.g. a desk) failing rather than one list. */
  title?: ReactNode;
}

/** A translated, contained error with an optional Retry; never a stack trace. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation('common');
  const retry = onRetry && (
    <Button type="primary" onClick={onRetry}>
      {t('actions.retry')}
    </Button>
  );
  if (title) return <Result status="warning" title={title} subTitle={describeError(error)} extra={retry} />;
  return <Alert type="error" showIcon role="alert" title={describeError(error)} action={retry} />;
}
