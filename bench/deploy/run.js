#!/usr/bin/env node
/**
 * bench/deploy: proves the images and the Kubernetes manifests on this machine.
 *  1. builds every image (infra/images/build.sh; an unchanged deployable is not rebuilt),
 *  2. renders infra/k8s/overlays/demo with those images, token keys and MariaDB databases made here,
 *  3. plays every Deployment with `podman kube play` (host networking, MariaDB on 127.0.0.1:3306),
 *  4. waits for every /health/ready, runs API acceptance checks through the gateway and a Chromium
 *     smoke test (sign in, open every desk),
 *  5. moves one desk to a new port by changing only the shell's ConfigMap (the shell image is not
 *     rebuilt) and checks that the browser loads the desk from there,
 *  6. tears everything down, and prints image sizes, build time and time to ready.
 * Needs root (podman, buildah), `npm ci && npm run build` first. Not a CI test: about 10 minutes.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const { generateKeyPairSync } = require('node:crypto');
const { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const YAML = require('yaml');

const root = join(__dirname, '..', '..');
const { SUBGRAPHS, APPS } = require(join(root, 'infra/local/dist/suite.js'));
const PODMAN_KINDS = new Set(['Deployment', 'ConfigMap']);
const MOVED_DESK = process.env.BENCH_MOVED_DESK ?? 'awards';
const MOVED_PORT = 4305;
const figures = [];
const checks = [];

const sh = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(1);
function check(name, ok, detail = '') {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

function buildImages(figure = 'build all images (s)') {
  const started = performance.now();
  const out = sh('bash', [join(root, 'infra/images/build.sh')], { cwd: root });
  process.stdout.write(out);
  figures.push([figure, seconds(started)]);
  const images = {};
  for (const line of readFileSync(join(root, 'infra/images/.cache/images.env'), 'utf8').trim().split('\n')) {
    const [key, image] = line.split('=');
    images[key] = image;
  }
  return { images, table: out };
}

/** Changes one desk's source (restored afterwards) and rebuilds: which images got a new tag. */
function rebuildAfterChangingOneDesk(imagesBefore) {
  const file = join(root, 'apps', MOVED_DESK, 'src', 'index.ts');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n// bench/deploy: a change to the ${MOVED_DESK} desk alone\n`);
  try {
    const { images } = buildImages(`rebuild after a change to the ${MOVED_DESK} desk (s)`);
    return { images, rebuilt: Object.keys(images).filter((key) => images[key] !== imagesBefore[key]) };
  } finally {
    writeFileSync(file, original);
  }
}

/** Each running container (named with its pod, so a pod's infra container counts for its pod) → its start. */
const containerStarts = () =>
  new Map(
    sh('podman', ['ps', '--pod', '--format', '{{.PodName}}/{{.Names}} {{.StartedAt}}'])
      .trim()
      .split('\n')
      .map((line) => [line.split(' ')[0], line.slice(line.indexOf(' ') + 1)]),
  );

const imageKey = (name) => name.replace(/^dx-/, '').toUpperCase().replace(/-/g, '_');

