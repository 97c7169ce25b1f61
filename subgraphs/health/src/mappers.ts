import type { TimelineParent, LogCheckpointRef } from '@hub/subgraph-kit';
import type {
  AppointmentRow,
  DiagnosisRow,
  MedicationRow,
  MentalHealthRow,
  NoteRow,
  SudNoteRow,
  SubstanceUseRow,
  VisitRow,
} from './db/schema.ts';

// Every object below Youth carries the hub youth id: the kit decides each field by it.
type OfYouth<T> = T & { youthId: string };
export type YouthParent = { id: string };
export type RecordParent = { youthId: string };
export type { TimelineParent };
export type MentalHealthParent = OfYouth<MentalHealthRow>;
export type DiagnosisParent = OfYouth<DiagnosisRow>;
export type NoteParent = OfYouth<NoteRow>;
export type SudNoteParent = OfYouth<SudNoteRow>;
export type SubstanceUseParent = OfYouth<SubstanceUseRow>;
export type SexualHealthParent = OfYouth<{ visits: VisitParent[] }>;
export type VisitParent = OfYouth<VisitRow>;
export type PhysicalHealthParent = OfYouth<{ primaryClinician: string; lastExamOn: string | null }>;
export type MedicationParent = OfYouth<MedicationRow>;
export type AppointmentParent = OfYouth<AppointmentRow>;

/** The accounting's key: the registry's filters, opaque here; the kit reads them. */
export type AccountingParent = { id: string };
/** The chain audit's key and, required from the registry, its latest checkpoints. */
export type ChainAuditParent = { id: string; checkpoints?: LogCheckpointRef[] | null };
