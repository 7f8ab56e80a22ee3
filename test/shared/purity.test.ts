import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** shared/ is pure TypeScript: it runs in the renderer, the main process and the CLI alike. */
const SHARED = join(__dirname, '..', '..', 'shared');
const FORBIDDEN = /^(electron|better-sqlite3|node:.*|fs|path|os|crypto|child_process)(\/.*)?$/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every module specifier in static imports/exports, dynamic import() and require(). */
function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]);
  return out;
}

const forbiddenIn = (source: string) => specifiers(source).filter((s) => FORBIDDEN.test(s));

describe('shared/ purity', () => {
  it('the scan finds shared modules', () => {
    const files = tsFiles(SHARED).map((f) => relative(SHARED, f));
    expect(files).toEqual(expect.arrayContaining(['exact/rational.ts', 'table/csv.ts', 'entries/importRows.ts']));
  });

  it('the detector catches every forbidden form', () => {
    const bad = [
      "import { app } from 'electron';",
      'import Database from "better-sqlite3";',
      "import { readFileSync } from 'node:fs';",
      "import * as fs from 'fs';",
      "import { readFile } from 'fs/promises';",
      "export { join } from 'path';",
      "import type { EOL } from 'os';",
      "const c = require('crypto');",
      "const cp = await import('child_process');",
      "import 'node:process';",
      "import {\n  spawn,\n} from 'child_process';",
    ];
    for (const line of bad) expect(forbiddenIn(line), line).toHaveLength(1);
    const fine = ["import Papa from 'papaparse';", "import { z } from 'zod';", "import { x } from '../fs';", "import { y } from './path';", "import { readSheet } from 'read-excel-file/universal';"];
    for (const line of fine) expect(forbiddenIn(line), line).toEqual([]);
  });

  it.each(tsFiles(SHARED).map((f) => [relative(SHARED, f), f]))('%s imports no Node, Electron or native module', (_name, file) => {
    expect(forbiddenIn(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
