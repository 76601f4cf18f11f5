import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = `http://localhost:${process.env.API_PORT ?? '3000'}`;
const proxied = { target: apiTarget, changeOrigin: false };

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: [
      // `@/x` is apps/web/src/x (also in tsconfig.app.json and jest.config.ts).
      { find: /^@\//, replacement: `${root}src/` },
      { find: '@commons/shared', replacement: `${workspace}libs/shared/src/index.ts` },
      { find: '@commons/web-graphql', replacement: `${workspace}libs/web/graphql/src/index.ts` },
    ],
  },
  server: {
    port: 4200,
    strictPort: true,
    // The API sets the session cookie; proxying keeps everything on one origin, as in production.
    proxy: {
      '/graphql': proxied,
      '/api': proxied,
      '/media': proxied,
      '/healthz': proxied,
      '/readyz': proxied,
    },
  },
  preview: { port: 4300, proxy: { '/graphql': proxied, '/api': proxied, '/media': proxied } },
  build: {
    outDir: `${workspace}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate file stays cached across releases.
        // No catch-all vendor group: it would pull every library (the editor's too) into the first
        // page. Other libraries go into the chunks of the lazy pages that use them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
            },
            // Only the studio's editor uses these; the group is loaded with it, never up front.
            { name: 'editor', test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+)[\\/]/ },
          ],
        },
      },
    },
  },
});
