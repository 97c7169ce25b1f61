import type { TimelineParent, LogCheckpointRef } from '@hub/subgraph-kit';
import type { CaseRow, ChargeRow, CourtDateRow, ProtectiveOrderRow } from './db/schema.ts';

// Every object below Youth carries the hub youth id: the kit decides each field by it.
type OfYouth<T> = T & { youthId: string };
export type YouthParent = { id: string };
export type RecordParent = { youthId: string };
export type { TimelineParent };
export type AdvocateParent = OfYouth<{ personId: string; name: string; assignedOn: string }>;
export type CaseParent = OfYouth<CaseRow>;
export type ChargeParent = OfYouth<ChargeRow & { caseNumber: string }>;
export type CourtDateParent = OfYouth<CourtDateRow & { caseNumber: string }>;
export type ProtectiveOrderParent = OfYouth<ProtectiveOrderRow & { caseNumber: string }>;

/** The accounting's key: the registry's filters, opaque here; the kit reads them. */
export type AccountingParent = { id: string };
/** The chain audit's key and, required from the registry, its latest checkpoints. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };
