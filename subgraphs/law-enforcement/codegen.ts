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
          ChainAudit: '../mappers.ts#ChainAuditParent',
          ViewerAccess: '../mappers.ts#AccountingParent',
          PrivacyAlerts: '../mappers.ts#AccountingParent',
          PrivacyAlert: '@hub/subgraph-kit#PrivacyAlert as KitPrivacyAlert',
          DisclosurePage: '@hub/subgraph-kit#DisclosurePage as KitDisclosurePage',
          Youth: '../mappers.ts#YouthParent',
          LawEnforcementRecord: '../mappers.ts#RecordParent',
          LawEnforcementDetective: '../mappers.ts#DetectiveParent',
          LawEnforcementInvestigation: '../mappers.ts#InvestigationParent',
          SuspectedOffense: '../mappers.ts#OffenseParent',
          MissingPersonReport: '../mappers.ts#MissingPersonReportParent',
          LawEnforcementProtectiveOrder: '../mappers.ts#ProtectiveOrderParent',
          LawEnforcementContact: '../mappers.ts#ContactParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
