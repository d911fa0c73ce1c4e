import { LANGUAGES, NAMESPACES, directionOf, i18n, resources, setLanguage } from './index';

/** Every key of one catalogue, as dotted paths. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

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

  it.each(NAMESPACES)('has the same keys in every language for %s', (namespace) => {
    const vi = keys(resources.vi[namespace]).sort();
    expect(keys(resources.en[namespace]).sort()).toEqual(vi);
    expect(keys(resources.ar[namespace]).sort()).toEqual(vi);
  });
});
