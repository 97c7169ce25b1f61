// Prints fresh secrets for docker-compose's .env: the gateway's signing key pair, and each
// service's own key pair (its private half as <NAME>_SIGNING_KEY, every public half in
// SERVICE_PUBLIC_KEYS). `--service <name>` prints one new pair for a rotation (docs/identity.md).
import { parseArgs } from 'node:util';
import { exportJWK, generateKeyPair } from 'jose';
import { generateServiceKeyPair } from '@hub/protocol';
import { loadSupergraphConfig, serviceSigningKeyVariable } from '@hub/schema';

const { values } = parseArgs({ options: { service: { type: 'string' } } });
const names = loadSupergraphConfig().map((s) => s.name);
const quoted = (value: unknown) => `'${JSON.stringify(value)}'`;

if (values.service) {
  if (!names.includes(values.service)) {
    console.error(`generate-keys: ${values.service} is not a service of the hub (${names.join(', ')})`);
    process.exit(2);
  }
  const pair = await generateServiceKeyPair(values.service, `${values.service}-${new Date().toISOString()}`);
  console.log(`${serviceSigningKeyVariable(values.service)}=${quoted(pair.privateJwk)}`);
  console.log(`# add to ${values.service}'s list in SERVICE_PUBLIC_KEYS, beside the old key, for the overlap:`);
  console.log(`# ${JSON.stringify(pair.publicJwk)}`);
} else {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
  console.log(`GATEWAY_SIGNING_KEY=${quoted(await exportJWK(privateKey))}`);
  console.log(`GATEWAY_PUBLIC_JWK=${quoted(await exportJWK(publicKey))}`);
  const publicKeys: Record<string, unknown[]> = {};
  for (const name of names) {
    const pair = await generateServiceKeyPair(name);
    console.log(`${serviceSigningKeyVariable(name)}=${quoted(pair.privateJwk)}`);
    publicKeys[name] = [pair.publicJwk];
  }
  console.log(`SERVICE_PUBLIC_KEYS=${quoted(publicKeys)}`);
}
