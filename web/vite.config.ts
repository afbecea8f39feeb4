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
 * http.ts makes one client per area when it loads (`new DialoguesClient(…)`); marked pure, the clients a chunk does not
 * use (with their classes) are left out of it, so the public pages carry none of the staff console's API calls.
 * The generated code itself is untouched.
 */
function pureClients(): Plugin {
  return {
    name: 'pure-api-clients',
    transform(code, id) {
      if (!id.endsWith('/src/api/http.ts')) return null;
      return { code: code.replace(/= new (\w+Client)\(/g, '= /* @__PURE__ */ new $1('), map: null };
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [pureClients(), react()],
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
