import { createLogger, runSubgraph } from '@dx/subgraph-kit';
import { definition } from './definition';

const log = createLogger('campaigns');
void runSubgraph({ ...definition, logger: log }).catch((error) => {
  log.fatal({ err: error }, 'campaigns failed to start');
  process.exit(1);
});
