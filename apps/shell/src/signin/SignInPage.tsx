import { useState, type FormEvent } from 'react';
import { AuthRefusal, signInWithSession } from '@dx/graphql-client/renewal';
import { sessionEndReason, startSession } from '@dx/graphql-client/session';
import { LANGUAGES, isLanguage, useLanguage, useTranslation } from '@dx/i18n';
import './signin.css';

/** Plain HTML and CSS on purpose: the first route stays small (no antd, Apollo or router yet). */
export function SignInPage({ gatewayUrl }: { gatewayUrl: string }) {
  const { t } = useTranslation('shell');
  const { language, setLanguage } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const expired = sessionEndReason() === 'expired';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setFailure(t(username ? 'signIn.passwordRequired' : 'signIn.usernameRequired'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      startSession(await signInWithSession(gatewayUrl, username, password));
    } catch (error) {
      const code = error instanceof AuthRefusal ? error.code : 'UNKNOWN';
      setFailure(
        code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT'
          ? t('signIn.failed')
          : t(`common:errors.${code}`, { defaultValue: t('common:errors.UNKNOWN') }),
      );
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <form className="signin-card" onSubmit={(e) => void submit(e)} noValidate>
        <div className="signin-language">
          <select
            aria-label={t('common:language')}
            data-testid="language-switcher-native"
            value={language}
            onChange={(e) => isLanguage(e.target.value) && void setLanguage(e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <h1>{t('appName')}</h1>
        <p className="signin-subtitle">{t('signIn.subtitle')}</p>
        {expired && !failure && <p className="signin-note">{t('signIn.expired')}</p>}
        {failure && (
          <p className="signin-error" role="alert">
            {failure}
          </p>
        )}
        <label htmlFor="username">{t('signIn.username')}</label>
        <input id="username" name="username" autoComplete="username" autoFocus dir="ltr" />
        <label htmlFor="password">{t('signIn.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" dir="ltr" />
        <button type="submit" disabled={busy}>
          {busy ? t('common:state.loading') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
