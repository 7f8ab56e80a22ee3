import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to static files that the app serves from app://jury/ (no dev server
// in production, no remote content). Relative base so the same build works in the test server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
});
