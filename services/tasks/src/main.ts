import { createLogger, runSubgraph } from '@dx/subgraph-kit';
import { definition } from './definition';

const log = createLogger('tasks');
void runSubgraph({ ...definition, logger: log }).catch((error) => {
  log.fatal({ err: error }, 'tasks failed to start');
  process.exit(1);
});
