import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { APPS, DEPLOYABLES, DESKS, SERVICES, assertUsableOffset, suitePorts, unusablePorts } from './index';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, dir, d.name, 'package.json')))
    .map((d) => d.name)
    .sort();

describe('the suite manifest', () => {
  it('lists every service folder and every app folder, and nothing else', () => {
    expect(SERVICES.map((s) => s.name).sort()).toEqual(folders('services'));
    expect(APPS.map((a) => a.name).sort()).toEqual(folders('apps'));
  });

  it('gives every part its own port', () => {
    const ports = suitePorts().map((p) => p.port);
    expect(new Set(ports).size).toBe(ports.length);
    expect(new Set(DEPLOYABLES.map((d) => d.name)).size).toBe(DEPLOYABLES.length);
  });

  it('names only listed services as needs', () => {
    const names = SERVICES.map((s) => s.name as string);
    for (const s of SERVICES) for (const need of s.needs) expect(names).toContain(need);
  });

  it('is what the TypeScript build compiles: each service is in tsconfig.build.json', () => {
    const references = (JSON.parse(read('tsconfig.build.json')) as { references: { path: string }[] })
      .references;
    const paths = references.map((r) => r.path);
    for (const s of SERVICES) expect(paths).toContain(`services/${s.name}`);
  });

  it('gives every desk its i18n namespace in vi, en and ar, registered in the catalogue', () => {
    const catalogue = read('packages/i18n/src/catalogue.ts');
    const deskNamespaces = catalogue.slice(catalogue.indexOf('DESK_NAMESPACES ='));
    for (const desk of DESKS) {
      expect(deskNamespaces).toContain(`'${desk.name}'`);
      for (const language of ['vi', 'en', 'ar'])
        expect(existsSync(join(root, `packages/i18n/src/locales/${language}/${desk.name}.json`))).toBe(true);
    }
  });
});

describe('port offsets', () => {
  it('accepts the default ports and the e2e ranges', () => {
    expect(unusablePorts(0)).toEqual([]);
    for (let i = 0; i < 30; i++) expect(() => assertUsableOffset(1000 + i * 300)).not.toThrow();
  });

  it('refuses an offset that puts the gateway on 6000, naming it', () => {
    expect(() => assertUsableOffset(2000)).toThrow(/gateway on 6000/);
    expect(unusablePorts(2000)).toEqual([{ name: 'gateway', port: 6000 }]);
  });

  it('refuses ports past 65535 and offsets that are not whole numbers', () => {
    expect(() => assertUsableOffset(62000)).toThrow(/shell on 66200/);
    expect(() => assertUsableOffset(1.5)).toThrow(/whole number/);
  });
});
