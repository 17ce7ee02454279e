/**
 * The explorer's build (`npm run build:web`, run by `npm install`): web/ into web/dist/, which the
 * server sends at / (src/http/pages.ts). Everything is bundled: the page loads nothing from
 * elsewhere; the page's persisted documents go beside it. `npm run dev:web` serves it with hot reload, sending /graphql to `npm start`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The page's own persisted documents (codegen's list, which also holds persisted-documents/'s
 * under other ids), written beside it for the server: web/dist/persisted-documents.json.
 */
function explorerDocuments(): Plugin {
  return {
    name: 'explorer-persisted-documents',
    apply: 'build',
    closeBundle() {
      const all = JSON.parse(readFileSync(here('src/gql/persisted-documents.json'), 'utf8'));
      const ours = Object.entries(all as Record<string, string>).filter(([, text]) =>
        /^query Explorer\w* ?[({]/.test(text),
      );
      writeFileSync(
        here('dist/persisted-documents.json'),
        `${JSON.stringify(Object.fromEntries(ours), null, 2)}\n`,
      );
    },
  };
}

export default defineConfig({
  root: here('.'),
  plugins: [explorerDocuments()],
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
