import type { Resource } from 'i18next';
import viCommon from './locales/vi/common.json';
import viShell from './locales/vi/shell.json';
import viDirectory from './locales/vi/directory.json';
import viTasks from './locales/vi/tasks.json';
import viTraining from './locales/vi/training.json';
import viDonations from './locales/vi/donations.json';
import viAwards from './locales/vi/awards.json';
import enCommon from './locales/en/common.json';
import enShell from './locales/en/shell.json';
import enDirectory from './locales/en/directory.json';
import enTasks from './locales/en/tasks.json';
import enTraining from './locales/en/training.json';
import enDonations from './locales/en/donations.json';
import enAwards from './locales/en/awards.json';
import arCommon from './locales/ar/common.json';
import arShell from './locales/ar/shell.json';
import arDirectory from './locales/ar/directory.json';
import arTasks from './locales/ar/tasks.json';
import arTraining from './locales/ar/training.json';
import arDonations from './locales/ar/donations.json';
import arAwards from './locales/ar/awards.json';

/** One namespace per desk; each desk owns its own `locales/<language>/<namespace>.json`. */
export const NAMESPACES = ['common', 'shell', 'directory', 'tasks', 'training', 'donations', 'awards'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources: Resource = {
  vi: {
    common: viCommon,
    shell: viShell,
    directory: viDirectory,
    tasks: viTasks,
    training: viTraining,
    donations: viDonations,
    awards: viAwards,
  },
  en: {
    common: enCommon,
    shell: enShell,
    directory: enDirectory,
    tasks: enTasks,
    training: enTraining,
    donations: enDonations,
    awards: enAwards,
  },
  ar: {
    common: arCommon,
    shell: arShell,
    directory: arDirectory,
    tasks: arTasks,
    training: arTraining,
    donations: arDonations,
    awards: arAwards,
  },
};
