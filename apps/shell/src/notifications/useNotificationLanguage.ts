import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLanguage } from '@dx/i18n';
import { BellListDocument, PreferencesDocument, UpdatePreferencesDocument } from './operations';

/**
 * An account's notification language is the language it uses the suite in: when the screen's
 * language and the stored preference differ, the preference follows the screen (emails too).
 */
export function useNotificationLanguage() {
  const { language } = useLanguage();
  const preferences = useQuery(PreferencesDocument);
  const [update] = useMutation(UpdatePreferencesDocument, {
    refetchQueries: [BellListDocument, PreferencesDocument],
  });
  const stored = preferences.data?.myNotificationPreferences;
  useEffect(() => {
    if (stored && stored.language !== language) {
      void update({ variables: { input: { version: stored.version, language } } }).catch(() =>
        preferences.refetch(),
      );
    }
  }, [stored, language, update, preferences]);
  return preferences;
}
