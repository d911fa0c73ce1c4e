export { useTranslation, Trans, I18nextProvider } from 'react-i18next';
export * from './languages';
export * from './catalogue';
export * from './instance';
export { useLanguage } from './useLanguage';
