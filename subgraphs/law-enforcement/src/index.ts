import { runSubgraph } from '@hub/subgraph-kit';
import { subgraph } from './server.ts';

// Production: serves the database it is given, and seeds nothing (src/dev.ts seeds synthetic youths).
await runSubgraph(subgraph);
