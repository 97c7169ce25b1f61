// Builds web/dist when it is missing or older than the app's sources, so `npm start` and the
// browser tests always serve the app as it is in the checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const WEB_ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function webBuildIsStale(): boolean {
  const built = join(WEB_ROOT, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    ...SOURCES.map((s) => join(WEB_ROOT, s))
      .filter(existsSync)
      .map(newest),
  );
  return sources > statSync(built).mtimeMs;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** One build at a time across processes (npm start and the browser tests may ask at once). */
function withBuildLock<T>(work: () => T): T {
  const lock = join(WEB_ROOT, '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a process that died mid-build is broken after two minutes.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000)
        rmSync(lock, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs `vite build` in web/ when needed; returns whether it built. */
export function ensureWebBuilt(log: (line: string) => void = () => {}): boolean {
  if (!webBuildIsStale()) return false;
  return withBuildLock(() => {
    if (!webBuildIsStale()) return false; // another process built it while this one waited
    log('building the web app (web/dist)');
    const vitePackage = createRequire(join(WEB_ROOT, 'package.json')).resolve('vite/package.json');
    const vite = join(dirname(vitePackage), 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: WEB_ROOT, stdio: 'inherit' });
    return true;
  });
}