function prepareOverlay(workDir, images) {
  cpSync(join(root, 'infra/k8s'), join(workDir, 'k8s'), { recursive: true });
  const overlay = join(workDir, 'k8s/overlays/demo');
  const secrets = join(overlay, 'secrets');
  mkdirSync(secrets, { recursive: true });
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(join(secrets, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(secrets, 'private.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const databases = SUBGRAPHS.map((s) => `${s.name}=mysql://root@127.0.0.1:3306/dx_deploy_${s.name}`);
  writeFileSync(join(secrets, 'databases.env'), databases.join('\n') + '\n');
  const kustomization = YAML.parse(readFileSync(join(overlay, 'kustomization.yaml'), 'utf8'));
  // The base may already have renamed an image (to the production registry): rename what it names.
  const base = YAML.parse(readFileSync(join(workDir, 'k8s/base/kustomization.yaml'), 'utf8'));
  const renamed = new Map((base.images ?? []).map((i) => [i.name, i.newName ?? i.name]));
  kustomization.images = Object.entries(images).map(([key, image]) => {
    const [newName, newTag] = image.split(':');
    const name = `dx/${key.toLowerCase().replace(/_/g, '-')}`;
    return { name: renamed.get(name) ?? name, newName, newTag };
  });
  writeFileSync(join(overlay, 'kustomization.yaml'), YAML.stringify(kustomization));
  return overlay;
}

/**
 * podman kube play runs Deployments and ConfigMaps; Services, the Ingress, NetworkPolicies, PDBs and
 * the HPA have no meaning with host networking on one machine (they are validated in CI instead).
 * Environment read from ConfigMaps and Secrets is resolved to values here, as the kubelet would.
 */
function renderForPodman(overlay) {
  const objects = YAML.parseAllDocuments(sh('kubectl', ['kustomize', overlay])).map((d) => d.toJS());
  const byName = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const files = {};
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const container = deployment.spec.template.spec.containers[0];
    container.env = container.env.map((env) => {
      const ref = env.valueFrom?.configMapKeyRef ?? env.valueFrom?.secretKeyRef;
      if (!ref) return env;
      const source = byName(env.valueFrom.configMapKeyRef ? 'ConfigMap' : 'Secret', ref.name);
      const raw = source?.data?.[ref.key];
      const value =
        env.valueFrom.secretKeyRef && raw !== undefined ? Buffer.from(raw, 'base64').toString('utf8') : raw;
      return { name: env.name, value: value ?? '' };
    });
    container.env.push({ name: 'DX_DEMO', value: '1' }, { name: 'LOG_LEVEL', value: 'warn' });
    // On the host's network a process's port is its own; podman refuses port mappings there.
    delete container.ports;
    const configMaps = (deployment.spec.template.spec.volumes ?? [])
      .filter((v) => v.configMap)
      .map((v) => byName('ConfigMap', v.configMap.name));
    files[deployment.metadata.name] = [deployment, ...configMaps].filter((o) => PODMAN_KINDS.has(o.kind));
  }
  return files;
}

function play(workDir, name, manifests) {
  const file = join(workDir, `${name}.yaml`);
  writeFileSync(file, manifests.map((m) => YAML.stringify(m)).join('---\n'));
  sh('podman', ['kube', 'play', '--replace', '--network', 'host', file]);
  return file;
}

async function waitReady(url, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function gql(query, variables, token) {
  const response = await fetch('http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function acceptance() {
  const login = await gql(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token account { username roles } } }',
    {
      u: 'admin',
      p: 'demo1234',
    },
  );
  const token = login.data?.login?.token;
  check('login through the gateway', Boolean(token), login.errors?.[0]?.message);
  const me = await gql('{ me { username roles } }', {}, token);
  check('me', me.data?.me?.username === 'admin');
  const units = await gql('{ units(first: 5) { totalCount nodes { id name } } }', {}, token);
  check('units (directory)', units.data?.units?.totalCount > 0, `${units.data?.units?.totalCount} units`);
  const tasks = await gql(
    '{ tasks(first: 5) { totalCount nodes { title assignee { fullName } unit { name } } } }',
    {},
    token,
  );
  const names = tasks.data?.tasks?.nodes?.every((t) => t.assignee?.fullName && t.unit?.name);
  check(
    'tasks with assignee and unit names (tasks → directory)',
    tasks.data?.tasks?.totalCount > 0 && names,
    `${tasks.data?.tasks?.totalCount} tasks`,
  );
  const refused = await gql('{ tasks(first: 1) { totalCount } }', {});
  check(
    'no token: refused with UNAUTHENTICATED',
    refused.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
  );
  const training = await gql('{ courses(first: 3) { totalCount } }', {}, token);
  check('courses (training)', training.data?.courses?.totalCount > 0);
  const stock = await gql('{ stock { category available } }', {}, token);
  check('stock (donations)', Array.isArray(stock.data?.stock));
  const rounds = await gql('{ awardRounds(first: 3) { totalCount } }', {}, token);
  check('award rounds (awards)', rounds.data?.awardRounds?.totalCount > 0);
}

async function browserSmoke(expectDeskFrom) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
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
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    const manifests = [];
    page.on('request', (r) => r.url().endsWith('mf-manifest.json') && manifests.push(r.url()));
    page.setDefaultTimeout(30_000);
    await page.goto('http://127.0.0.1:4200/');
    await page.locator('input#username').fill('admin');
    await page.locator('input#password').fill('demo1234');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('home').waitFor();
    check('browser: sign in as admin, home shown', true);
    for (const app of APPS.filter((a) => a.name !== 'shell')) {
      const link = page.locator(`a[href="/${app.name}"], a[href^="/${app.name}/"]`).first();
      await link.click();
      await page.waitForURL(new RegExp(`/${app.name}`));
      // Loaded means the desk's own tabs are shown; the shell's contained failure means it was not.
      const outcome = await Promise.race([
        page
          .locator(`nav.dx-desk-tabs a[href^="/${app.name}"]`)
          .first()
          .waitFor()
          .then(() => 'tabs shown'),
        page
          .getByTestId('remote-error')
          .waitFor()
          .then(() => 'shown as unavailable'),
      ]).catch((error) => error.message.split('\n')[0]);
      check(`browser: ${app.name} desk opens from the navigation`, outcome === 'tabs shown', outcome);
      if (outcome !== 'tabs shown')
        await page.screenshot({ path: join(tmpdir(), `dx-deploy-${app.name}.png`) });
    }
    if (expectDeskFrom) {
      check(
        `browser: ${MOVED_DESK} desk loaded from its new address`,
        manifests.some((u) => u.startsWith(expectDeskFrom)),
        manifests.join(' '),
      );
    }
  } finally {
    await browser.close();
  }
}

function databases(action) {
  const sql = SUBGRAPHS.map(
    (s) =>
      `DROP DATABASE IF EXISTS dx_deploy_${s.name};` +
      (action === 'create'
        ? `CREATE DATABASE dx_deploy_${s.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`
        : ''),
  ).join('');
  sh('mysql', ['-h127.0.0.1', '-uroot', '-e', sql]);
}

