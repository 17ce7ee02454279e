/**
 * The explorer's build (`npm run build:web`, run by `npm install`): web/ into web/dist/, which the
 * server sends at / (src/http/pages.ts). Everything is bundled: the page loads nothing from
 * elsewhere. `npm run dev:web` serves it with hot reload, sending /graphql to `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Preact's JSX, without a plugin: the JSX transform told where Preact's runtime is.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline assets: the Content-Security-Policy allows this server's files only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
