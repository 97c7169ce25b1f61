import type { TimelineParent, LogCheckpointRef } from '@hub/subgraph-kit';
import type { AttendanceRow, EnrollmentRow, SpecialEducationRow } from './db/schema.ts';

// Every object below Youth carries the hub youth id: the kit decides each field by it.
type OfYouth<T> = T & { youthId: string };
export type YouthParent = { id: string };
export type RecordParent = { youthId: string };
export type { TimelineParent };
export type EnrollmentParent = OfYouth<EnrollmentRow>;
export type AttendanceParent = OfYouth<AttendanceRow>;
export type CreditsParent = OfYouth<{ earned: number; required: number; asOf: string }>;
export type SpecialEducationParent = OfYouth<SpecialEducationRow>;
export type LiaisonParent = OfYouth<{ personId: string; name: string }>;

/** The accounting's key: the registry's filters, opaque here; the kit reads them. */
export type AccountingParent = { id: string };
/** The chain audit's key and, required from the registry, its latest checkpoints. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };
