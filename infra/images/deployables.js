// Prints the deployables of this checkout as JSON lines {name, workspace, port, health}, read from
// the suite's own lists (the gateway's subgraphs, the launcher's apps), so nothing is listed twice.
const { join } = require('node:path');
const root = join(__dirname, '..', '..');
const { SUBGRAPHS, APPS, builtServices } = require(join(root, 'infra/local/dist/suite.js'));
const out = [];
for (const s of builtServices ? builtServices() : SUBGRAPHS)
  out.push({ name: s.name, workspace: `services/${s.name}`, port: s.port, health: '/health/ready' });
out.push({ name: 'gateway', workspace: 'gateway', port: 4000, health: '/health/ready' });
for (const a of APPS)
  out.push({
    name: a.name === 'shell' ? 'shell' : `desk-${a.name}`,
    workspace: `apps/${a.name}`,
    port: a.port,
    health: '/health/ready',
  });
for (const d of out) console.log(JSON.stringify(d));
