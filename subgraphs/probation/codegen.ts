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
          ProbationRecord: '../mappers.ts#RecordParent',
          ProbationTimeline: '../mappers.ts#TimelineParent',
          ProbationSupervision: '../mappers.ts#SupervisionParent',
          ProbationOfficer: '../mappers.ts#OfficerParent',
          ProbationCondition: '../mappers.ts#ConditionParent',
          ProbationViolation: '../mappers.ts#ViolationParent',
          ProbationDelinquencyCase: '../mappers.ts#DelinquencyCaseParent',
          ProbationCitation: '../mappers.ts#CitationParent',
          ProbationDetentionEpisode: '../mappers.ts#DetentionParent',
          ProbationCsecIdentification: '../mappers.ts#CsecIdentificationParent',
          ProbationCsecScreening: '../mappers.ts#ScreeningParent',
          ProbationReportingClock: '../mappers.ts#ClockParent',
          ProbationMissingNow: '../mappers.ts#MissingNowParent',
          ProbationRunawayEpisode: '../mappers.ts#RunawayParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
