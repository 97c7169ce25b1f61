import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pureReactWrappers, sideEffectFree } from './scripts/tree-shaking.ts';

// `npm run dev -w @hub/web`: the app on :5173, the API from the gateway `npm start` runs on :4000.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const api = { target: gateway, changeOrigin: false };
// The package's exports map hides package.json; its main entry (dist/js/uswds.min.js) locates it.
const uswds = join(dirname(createRequire(import.meta.url).resolve('@uswds/uswds')), '..', '..');

export default defineConfig({
  plugins: [
    react(),
    pureReactWrappers('@trussworks/react-uswds'),
    sideEffectFree(['focus-trap', 'focus-trap-react', 'tabbable']),
  ],
  resolve: { alias: { '@uswds-dist': join(uswds, 'dist') } },
  css: {
    preprocessorOptions: {
      // USWDS's Sass packages by name ('uswds-core', 'usa-table/src/styles'); its own deprecations are not ours.
      scss: {
        loadPaths: [join(uswds, 'packages')],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin'],
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    // Fonts are never inlined as data: URLs (the CSP's font-src is 'self' only); small icons may be (img-src allows data:).
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  server: {
    proxy: { '/graphql': api, '/auth': api, '/config.json': api, '/.well-known': api, '/healthz': api },
  },
});
