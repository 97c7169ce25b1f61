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
          EducationRecord: '../mappers.ts#RecordParent',
          EducationTimeline: '../mappers.ts#TimelineParent',
          Enrollment: '../mappers.ts#EnrollmentParent',
          SchoolYearAttendance: '../mappers.ts#AttendanceParent',
          CreditSummary: '../mappers.ts#CreditsParent',
          SpecialEducation: '../mappers.ts#SpecialEducationParent',
          SchoolLiaison: '../mappers.ts#LiaisonParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
