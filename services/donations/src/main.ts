import { createLogger, runSubgraph } from '@dx/subgraph-kit';
import { definition } from './definition';

const log = createLogger('donations');
void runSubgraph({ ...definition, logger: log }).catch((error) => {
  log.fatal({ err: error }, 'donations failed to start');
  process.exit(1);
});
