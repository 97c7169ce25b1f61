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
          ChildWelfareRecord: '../mappers.ts#RecordParent',
          ChildWelfareTimeline: '../mappers.ts#TimelineParent',
          AssignedWorker: '../mappers.ts#WorkerParent',
          Referral: '../mappers.ts#ReferralParent',
          Placement: '../mappers.ts#PlacementParent',
          RunawayEpisode: '../mappers.ts#RunawayParent',
          CsecIndicator: '../mappers.ts#IndicatorParent',
          CsecScreening: '../mappers.ts#ScreeningParent',
          ReportingClock: '../mappers.ts#ClockParent',
          MissingNow: '../mappers.ts#MissingNowParent',
          CaseSafetyPlan: '../mappers.ts#SafetyPlanParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
