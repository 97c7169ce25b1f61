// Prints fresh secrets for docker-compose's .env: the gateway's signing key pair and the
// subgraphs' shared service-token secret.
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';

const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
console.log(`GATEWAY_SIGNING_KEY='${JSON.stringify(await exportJWK(privateKey))}'`);
console.log(`GATEWAY_PUBLIC_JWK='${JSON.stringify(await exportJWK(publicKey))}'`);
console.log(`SERVICE_TOKEN_SECRET=${randomBytes(32).toString('hex')}`);
