import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContestFile } from '../../../shared/contest/file';
import type { ContestDefinition } from '../../../shared/contest/model';
import { emptyEntry, type Entry } from '../../../shared/entries/model';
import type { MergeStatus } from '../../../shared/ipc/mergeTypes';
import type { ContestDetails } from '../../../shared/ipc/types';
import { completeness, type Completeness, type MarkTally } from '../../../shared/merge/completeness';
import { summary } from '../data';

/**
 * jsdom lays nothing out: the virtual lists of the merge screens read their scroll area's
 * client size after mount and would show no row in a 0-high viewport. Give them a window's size.
 */
const SIZED = new Set(['matrix-scroll', 'paper-list']);
for (const [prop, size] of Object.entries({ clientWidth: 1000, clientHeight: 600 })) {
  const before = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop) ?? Object.getOwnPropertyDescriptor(Element.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return SIZED.has(this.dataset.testid ?? '') ? size : (before?.get?.call(this) ?? 0);
    },
  });
}

export const CONTEST = 'c-thanks';

/** The «Барлығына рақмет» challenge of test/fixtures: jurors j1–j5 (j1 the chair) and secretary s1, six criteria 0…5. */
export function thanksDefinition(): ContestDefinition {
  const parsed = parseContestFile(readFileSync(join(__dirname, '..', '..', 'fixtures', 'thanks-challenge', 'contest.json'), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

export const thanksDetails = (definition = thanksDefinition()): ContestDetails => ({ summary: summary({ contestId: CONTEST }), definition });

const PEOPLE = ['Өмірбеков Ұлан', 'Ғаниева Ғалым', 'Бекқожа Іңкәр', 'Әбілқасымова Әсел', 'Иманғали Нұрсұлтан', 'Құрманғазы Әйгерім'];

/** `count` eligible entries of «main», numbered 1…count. */
export function mainEntries(count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => ({
    ...emptyEntry(String(i + 1)),
    nomination: 'main',
    participant: `${PEOPLE[i % PEOPLE.length]} ${i + 1}`,
    organisation: `№${(i % 90) + 1} «Балдырған» бөбекжайы`,
    region: 'Алматы',
    seq: i + 1,
    decision: null,
    decisionReason: null,
    flags: [],
    eligible: true,
  }));
}

/** The completeness of `entries` from a tally: juror → entry → criteria scored, and recusals. */
export function completenessOf(entries: Entry[], scored: Record<string, Record<string, number>>, recused: Record<string, string[]> = {}, definition = thanksDefinition()): Completeness {
  const tally: MarkTally = {
    scored: new Map(Object.entries(scored).map(([j, m]) => [j, new Map(Object.entries(m))])),
    recused: new Map(Object.entries(recused).map(([j, list]) => [j, new Set(list)])),
  };
  return completeness(definition, entries.map((e) => ({ id: e.id, nomination: e.nomination, eligible: e.eligible })), tally);
}

export const FP_J1 = '3F2A 91C0 77BE 0D41 5A6C E812 09FF 1B2C';
export const FP_J1_NEW = 'A0B1 C2D3 E4F5 0617 2839 4A5B 6C7D 8E9F';

export function mergeStatus(over: Partial<MergeStatus> = {}): MergeStatus {
  return {
    keys: [{ jurorId: 'j1', fingerprint: FP_J1, firstSeenAt: '2024-03-04T09:00:00.000Z' }],
    files: [
      { jurorId: 'j1', revision: 1, fileName: 'j1-1.juryscores', sha256: 'a'.repeat(64), fingerprint: FP_J1, createdAt: '2024-03-03T18:00:00.000Z', mergedAt: '2024-03-04T09:00:00.000Z', actor: 'Әбдікәрімова Әсемгүл', scores: 700, current: false },
      { jurorId: 'j1', revision: 2, fileName: 'j1-2.juryscores', sha256: 'b'.repeat(64), fingerprint: FP_J1, createdAt: '2024-03-04T08:00:00.000Z', mergedAt: '2024-03-04T09:30:00.000Z', actor: 'Әбдікәрімова Әсемгүл', scores: 750, current: true },
    ],
    ...over,
  };
}
