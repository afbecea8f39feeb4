/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': api,
      '/swagger': api,
      '/health': api,
      '/hangfire': api,
    },
  },
  build: {
    // The strict Content-Security-Policy allows no inline scripts: keep everything in files.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // The machine is shared: a page test that takes 2 s alone can take 6 s under load.
    testTimeout: 15_000,
  },
});
