import { readFileSync } from 'node:fs';
import { startGateway } from './server';
import { supergraphFile } from './subgraphs';

async function main(): Promise<void> {
  const gateway = await startGateway({
    supergraphSdl: readFileSync(process.env.DX_SUPERGRAPH ?? supergraphFile, 'utf8'),
    port: Number(process.env.PORT ?? 4000),
  });
  const shutdown = async () => {
    await gateway.drain();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
