// Bundles the main process, the preload script and the jury CLI with esbuild.
// better-sqlite3 (native) and electron stay external; everything else is bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', external: ['electron', 'better-sqlite3'] };
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js' }),
  build({ ...common, entryPoints: ['electron/cli/jury.ts'], outfile: 'dist/cli/jury.js', banner: { js: '#!/usr/bin/env node' } }),
]);
