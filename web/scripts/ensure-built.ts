// Builds web/dist when it is missing or older than the app's sources, so `npm start` and the
// browser tests always serve the app as it is in the checkout.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Runs `vite build` in web/ when needed; returns whether it built. */
export function ensureWebBuilt(log: (line: string) => void = () => {}): boolean {
  if (!webBuildIsStale()) return false;
  log('building the web app (web/dist)');
  const vitePackage = createRequire(join(WEB_ROOT, 'package.json')).resolve('vite/package.json');
  const vite = join(dirname(vitePackage), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: WEB_ROOT, stdio: 'inherit' });
  return true;
}
