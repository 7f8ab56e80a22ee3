// npm run bench: bundles bench/run.ts the way the app's main process is bundled (esbuild), so the
// figures are those of the shipped code rather than of a TypeScript loader, then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/run.ts'],
  outfile: 'dist/bench/run.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'playwright-core'],
});
const run = spawnSync(process.execPath, ['dist/bench/run.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
