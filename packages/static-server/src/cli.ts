/**
 * Serves one built desk (or the shell) in a container: `node cli.js`, configured by environment.
 *   DX_SITE_ROOT      the built app (default: ./site beside the working directory)
 *   PORT, HOST        where to listen (default 8080 on 0.0.0.0)
 *   DX_DOCUMENTS_DIR  every *.json file in it is served at /<name>.json and re-read on each request,
 *                     so a mounted ConfigMap (the shell's remotes.json, config.json) changes without a restart
 *   DX_BASE_PATH      also serve the site under this path (a desk behind the ingress at /remotes/<desk>)
 *   DX_SPA=1          unknown paths get index.html (the shell's client-side routes)
 *   DX_CORS_ORIGINS   comma-separated origins that may fetch this site (a remote: the shell's origin)
 *   DX_CONNECT_ORIGINS comma-separated origins the page loads from or calls (the shell: remotes, gateway)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from './index';

const root = resolve(process.env.DX_SITE_ROOT ?? 'site');
const documentsDir = process.env.DX_DOCUMENTS_DIR;

function readDocuments(): Record<string, unknown> {
  if (!documentsDir || !existsSync(documentsDir)) return {};
  const documents: Record<string, unknown> = {};
  for (const file of readdirSync(documentsDir).filter((name) => name.endsWith('.json'))) {
    documents[`/${file}`] = JSON.parse(readFileSync(join(documentsDir, file), 'utf8'));
  }
  return documents;
}

/** The origins the shell's page talks to (its remotes, the gateway), for its Content-Security-Policy. */
function originsNamedIn(documents: Record<string, unknown>): string[] {
  const urls: string[] = [];
  const remotes =
    (documents['/remotes.json'] as { remotes?: { entry?: string }[] } | undefined)?.remotes ?? [];
  for (const remote of remotes) if (remote.entry) urls.push(remote.entry);
  const gatewayUrl = (documents['/config.json'] as { gatewayUrl?: string } | undefined)?.gatewayUrl;
  if (gatewayUrl) urls.push(gatewayUrl);
  const absolute = urls.filter((url) => /^https?:\/\//.test(url)).map((url) => new URL(url).origin);
  return [...new Set(absolute)];
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);

async function main() {
  const documents = readDocuments();
  const site = await serveStatic({
    root,
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? '0.0.0.0',
    documents,
    // read at start: a desk moved to a new origin takes effect when the shell restarts (a rollout)
    connectOrigins: [...originsNamedIn(documents), ...(list(process.env.DX_CONNECT_ORIGINS) ?? [])],
    corsOrigins: list(process.env.DX_CORS_ORIGINS),
    liveDocuments: documentsDir ? readDocuments : undefined,
    spa: process.env.DX_SPA === '1',
    basePath: process.env.DX_BASE_PATH,
  });
  console.log(`static: ${root} at ${site.url}`);
  const stop = () => void site.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`static: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
