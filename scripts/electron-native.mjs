// Builds better-sqlite3 against Electron's headers into build/native/, leaving Node's build in
// node_modules untouched so the jury CLI and the tests keep running under Node.
// Needs the network (Electron's headers); run by `npm start` and `npm run package`, never by install.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const out = join(root, 'build/native/better_sqlite3.node');
const stamp = join(root, 'build/native/electron-version');
if (existsSync(out) && existsSync(stamp) && readFileSync(stamp, 'utf8') === electronVersion) process.exit(0);

const work = join(root, '.cache/electron-native/better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, '..'), { recursive: true });
cpSync(join(root, 'node_modules/better-sqlite3'), work, { recursive: true });
console.log(`Building better-sqlite3 for Electron ${electronVersion} …`);
execFileSync(process.execPath, [join(root, 'node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
  cwd: work,
  stdio: 'inherit',
  env: { ...process.env, npm_config_nodedir: '' },
});
mkdirSync(join(root, 'build/native'), { recursive: true });
cpSync(join(work, 'build/Release/better_sqlite3.node'), out);
writeFileSync(stamp, electronVersion);
