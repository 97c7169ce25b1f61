export { createTestKeys, issueTestToken, testDeps } from './keys.ts';
export type { TestKeys, TestPerson } from './keys.ts';
export { openTestDatabase, TEST_ENGINES } from './databases.ts';
export type { Engine } from './databases.ts';
export { gatewayRequest } from './requests.ts';
export type { GraphQLBody } from './requests.ts';
export { describeDirectCallRefusals, UNAUTHORIZED } from './direct-calls.ts';
export type { DirectCallRefusalsOptions, DirectCallTarget } from './direct-calls.ts';
