#!/usr/bin/env node
/**
 * Frontend bundle figures: starts the built suite in a free port range, opens it in Chromium and
 * prints the network log of the first load (the sign-in route), then of the home route and of
 * the directory desk, with JavaScript bytes as transferred (gzip from the static server) and
 * whether React was fetched once. Run `npm run build` first.
 */
const { gzipSync } = require('node:zlib');
const { chromium } = require('playwright-core');
const { startTestSuite } = require('../../infra/local/dist/test-suite');

const BUDGET_KB = 250;

/** A string only react-dom's client build carries: the key it marks a root container with. */
const REACT_DOM_MARK = '__reactContainer$';

async function recordNetwork(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    requests.set(requestId, {
      url: response.url,
      type,
      encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '',
      bytes: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = requests.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  const bodies = new Map();
  page.on('response', async (response) => {
    if (/\.js($|\?)/.test(response.url())) bodies.set(response.url(), await response.text().catch(() => ''));
  });
  return {
    /** Requests since the last call. */
    take() {
      const list = [...requests.values()];
      requests.clear();
      return list;
    },
    bodies,
  };
}

function report(title, entries, bodies) {
  const js = entries.filter((e) => e.type === 'Script' || /\.js($|\?)/.test(e.url));
  const kb = (n) => (n / 1024).toFixed(1);
  // The static server picks brotli when the browser offers it; gzip -9 of the same files is the budget's unit.
  const gzip = js.reduce((sum, e) => sum + gzipSync(bodies.get(e.url) ?? '', { level: 9 }).length, 0);
  console.log(`\n## ${title}`);
  for (const e of [...entries].sort((a, b) => b.bytes - a.bytes))
    console.log(
      `  ${kb(e.bytes).padStart(7)} kB  ${(e.encoding || '-').padEnd(5)} ${e.type.padEnd(10)} ${e.url}`,
    );
  const total = js.reduce((sum, e) => sum + e.bytes, 0);
  console.log(
    `  JavaScript: ${js.length} files, ${kb(total)} kB transferred (as served), ${kb(gzip)} kB gzip`,
  );
  return gzip;
}

async function main() {
  const suite = await startTestSuite();
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
    const page = await browser.newPage();
    const network = await recordNetwork(page);
    await page.goto(`${suite.shellUrl}/`, { waitUntil: 'networkidle' });
    await page.locator('input#username').waitFor();
    const firstRoute = report('First load: /signin (cold cache)', network.take(), network.bodies);

    await page.locator('input#username').fill('admin');
    await page.locator('input#password').fill('demo1234');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('home').waitFor();
    await page.waitForLoadState('networkidle');
    report('Signed in: home dashboard (added)', network.take(), network.bodies);

    await page.getByTestId('desk-card-directory').click();
    await page.locator('.ant-tree-title').first().waitFor();
    await page.waitForLoadState('networkidle');
    report('Directory desk opened (added)', network.take(), network.bodies);

    const reactDomCopies = [...network.bodies.entries()]
      .filter(([, body]) => body.includes(REACT_DOM_MARK))
      .map(([url]) => url);
    const share = await page.evaluate(() => {
      const scope = globalThis.__FEDERATION__?.__SHARE__ ?? {};
      const out = {};
      for (const host of Object.values(scope))
        for (const [pkg, versions] of Object.entries(host.default ?? {}))
          if (['react', 'react-dom', '@apollo/client', 'antd'].includes(pkg))
            out[pkg] = Object.entries(versions).map(
              ([v, s]) => `${v} from ${s.from}${s.loaded ? ' (loaded)' : ''}`,
            );
      return out;
    });
    console.log('\n## React fetched once?');
    console.log(`  files carrying react-dom: ${reactDomCopies.length}`);
    for (const url of reactDomCopies) console.log(`    ${url}`);
    console.log(`  shared scope: ${JSON.stringify(share, null, 2).replace(/\n/g, '\n  ')}`);

    const firstKb = firstRoute / 1024;
    console.log(
      `\nFirst route JavaScript: ${firstKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB) ${firstKb <= BUDGET_KB ? 'OK' : 'OVER BUDGET'}`,
    );
    console.log(
      `React (react-dom) fetched ${reactDomCopies.length} time(s) ${reactDomCopies.length === 1 ? 'OK' : 'NOT OK'}`,
    );
  } finally {
    await browser.close();
    await suite.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
