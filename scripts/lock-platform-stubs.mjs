// The registry these machines reach serves only some platforms' builds of a few packages (turbo,
// unrs-resolver), so `npm install` leaves their other-platform optional packages out of
// package-lock.json and `npm ci` then refuses the lockfile. This adds each missing one as an
// optional entry with its os and cpu, which npm skips on any other platform, as a full registry
// would have recorded it. Run after `npm install` changes the lockfile: node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
  darwin: 'darwin',
  windows: 'win32',
  win32: 'win32',
  android: 'android',
  freebsd: 'freebsd',
  linux: 'linux',
  openharmony: 'openharmony',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
};
const CPU = {
  64: 'x64',
  x64: 'x64',
  arm64: 'arm64',
  arm: 'arm',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
  ia32: 'ia32',
};

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((k) => k.replace(/^.*node_modules\//, '')));
let added = 0;
for (const entry of Object.values(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (present.has(name) || !/^\d+\.\d+\.\d+$/.test(spec)) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.map((p) => OS[p]).find(Boolean);
    const cpu = parts.map((p) => CPU[p]).find(Boolean);
    if (!os || !cpu) throw new Error(`cannot tell the platform of ${name}`);
    lock.packages[`node_modules/${name}`] = { version: spec, cpu: [cpu], dev: true, optional: true, os: [os] };
    present.add(name);
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
