// The Nx targets of every project, inferred here in one place instead of copied into each
// package.json (nx.json lists this plugin; targetDefaults there add caching, inputs and outputs):
//   build      tsc -b <project>                 projects compiled to dist/ (an outDir in their tsconfig.json)
//   typecheck  tsc -b <project>, or tsc -p <project>/tsconfig.json for the bundled (web) ones
//   test       jest over the project's files    projects with test/ or *.spec.ts(x) under src/
//   lint       eslint <project>
//   bundle     rsbuild build                    apps (an rsbuild.config.ts)
//   dev        rsbuild dev                      apps
// `npx nx show project <name>` prints what a project gets.
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const { dirname, join } = require('node:path');

const hasSpecs = (dir) => {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() ? hasSpecs(join(dir, entry.name)) : /\.spec\.tsx?$/.test(entry.name)) return true;
  }
  return false;
};

function targetsOf(root, workspaceRoot) {
  const at = (path) => join(workspaceRoot, root, path);
  if (!existsSync(at('tsconfig.json'))) return {};
  // compiled to dist/ by tsc -b (services, gateway, server packages, infra/local), or bundled by Rsbuild (web)
  const compiled = readFileSync(at('tsconfig.json'), 'utf8').includes('"outDir"');
  const targets = {
    lint: { command: `eslint ${root}` },
    typecheck: {
      command: compiled ? `tsc -b ${root}` : `tsc -p ${root}/tsconfig.json --noEmit`,
      cache: true,
      inputs: ['default', '^production'],
    },
  };
  if (compiled) targets.build = { command: `tsc -b ${root}` };
  if (existsSync(at('test')) || hasSpecs(at('src'))) targets.test = { command: `jest ${root}/` };
  if (existsSync(at('rsbuild.config.ts'))) {
    targets.bundle = { command: 'rsbuild build', options: { cwd: root } };
    targets.dev = { command: 'rsbuild dev', options: { cwd: root }, continuous: true };
  }
  return targets;
}

const PROJECTS = /^(packages|services|apps)\/[^/]+\/package\.json$|^(gateway|infra\/local)\/package\.json$/;

const createNodes = [
  '**/package.json',
  async (files, _options, context) =>
    files
      .filter((file) => PROJECTS.test(file))
      .map((file) => [
        file,
        { projects: { [dirname(file)]: { targets: targetsOf(dirname(file), context.workspaceRoot) } } },
      ]),
];

module.exports = { name: 'dx-targets', createNodes, createNodesV2: createNodes };
