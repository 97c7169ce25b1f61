import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: ['../../schema/contract.graphql', './schema.graphql'],
  generates: {
    './src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        contextType: '@hub/subgraph-kit#SubgraphContext',
        mappers: {
          Accounting: '../mappers.ts#AccountingParent',
          ViewerAccess: '../mappers.ts#AccountingParent',
          PrivacyAlerts: '../mappers.ts#AccountingParent',
          PrivacyAlert: '@hub/subgraph-kit#PrivacyAlert as KitPrivacyAlert',
          ChainAudit: '../mappers.ts#ChainAuditParent',
          DisclosurePage: '@hub/subgraph-kit#DisclosurePage as KitDisclosurePage',
          Youth: '../mappers.ts#YouthParent',
          HealthRecord: '../mappers.ts#RecordParent',
          HealthTimeline: '../mappers.ts#TimelineParent',
          MentalHealthRecord: '../mappers.ts#MentalHealthParent',
          Diagnosis: '../mappers.ts#DiagnosisParent',
          PsychotherapyNote: '../mappers.ts#NoteParent',
          SudCounselingNote: '../mappers.ts#SudNoteParent',
          SubstanceUseRecord: '../mappers.ts#SubstanceUseParent',
          SexualHealthRecord: '../mappers.ts#SexualHealthParent',
          SexualHealthVisit: '../mappers.ts#VisitParent',
          PhysicalHealthRecord: '../mappers.ts#PhysicalHealthParent',
          Medication: '../mappers.ts#MedicationParent',
          Appointment: '../mappers.ts#AppointmentParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
