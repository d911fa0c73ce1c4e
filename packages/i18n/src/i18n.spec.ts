import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DESK_NAMESPACES,
  LANGUAGES,
  SHELL_NAMESPACES,
  directionOf,
  i18n,
  registerNamespace,
  shellResources,
  setLanguage,
} from './index';

const LOCALES = join(__dirname, 'locales');

/** Every key of one catalogue, as dotted paths. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const catalogueFile = (language: string, namespace: string): unknown =>
  JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8'));

/** Every namespace on disk, whether the shell bundles it or a desk does. */
const namespacesOnDisk = readdirSync(join(LOCALES, 'vi'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

describe('i18n', () => {
  it('writes the language and its direction on <html> and remembers it', async () => {
    await setLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('dx.language')).toBe('ar');
    await setLanguage('vi');
    expect(document.documentElement.dir).toBe('ltr');
    expect(i18n.t('shell:nav.home')).toBe('Trang chủ');
  });

  it('knows the direction of each language', () => {
    expect(LANGUAGES.map((l) => directionOf(l.code))).toEqual(['ltr', 'ltr', 'rtl']);
  });

  it('knows every namespace on disk, and bundles only the shell ones', () => {
    expect([...namespacesOnDisk].sort()).toEqual([...SHELL_NAMESPACES, ...DESK_NAMESPACES].sort());
    for (const language of LANGUAGES)
      expect(Object.keys(shellResources()[language.code]).sort()).toEqual([...SHELL_NAMESPACES].sort());
  });

  it.each(namespacesOnDisk)('has the same keys in every language for %s', (namespace) => {
    const vi = keys(catalogueFile('vi', namespace)).sort();
    expect(keys(catalogueFile('en', namespace)).sort()).toEqual(vi);
    expect(keys(catalogueFile('ar', namespace)).sort()).toEqual(vi);
  });

  it("adds a desk's strings when the desk registers them, newest copy first", async () => {
    registerNamespace('awards', { vi: { probe: 'cũ' }, en: { probe: 'old' }, ar: { probe: 'قديم' } });
    registerNamespace('awards', { vi: { probe: 'mới' }, en: { probe: 'new' }, ar: { probe: 'جديد' } });
    await setLanguage('en');
    expect(i18n.t('awards:probe')).toBe('new');
    await setLanguage('ar');
    expect(i18n.t('awards:probe')).toBe('جديد');
    await setLanguage('vi');
  });
});
