#!/usr/bin/env node
/**
 * First screens in Chromium, the federated suite beside its single-app twin, in one run: script
 * bytes (gzip) and time for the sign-in page, sign-in → usable home, and click → first list of each
 * desk, on loopback and on a 1.6 Mbps / 150 ms link (Chromium's network emulation over CDP), each
 * from a cold cache. Needs `npm run build` first; builds the twin itself (build-twin.js). README.md.
 */
const { createServer, request } = require('node:http');
const { gzipSync } = require('node:zlib');
const { loadavg, cpus } = require('node:os');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { chromium } = require('playwright-core');
const { serveStatic } = require('@dx/static-server');
const { startTestSuite } = require('../../infra/local/dist/test-suite');
const { buildTwin, twinDist } = require('./build-twin');

const DESKS = ['directory', 'tasks', 'training', 'donations', 'awards', 'campaigns'];
const NETWORKS = [
  { name: 'loopback' },
  // 1.6 Mbps both ways, 150 ms added to each request's round trip: a ward office's line.
  { name: '1.6 Mbps/150 ms', latency: 150, throughput: (1.6e6 / 8) | 0 },
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

/**
 * The gateway accepts the suite's own origins only; the twin is served from another port, so its
 * GraphQL calls go through this pass-through, which speaks for the shell's origin (one loopback hop
 * more for the twin, no more).
 */
function startGatewayPassThrough(gatewayUrl, shellOrigin) {
  const target = new URL(gatewayUrl);
  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    const cors = {
      'access-control-allow-origin': origin ?? '*',
      'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight',
      'access-control-allow-methods': 'POST, GET, OPTIONS',
      'access-control-max-age': '600',
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: target.pathname,
        headers: { ...req.headers, host: target.host, origin: shellOrigin },
      },
      (answer) => {
        const headers = { ...answer.headers };
        delete headers['access-control-allow-origin'];
        res.writeHead(answer.statusCode ?? 502, { ...headers, ...cors });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/graphql`,
        stop: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

async function startTwin(suite) {
  const passThrough = await startGatewayPassThrough(suite.gatewayUrl, new URL(suite.shellUrl).origin);
  const site = await serveStatic({
    root: twinDist,
    port: 0,
    spa: true,
    connectOrigins: [new URL(passThrough.url).origin],
    documents: { '/config.json': { gatewayUrl: passThrough.url }, '/remotes.json': { remotes: [] } },
  });
  return { url: site.url, stop: async () => (await site.stop(), await passThrough.stop()) };
}

/**
 * Scripts requested while a step runs, counted for that step (by when they were asked for, not
 * when their body arrived): gzip -6 of each body, the unit of the budget.
 */
function recordScripts(page) {
  let current = '';
  const entries = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const step = current;
    entries.push({
      step,
      gzip: response
        .body()
        .then((body) => gzipSync(body, { level: 6 }).length)
        .catch(() => 0),
    });
  });
  return {
    start(step) {
      current = step;
    },
    async bytes(step) {
      const sizes = await Promise.all(entries.filter((e) => e.step === step).map((e) => e.gzip));
      return { gzip: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
    },
  };
}

/** The open screen has settled: nothing spinning in the main area. */
const settled = (selector) =>
  `(() => { const area = document.querySelector(${JSON.stringify(selector)});
    return !!area && !area.querySelector('.ant-spin-spinning'); })()`;

/** The desk's first list is drawn: rows, cards, tree nodes or an empty-list notice, nothing spinning. */
const firstList = (desk) => `(() => {
  if (!location.pathname.startsWith('/${desk}')) return false;
  const content = document.querySelector('[data-testid=desk-page]:not([data-bench-left]) [data-testid=desk-content]');
  if (!content || content.querySelector('.ant-spin-spinning, .ant-skeleton')) return false;
  return !!content.querySelector('tr.ant-table-row, .ant-list-item, .ant-tree-treenode, .ant-card, .ant-empty, .ant-descriptions')
    || !!document.querySelector('[data-testid=remote-error]');
})()`;

async function measure(browser, baseUrl, network) {
  // bypassCSP: the readiness checks below are evaluated strings, which the shell's CSP forbids.
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    bypassCSP: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (network.latency)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latency,
      downloadThroughput: network.throughput,
      uploadThroughput: network.throughput,
    });
  const scripts = recordScripts(page);
  const steps = [];
  const step = async (name, work, ready) => {
    scripts.start(name);
    const started = performance.now();
    await work();
    await page.waitForFunction(ready, undefined, { timeout: 120_000, polling: 'raf' });
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle').catch(() => undefined);
    steps.push({ name, ms, ...(await scripts.bytes(name)) });
  };
  try {
    await step(
      'sign-in page',
      () => page.goto(`${baseUrl}/`, { waitUntil: 'commit' }),
      `!!document.querySelector('input#username')`,
    );
    await page.locator('input#username').fill('admin');
    await page.locator('input#password').fill('demo1234');
    await step(
      'sign-in → home',
      () => page.locator('button[type=submit]').click(),
      `!!document.querySelector('[data-testid=home] a[data-testid^=desk-card-]') && ${settled('main')}`,
    );
    for (const desk of DESKS) {
      const link = page.locator(`nav[aria-label=main] a[href="/${desk}"]`);
      if (!(await link.count())) continue;
      await step(
        `click → ${desk} list`,
        async () => {
          // The router keeps the last desk on screen while the next one loads (a transition):
          // mark its frame, and count only a frame that is not marked.
          await page.evaluate(() =>
            document
              .querySelectorAll('[data-testid=desk-page]')
              .forEach((e) => e.setAttribute('data-bench-left', '')),
          );
          await link.click();
          // The previous desk's screen must not count: wait until the router is on this desk.
          await page.waitForURL((url) => url.pathname.startsWith(`/${desk}`));
        },
        firstList(desk),
      );
    }
  } finally {
    await context.close();
  }
  return steps;
}

const kb = (n) => (n / 1024).toFixed(1);

function printTable(network, federated, twin) {
  console.log(
    `\n## ${network} (cold cache; gzip -6 of every script fetched by the step; time from the action)`,
  );
  console.log(
    `${'step'.padEnd(22)} ${'fed kB'.padStart(8)} ${'twin kB'.padStart(8)} ${'×'.padStart(5)}  ${'fed ms'.padStart(7)} ${'twin ms'.padStart(7)} ${'×'.padStart(5)}`,
  );
  const sum = { f: 0, t: 0, fm: 0, tm: 0 };
  for (const f of federated) {
    const t = twin.find((s) => s.name === f.name);
    if (!t) continue;
    sum.f += f.gzip;
    sum.t += t.gzip;
    sum.fm += f.ms;
    sum.tm += t.ms;
    const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '-');
    console.log(
      `${f.name.padEnd(22)} ${kb(f.gzip).padStart(8)} ${kb(t.gzip).padStart(8)} ${ratio(f.gzip, t.gzip).padStart(5)}  ${f.ms.toFixed(0).padStart(7)} ${t.ms.toFixed(0).padStart(7)} ${ratio(f.ms, t.ms).padStart(5)}`,
    );
  }
  console.log(
    `${'all steps'.padEnd(22)} ${kb(sum.f).padStart(8)} ${kb(sum.t).padStart(8)} ${(sum.f / sum.t).toFixed(2).padStart(5)}  ${sum.fm.toFixed(0).padStart(7)} ${sum.tm.toFixed(0).padStart(7)} ${(sum.fm / sum.tm).toFixed(2).padStart(5)}`,
  );
}

/** The faster of several rounds, step by step (the machine is shared: the best is the least disturbed). */
function best(rounds) {
  return rounds[0].map((s, i) => ({ ...s, ms: Math.min(...rounds.map((r) => r[i]?.ms ?? Infinity)) }));
}

async function main() {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpus().length} cores)`,
  );
  if (process.env.BENCH_REUSE_TWIN !== '1' || !existsSync(join(twinDist, 'index.html'))) await buildTwin();
  const suite = await startTestSuite();
  const twin = await startTwin(suite);
  const browser = await chromium.launch({
    executablePath: process.env.DX_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const network of NETWORKS) {
      const runs = { federated: [], twin: [] };
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate who goes first, so neither always meets the quieter machine.
        const order = round % 2 ? ['twin', 'federated'] : ['federated', 'twin'];
        for (const which of order)
          runs[which].push(await measure(browser, which === 'twin' ? twin.url : suite.shellUrl, network));
      }
      printTable(network.name, best(runs.federated), best(runs.twin));
    }
    console.log(
      `\nload average at end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await browser.close();
    await twin.stop();
    await suite.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
