import { createLogger, runSubgraph } from '@dx/subgraph-kit';
import { definition } from './definition';

const log = createLogger('training');
void runSubgraph({ ...definition, logger: log }).catch((error) => {
  log.fatal({ err: error }, 'training failed to start');
  process.exit(1);
});
