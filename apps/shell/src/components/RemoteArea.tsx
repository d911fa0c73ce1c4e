import { Button, Result } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { ErrorBoundary, LoadingState } from '@dx/design-system';
import { useTranslation } from '@dx/i18n';
import { lazyRemoteApp, type RemoteEntry } from '../remotes';

/** One desk, contained: if it cannot load or throws, only this area says so and offers Retry. */
export function RemoteArea({ remote }: { remote: RemoteEntry }) {
  const { t } = useTranslation('shell');
  const [attempt, setAttempt] = useState(0);
  const RemoteApp = useMemo(() => lazyRemoteApp(remote, attempt), [remote, attempt]);
  const deskName = t(`desks.${remote.name}.title`);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={(_error, retry) => (
        <Result
          status="warning"
          data-testid="remote-error"
          title={t('remote.unavailable', { desk: deskName })}
          subTitle={t('remote.unavailableDetail')}
          extra={
            <Button
              type="primary"
              onClick={() => {
                setAttempt((n) => n + 1);
                retry();
              }}
            >
              {t('common:actions.retry')}
            </Button>
          }
        />
      )}
    >
      <Suspense fallback={<LoadingState />}>
        <RemoteApp />
      </Suspense>
    </ErrorBoundary>
  );
}
