import { App as AntApp, ConfigProvider, theme } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useLanguage } from '@dx/i18n';
import { antdLocale, applyDayjsLocale } from './locales';

/** antd's locale and direction follow the chosen language; Arabic mirrors the whole layout. */
export function DxUiProvider({ children }: { children: ReactNode }) {
  const { language, dir } = useLanguage();
  useEffect(() => applyDayjsLocale(language), [language]);
  applyDayjsLocale(language);
  return (
    <ConfigProvider
      locale={antdLocale(language)}
      direction={dir}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: { colorPrimary: '#c8102e', borderRadius: 6, fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif" },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
