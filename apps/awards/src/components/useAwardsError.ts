import { useCallback } from 'react';
import { apiErrors, describeError } from '@dx/graphql-client';
import { useTranslation } from '@dx/i18n';

/** The awards desk's own refusals (ROUND_CLOSED, QUOTA_EXCEEDED, ...) in the user's language; the rest as everywhere. */
export function useAwardsError(): (error: unknown) => string {
  const { t, i18n } = useTranslation('awards');
  return useCallback(
    (error: unknown) => {
      const [first] = apiErrors(error);
      const key = `awards:errors.${first?.code}`;
      return first && i18n.exists(key) ? t(key) : describeError(error, { namespace: 'awards' });
    },
    [t, i18n],
  );
}