async function main() {
  const { images } = buildImages();
  const workDir = mkdtempSync(join(tmpdir(), 'dx-deploy-'));
  const played = [];
  try {
    databases('create');
    const overlay = prepareOverlay(workDir, images);
    const files = renderForPodman(overlay);
    const started = performance.now();
    for (const [name, manifests] of Object.entries(files)) played.push(play(workDir, name, manifests));
    figures.push(['podman kube play, all deployables (s)', seconds(started)]);
    const ports = [4000, ...SUBGRAPHS.map((s) => s.port), ...APPS.map((a) => a.port)];
    const ready = await Promise.all(ports.map((p) => waitReady(`http://127.0.0.1:${p}/health/ready`)));
    figures.push(['time to ready, from play (s)', seconds(started)]);
    ports.forEach((p, i) => check(`ready on :${p}`, ready[i]));
    await acceptance();
    await browserSmoke();

    // Move one desk by configuration only: its Deployment on a new port, the shell's ConfigMap pointing there.
    const shellImageBefore = sh('podman', [
      'ps',
      '--format',
      '{{.Image}}',
      '--filter',
      'name=dx-shell',
    ]).trim();
    const remotesFile = join(overlay, 'shell/remotes.json');
    const remotes = JSON.parse(readFileSync(remotesFile, 'utf8'));
    remotes.remotes.find((r) => r.name === MOVED_DESK).entry =
      `http://127.0.0.1:${MOVED_PORT}/mf-manifest.json`;
    writeFileSync(remotesFile, JSON.stringify(remotes, null, 2));
    const moved = renderForPodman(overlay);
    const desk = moved[`dx-desk-${MOVED_DESK}`][0].spec.template.spec.containers[0];
    desk.env.find((e) => e.name === 'PORT').value = String(MOVED_PORT);
    desk.readinessProbe.httpGet.port = desk.livenessProbe.httpGet.port = MOVED_PORT;
    const movedStarted = performance.now();
    play(workDir, `dx-desk-${MOVED_DESK}`, moved[`dx-desk-${MOVED_DESK}`]);
    play(workDir, 'dx-shell', moved['dx-shell']);
    await waitReady(`http://127.0.0.1:${MOVED_PORT}/health/ready`);
    await waitReady('http://127.0.0.1:4200/health/ready');
    figures.push([`move the ${MOVED_DESK} desk by ConfigMap (s)`, seconds(movedStarted)]);
    const shellImageAfter = sh('podman', [
      'ps',
      '--format',
      '{{.Image}}',
      '--filter',
      'name=dx-shell',
    ]).trim();
    check(
      'the shell image is unchanged when a desk moves',
      shellImageBefore === shellImageAfter,
      shellImageAfter,
    );
    await browserSmoke(`http://127.0.0.1:${MOVED_PORT}/`);

    // Change that desk: only its image is rebuilt and only its Deployment is played again.
    const deskKey = `DESK_${MOVED_DESK.toUpperCase()}`;
    const { images: after, rebuilt } = rebuildAfterChangingOneDesk(images);
    check(
      `a change to the ${MOVED_DESK} desk rebuilds only its image`,
      rebuilt.join() === deskKey,
      rebuilt.join(),
    );
    const startsBefore = containerStarts();
    desk.image = after[deskKey];
    const redeployStarted = performance.now();
    play(workDir, `dx-desk-${MOVED_DESK}`, moved[`dx-desk-${MOVED_DESK}`]);
    await waitReady(`http://127.0.0.1:${MOVED_PORT}/health/ready`);
    figures.push([`redeploy the changed ${MOVED_DESK} desk alone (s)`, seconds(redeployStarted)]);
    const startsAfter = containerStarts();
    const restarted = [...startsBefore].filter(([name, at]) => startsAfter.get(name) !== at).map(([n]) => n);
    check(
      'only that desk was restarted',
      restarted.length > 0 && restarted.every((name) => name.startsWith(`dx-desk-${MOVED_DESK}`)),
      restarted.join(' '),
    );
    const running = sh('podman', [
      'ps',
      '--format',
      '{{.Image}}',
      '--filter',
      `name=dx-desk-${MOVED_DESK}`,
    ]).trim();
    check('the new desk image is the one running', running === after[deskKey], running);
    await browserSmoke(`http://127.0.0.1:${MOVED_PORT}/`);
  } finally {
    for (const file of played) spawnSync('podman', ['kube', 'down', file], { stdio: 'ignore' });
    try {
      databases('drop');
    } catch {
      /* the database may be down */
    }
    rmSync(workDir, { recursive: true, force: true });
  }
  const sizes = sh('podman', ['images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}'])
    .trim()
    .split('\n')
    .filter((l) => Object.values(images).some((i) => l.startsWith(i)));
  console.log('\nimage sizes');
  for (const line of sizes) console.log(`  ${line}`);
  console.log('\nfigures');
  for (const [name, value] of figures) console.log(`  ${name.padEnd(44)} ${value}`);
  const failed = checks.filter((c) => !c.ok);
  console.log(`\n${checks.length - failed.length}/${checks.length} checks passed`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
