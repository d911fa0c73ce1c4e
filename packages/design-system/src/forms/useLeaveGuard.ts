import { useEffect } from 'react';
import { useTranslation } from '@dx/i18n';

/**
 * While `dirty`, asks before the page is left: closing or reloading the tab (the browser's own
 * prompt) and following a link of the suite (the shell's router has no blocker, so links are
 * checked as they are clicked).
 */
export function useLeaveGuard(dirty: boolean): void {
  const { t } = useTranslation('common');
  const question = t('form.unsavedLeave');
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = question;
    };
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (
        !link ||
        link.getAttribute('target') === '_blank' ||
        event.button !== 0 ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty, question]);
}
