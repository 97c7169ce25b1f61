export {
  importGatewayPublicKey,
  purposeOf,
  PURPOSE_HEADER,
  ReplayGuard,
  REQUEST_ID_HEADER,
  sha256,
  SIGNATURE_HEADER,
  SignatureError,
  signGatewayRequest,
  verifyGatewaySignature,
} from './signature.ts';
export type { OneTimeIds, SignInput, VerifiedSignature } from './signature.ts';
export { signServiceToken, verifyServiceToken } from './service-token.ts';
export {
  generateServiceKeyPair,
  importServiceSigner,
  parseServicePublicKeys,
  SERVICE_KEY_ALG,
  ServiceKeyDirectory,
  ServiceKeyError,
} from './service-keys.ts';
export type { ServiceSigner } from './service-keys.ts';
export { bearerToken, createUserTokenVerifier, DEFAULT_VERIFIED_TOKENS, UserTokenError } from './user-token.ts';
export { BoundedCache, documentStore } from './bounded-cache.ts';
export type { UserTokenConfig, UserTokenVerifier } from './user-token.ts';
export { HttpError, readBody, sendError, sendFailure, sendJson } from './http.ts';
export type { KeyLike } from './keys.ts';
export { loggableError } from './log-safe.ts';
export { PUBLIC_CODES } from './codes.ts';
export { countyTimeZone, DEFAULT_TIME_ZONE } from './time-zone.ts';
export {
  INTERNAL_KEEP_ALIVE,
  internalAgent,
  internalPost,
  keepAliveServer,
  StaleConnectionError,
} from './internal-http.ts';
export type { InternalAnswer, InternalPost } from './internal-http.ts';
export {
  FACTS_ASSERTION_AUDIENCE,
  FACTS_ASSERTION_PATH,
  FACTS_ASSERTION_SECONDS,
  FactsAssertionError,
  signFactsAssertion,
  verifyFactsAssertion,
} from './facts-assertion.ts';
export type { FactsBinding } from './facts-assertion.ts';

export { DELIVERY_FAILURE_AUDIENCE, DELIVERY_FAILURE_PATH } from './delivery.ts';
export type { DeliveryFailureReport } from './delivery.ts';
