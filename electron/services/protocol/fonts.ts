import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EmbeddedFont } from '../../../shared/protocol/html';
import { ProblemError } from '../../../shared/problem';

/**
 * The fonts every document carries, so that Ә Ғ Қ Ң Ө Ұ Ү Һ І show on any machine: Noto Sans
 * woff2 subsets (Latin, Latin extended, Cyrillic, Cyrillic extended; regular and bold) for the
 * HTML that Chromium prints, and the whole Noto Sans TrueType font for embedding in DOCX. The
 * build copies them into dist/fonts (scripts/build-main.mjs); from the sources they are read
 * from node_modules.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;
export const TTF_FILE = 'NotoSans_400Regular.ttf';

/** Where the font files are: beside the bundle, else in the installed packages. */
function fontDirs(): { woff2: string; ttf: string } {
  const bundled = join(__dirname, '..', 'fonts');
  if (existsSync(join(bundled, TTF_FILE))) return { woff2: bundled, ttf: bundled };
  try {
    return {
      woff2: join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files'),
      ttf: join(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')), '400Regular'),
    };
  } catch {
    return { woff2: bundled, ttf: bundled };
  }
}

export const woff2Name = (subset: string, weight: number) => `noto-sans-${subset}-${weight}-normal.woff2`;

/** The unicode ranges of the subsets, as @fontsource declares them. */
const RANGES: Record<(typeof SUBSETS)[number], string> = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
};

let woff2Cache: EmbeddedFont[] | null = null;
let ttfCache: Buffer | null = null;

/** The woff2 subsets as @font-face data, read once. */
export function documentFonts(): EmbeddedFont[] {
  if (woff2Cache) return woff2Cache;
  const dir = fontDirs().woff2;
  const fonts: EmbeddedFont[] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) fonts.push({ family: 'Noto Sans', weight, unicodeRange: RANGES[subset], base64: read(join(dir, woff2Name(subset, weight))).toString('base64') });
  }
  return (woff2Cache = fonts);
}

/** Noto Sans as one TrueType file, for a DOCX to carry. */
export function trueTypeFont(): Buffer {
  return (ttfCache ??= read(join(fontDirs().ttf, TTF_FILE)));
}

function read(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new ProblemError([{ code: 'io', file: path, params: { detail: 'a font file the documents need is missing: reinstall Jury' } }]);
  }
}

/** Every font file the build copies into dist/fonts. */
export const FONT_FILES = { woff2: WEIGHTS.flatMap((w) => SUBSETS.map((s) => woff2Name(s, w))), ttf: TTF_FILE };
