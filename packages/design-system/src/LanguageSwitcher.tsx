import { Select } from 'antd';
import { LANGUAGES, useLanguage, useTranslation, type Language } from '@dx/i18n';

export function LanguageSwitcher() {
  const { language, setLanguage } = useLanguage();
  const { t } = useTranslation('common');
  return (
    <Select<Language>
      aria-label={t('language')}
      data-testid="language-switcher"
      value={language}
      onChange={(value) => void setLanguage(value)}
      options={LANGUAGES.map((l) => ({ value: l.code, label: <span lang={l.code}>{l.label}</span> }))}
      style={{ minWidth: 130 }}
      variant="borderless"
    />
  );
}
