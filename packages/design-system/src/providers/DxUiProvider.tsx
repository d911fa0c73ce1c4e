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
        token: {
          colorPrimary: '#c8102e',
          borderRadius: 6,
          fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif",
          // antd's defaults (45% and 25% black) fall below WCAG AA's 4.5:1 on white; these reach it.
          colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
          colorTextDescription: 'rgba(0, 0, 0, 0.65)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
          // Links and status texts (tags) dark enough for 4.5:1 on white and on their pale backgrounds.
          colorLink: '#0b57d0',
          colorSuccessText: '#135200',
          colorWarningText: '#874d00',
          colorErrorText: '#a8071a',
          colorInfoText: '#003eb3',
        },
        // Status tags write their text in the status colour on its pale background: darker shades for 4.5:1.
        components: {
          Tag: {
            colorSuccess: '#237804',
            colorWarning: '#ad4e00',
            colorInfo: '#0958d9',
            colorError: '#cf1322',
          },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
