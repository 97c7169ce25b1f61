import { accountingPage, chainVerification } from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { PublicDefenderRecord } from './record.ts';
import { PublicDefenderTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), publicDefender: accountingPage },
  ChainAudit: { __resolveReference: (ref) => ref, publicDefender: chainVerification },
  Youth,
  PublicDefenderRecord,
  PublicDefenderTimeline,
  DefenderMatter: { id: (r) => String(r.id) },
  AttorneyClientCommunication: { id: (r) => String(r.id) },
};
