import type { Resource } from 'i18next';
import viCommon from './locales/vi/common.json';
import viShell from './locales/vi/shell.json';
import viErrors from './locales/vi/errors.json';
import enCommon from './locales/en/common.json';
import enShell from './locales/en/shell.json';
import enErrors from './locales/en/errors.json';
import arCommon from './locales/ar/common.json';
import arShell from './locales/ar/shell.json';
import arErrors from './locales/ar/errors.json';

/**
 * Bundled with @dx/i18n, so with the shell: what every screen and the shell itself say. `errors`
 * holds the server's refusals by message key (`extensions.messageKey` "errors.staleVersion" is
 * `errors:staleVersion` here), with `extensions.params` as interpolation values.
 */
export const SHELL_NAMESPACES = ['common', 'shell', 'errors'] as const;

/**
 * One namespace per desk. Its `locales/<language>/<desk>.json` travels in the desk's own bundle and
 * is added with `registerNamespace` when the desk loads, so redeploying a desk updates its strings.
 */
export const DESK_NAMESPACES = [
  'directory',
  'tasks',
  'training',
  'donations',
  'awards',
  'notifications',
  'dashboard',
  'campaigns',
  'evaluation',
] as const;

export const NAMESPACES = [...SHELL_NAMESPACES, ...DESK_NAMESPACES] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type DeskNamespace = (typeof DESK_NAMESPACES)[number];

/** The strings the shell bundles; a fresh object each time, since i18next adds desks' namespaces to it. */
export function shellResources(): Resource {
  return {
    vi: { common: viCommon, shell: viShell, errors: viErrors },
    en: { common: enCommon, shell: enShell, errors: enErrors },
    ar: { common: arCommon, shell: arShell, errors: arErrors },
  };
}
