import type { pluginModuleFederation } from '@module-federation/rsbuild-plugin';

type SharedOption = NonNullable<Parameters<typeof pluginModuleFederation>[0]['shared']>;
type SharedConfig = Extract<SharedOption, Record<string, unknown>>[string] & object;

const singleton: SharedConfig = { singleton: true, requiredVersion: false };
/** graphql and rxjs export far more than a client uses; each build keeps only what it imports. */
const singletonTreeShaken: SharedConfig = { ...singleton, treeShaking: { mode: 'runtime-infer' } };

/**
 * Everything that holds React context or global state must exist once in the page: React itself,
 * the Apollo cache and its provider, the router, antd's ConfigProvider (direction, locale, theme),
 * the i18next instance and dayjs' locale. Subpath keys with a trailing slash make `react-dom/client`
 * or `@apollo/client/react` resolve to the same shared copy instead of a second one.
 * Icons are not shared: they hold no state and each app keeps only the few it draws.
 */
export function sharedSingletons(): Record<string, SharedConfig> {
  return {
    react: singleton,
    'react/': singleton,
    'react-dom': singleton,
    'react-dom/': singleton,
    'react-router': singleton,
    '@apollo/client': singleton,
    '@apollo/client/': singleton,
    graphql: singletonTreeShaken,
    rxjs: singletonTreeShaken,
    antd: singleton,
    dayjs: singleton,
    'dayjs/': singleton,
    i18next: singleton,
    'react-i18next': singleton,
    '@dx/design-system': singleton,
    '@dx/i18n': singleton,
    '@dx/graphql-client': singleton,
    '@dx/graphql-client/': singleton,
  };
}
