/**
 * The Kubernetes manifests, checked offline: the committed base is what the generator writes from
 * the suite lists, and every object of every overlay (rendered by `kubectl kustomize`) is valid
 * against the Kubernetes schemas (kubernetes-models) and keeps the deployment rules.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { renderBase, renderDemo } from '../src/k8s';
import { APPS, SUBGRAPHS, repoRoot } from '../src/suite';

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec?: any;
  data?: Record<string, string>;
};

const k8sDir = join(repoRoot, 'infra', 'k8s');
let workDir: string;

function render(overlay: string): K8sObject[] {
  const yaml = execFileSync('kubectl', ['kustomize', join(workDir, overlay)], { encoding: 'utf8' });
  return parseAllDocuments(yaml).map((doc) => doc.toJS() as K8sObject);
}

/** kubernetes-models has one class per apiVersion/kind, each with the API's JSON schema. */
function validate(object: K8sObject): void {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : ['', object.apiVersion];
  const modulePath = ['kubernetes-models', group, version, object.kind].filter(Boolean).join('/');
  const Model = require(modulePath)[object.kind];
  new Model(object).validate();
}

const deployables = [
  ...SUBGRAPHS.map((s) => `dx-${s.name}`),
  'dx-gateway',
  ...APPS.map((a) => (a.name === 'shell' ? 'dx-shell' : `dx-desk-${a.name}`)),
];

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'dx-k8s-'));
  cpSync(k8sDir, workDir, { recursive: true });
  // the demo overlay's secrets are written by bench/deploy at deploy time; throwaway ones here
  const secrets = join(workDir, 'overlays', 'demo', 'secrets');
  mkdirSync(secrets, { recursive: true });
  writeFileSync(
    join(secrets, 'databases.env'),
    SUBGRAPHS.map((s) => `${s.name}=mysql://dx@127.0.0.1:3306/dx_${s.name}`).join('\n'),
  );
  writeFileSync(join(secrets, 'public.pem'), 'test');
  writeFileSync(join(secrets, 'private.pem'), 'test');
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('the committed base and demo addresses are what the generator writes from the suite lists', () => {
  for (const [file, text] of Object.entries(renderBase())) {
    expect(readFileSync(join(k8sDir, 'base', file), 'utf8')).toBe(text);
  }
  for (const [file, text] of Object.entries(renderDemo())) {
    expect(readFileSync(join(k8sDir, 'overlays', 'demo', file), 'utf8')).toBe(text);
  }
});

describe.each(['base', 'overlays/production', 'overlays/demo'])('%s', (overlay) => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = render(overlay);
  });
  const ofKind = (kind: string) => objects.filter((o) => o.kind === kind);

  test('every object is valid against the Kubernetes schemas', () => {
    expect(objects.length).toBeGreaterThan(30);
    for (const object of objects) expect(() => validate(object)).not.toThrow();
  });

  test('every deployable has its own image, a Service, probes, resources and runs as non-root', () => {
    const deployments = ofKind('Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...deployables].sort());
    const images = new Set<string>();
    for (const deployment of deployments) {
      const [container] = deployment.spec.template.spec.containers;
      images.add(container.image.split(':')[0]);
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.livenessProbe).toBeDefined();
      expect(container.resources.requests.cpu).toBeDefined();
      expect(container.securityContext.runAsNonRoot).toBe(true);
      expect(ofKind('Service').some((s) => s.spec.selector.app === deployment.metadata.name)).toBe(true);
    }
    expect(images.size).toBe(deployables.length);
  });

  test('subgraphs are reachable only from the gateway; the gateway scales; the shell reads its remotes from a ConfigMap', () => {
    for (const s of SUBGRAPHS) {
      const policy = ofKind('NetworkPolicy').find((p) => p.metadata.name === `dx-${s.name}`);
      expect(policy?.spec.ingress).toEqual([
        { from: [{ podSelector: { matchLabels: { app: 'dx-gateway' } } }] },
      ]);
      expect(ofKind('PodDisruptionBudget').some((p) => p.metadata.name === `dx-${s.name}`)).toBe(true);
    }
    expect(ofKind('HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name)).toEqual(['dx-gateway']);
    const shellConfig = ofKind('ConfigMap').find((c) => c.metadata.name === 'dx-shell-config');
    const remotes = JSON.parse(shellConfig!.data!['remotes.json']).remotes.map(
      (r: { name: string }) => r.name,
    );
    expect(remotes.sort()).toEqual(
      APPS.filter((a) => a.name !== 'shell')
        .map((a) => a.name)
        .sort(),
    );
  });

  test('secrets are referenced, never written into a Deployment', () => {
    for (const deployment of ofKind('Deployment')) {
      for (const env of deployment.spec.template.spec.containers[0].env) {
        if (/DATABASE_URL|TOKEN/.test(env.name)) expect(env.valueFrom?.secretKeyRef).toBeDefined();
      }
    }
  });
});

test('only the demo overlay uses host networking', () => {
  const demo = render('overlays/demo').filter((o) => o.kind === 'Deployment');
  const production = render('overlays/production').filter((o) => o.kind === 'Deployment');
  expect(demo.every((d) => d.spec.template.spec.hostNetwork === true)).toBe(true);
  expect(production.some((d) => d.spec.template.spec.hostNetwork)).toBe(false);
});
