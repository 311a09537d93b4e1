// Vite build of the dashboard: web/ is the root, the built assets go to web/dist, which `referable serve` serves.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Heavy pages (sigma, echarts) are split with React.lazy; the warning limit is for the lazy chunks only.
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
  server: {
    // `vite` during development talks to a running `referable serve` (REFERABLE_API, default port 4173).
    proxy: { '/api': process.env.REFERABLE_API ?? 'http://127.0.0.1:4173' },
  },
});
