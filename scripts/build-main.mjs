// Bundles the main process, the preload script and the jury CLI with esbuild.
// better-sqlite3 (native), electron and playwright-core (reads its own files at run time; the CLI
// prints PDFs with it) stay external; everything else is bundled.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', external: ['electron', 'better-sqlite3', 'playwright-core'] };
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js' }),
  build({ ...common, entryPoints: ['electron/cli/jury.ts'], outfile: 'dist/cli/jury.js', banner: { js: '#!/usr/bin/env node' } }),
]);

// The fonts every protocol, diploma and letter carries (electron/services/protocol/fonts.ts).
const require = createRequire(import.meta.url);
const woff2 = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const ttf = join(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')), '400Regular');
mkdirSync('dist/fonts', { recursive: true });
for (const weight of [400, 700]) for (const subset of ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']) copyFileSync(join(woff2, `noto-sans-${subset}-${weight}-normal.woff2`), `dist/fonts/noto-sans-${subset}-${weight}-normal.woff2`);
copyFileSync(join(ttf, 'NotoSans_400Regular.ttf'), 'dist/fonts/NotoSans_400Regular.ttf');
