import { createLogger, runSubgraph } from '@dx/subgraph-kit';
import { definition } from './definition';
import { seedDirectoryDemo } from './demo/seed';

const log = createLogger('directory');
void runSubgraph({
  ...definition,
  logger: log,
  onReady: async (dataSource) => {
    if (process.env.DX_DEMO === '1') await seedDirectoryDemo(dataSource, log);
  },
}).catch((error) => {
  log.fatal({ err: error }, 'directory failed to start');
  process.exit(1);
});
