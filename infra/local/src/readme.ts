/**
 * Writes the architecture block of the README (between its `suite-manifest` markers) from the suite
 * manifest, so the ports and services it names are the ones that run:
 *   node infra/local/dist/readme.js           write
 *   node infra/local/dist/readme.js --check   fail when README.md differs (CI, via check:schemas)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DESKS, GATEWAY, SERVICES, SHELL } from '@dx/suite-manifest';
import { repoRoot } from './suite';

const BEGIN = '<!-- suite-manifest:begin (generated from packages/suite-manifest by `npm run schemas`) -->';
const END = '<!-- suite-manifest:end -->';

export function architectureBlock(): string {
  const desks = DESKS.map((d) => `apps/${d.name} :${d.port}`);
  const deskRows: string[] = [];
  for (let i = 0; i < desks.length; i += 3) deskRows.push(desks.slice(i, i + 3).join('   '));
  const width = Math.max(...SERVICES.map((s) => s.name.length));
  const services = SERVICES.map(
    (s, i) =>
      `                              ${i === SERVICES.length - 1 ? '└─' : '├─'} services/${s.name.padEnd(width)} :${s.port}  ${s.summary}`,
  );
  return [
    '```',
    'browser',
    `  └─ apps/shell (host, :${SHELL.port}) ── loads remotes at run time from /remotes.json (their mf-manifest.json)`,
    ...deskRows.map((row) => `       ├─ ${row}`),
    `       └─ Apollo Client ─► gateway (:${GATEWAY.port}/graphql, Apollo Gateway, static supergraph gateway/supergraph.graphql)`,
    ...services,
    '                                    each: type-graphql + TypeORM via packages/subgraph-kit, its own database',
    '```',
  ].join('\n');
}

export function renderReadme(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`README.md has no ${BEGIN} … ${END} block`);
  return `${readme.slice(0, begin + BEGIN.length)}\n\n${architectureBlock()}\n\n${readme.slice(end)}`;
}

function main() {
  const file = join(repoRoot, 'README.md');
  const current = readFileSync(file, 'utf8');
  const rendered = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (rendered !== current) {
      console.error('README.md: the architecture block is stale: run npm run schemas');
      process.exit(1);
    }
    console.log('README.md architecture block is up to date');
    return;
  }
  writeFileSync(file, rendered);
  console.log('wrote the architecture block of README.md');
}

if (require.main === module) main();
