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
          PublicDefenderRecord: '../mappers.ts#RecordParent',
          PublicDefenderTimeline: '../mappers.ts#TimelineParent',
          AssignedDefender: '../mappers.ts#DefenderParent',
          DefenderMatter: '../mappers.ts#MatterParent',
          AttorneyClientCommunication: '../mappers.ts#CommunicationParent',
        },
        enumsAsTypes: true,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
