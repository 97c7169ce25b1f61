import type { LogCheckpointRef } from '@hub/subgraph-kit';
import type { ContactRow, InvestigationRow, MissingPersonReportRow, ProtectiveOrderRow } from './db/schema.ts';

// Every object below Youth carries the hub youth id: the kit decides each field by it.
export type YouthParent = { id: string };
export type RecordParent = { youthId: string };
export type DetectiveParent = { youthId: string; personId: string; name: string };
export type InvestigationParent = InvestigationRow & { youthId: string };
export type OffenseParent = { youthId: string; code: string; description: string };
export type MissingPersonReportParent = MissingPersonReportRow & { youthId: string };
export type ProtectiveOrderParent = ProtectiveOrderRow & { youthId: string };
export type ContactParent = ContactRow & { youthId: string };

/** The accounting's key: the registry's filters, opaque here; the kit reads them. */
export type AccountingParent = { id: string };
/** The chain audit's key and, required from the registry, its latest checkpoints. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };
