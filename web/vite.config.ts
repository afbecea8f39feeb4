/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.API_URL ?? 'http://127.0.0.1:5080';

const preact = (path: string) => fileURLToPath(new URL(`./node_modules/preact/${path}`, import.meta.url));

/**
 * The browser gets Preact (preact/compat) in React's place: the same components at a third of React DOM's weight, so
 * the public start page stays within its budget. The unit tests (Vitest, @testing-library/react) keep React.
 */
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: preact('compat/client.mjs') },
  { find: /^react-dom$/, replacement: preact('compat/dist/compat.module.js') },
  { find: /^react\/jsx-runtime$/, replacement: preact('jsx-runtime/dist/jsxRuntime.module.js') },
  { find: /^react\/jsx-dev-runtime$/, replacement: preact('jsx-runtime/dist/jsxRuntime.module.js') },
  { find: /^react$/, replacement: preact('compat/dist/compat.module.js') },
];

/**
 * The embeddable list of current dialogues (docs/embedding.md) is a page of its own, embed.html, built from its own
 * entry (src/embed/main.tsx). The API serves it at /inbaddning/…; the dev server does the same here.
 */
const embedPage = (): Plugin => ({
  name: 'embed-page',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/inbaddning(\/|\?|$)/.test(req.url)) req.url = `/embed.html${req.url.slice(req.url.search(/\?|$/))}`;
      next();
    });
  },
});

export default defineConfig(({ mode }) => ({
  plugins: [react(), embedPage()],
  resolve: { alias: mode === 'test' ? [] : preactAliases },
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
    // bench/bundle reads what each route loads from the manifest.
    manifest: true,
    // Two pages: the app, and the embed (which loads none of the app's code).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // The machine is shared: a page test that takes 2 s alone can take 6 s under load.
    testTimeout: 15_000,
  },
}));
