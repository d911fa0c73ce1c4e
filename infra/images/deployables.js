// Prints the deployables of this checkout as JSON lines {name, workspace, port, health}, read from
// the suite manifest (packages/suite-manifest): the built services, the gateway, the shell and the desks.
const { join } = require('node:path');
const root = join(__dirname, '..', '..');
const { GATEWAY, APPS, deployableOfApp, deployableOfService } = require(
  join(root, 'packages/suite-manifest/dist/index.js'),
);
const { builtServices } = require(join(root, 'infra/local/dist/suite.js'));
const out = [
  ...builtServices().map(deployableOfService),
  { name: GATEWAY.name, workspace: 'gateway', port: GATEWAY.port },
  ...APPS.map(deployableOfApp),
];
for (const { name, workspace, port } of out)
  console.log(JSON.stringify({ name, workspace, port, health: '/health/ready' }));
