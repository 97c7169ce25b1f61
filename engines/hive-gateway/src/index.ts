export { signedFetchOptions, useHubSigning } from './plugin.ts';
export type { HubRequest, HubSigningOptions } from './plugin.ts';
export { createHubHiveGateway, hubHiveGatewayConfig, withoutRequiresFields } from './config.ts';
export type { HubHiveGateway, HubHiveGatewayOptions } from './config.ts';
