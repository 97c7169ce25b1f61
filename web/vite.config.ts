import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @hub/web`: the app on :5173, the API from the gateway `npm start` runs on :4000.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const api = { target: gateway, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000 },
  server: {
    proxy: { '/graphql': api, '/auth': api, '/config.json': api, '/.well-known': api, '/healthz': api },
  },
});
