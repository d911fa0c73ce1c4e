import { createLogger, runSubgraph } from '@dx/subgraph-kit';
import { definition } from './definition';

const log = createLogger('notifications');
void runSubgraph({ ...definition, logger: log }).catch((error) => {
  log.fatal({ err: error }, 'notifications failed to start');
  process.exit(1);
});
