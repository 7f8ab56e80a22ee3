import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoticeBar } from '../../../renderer/components/NoticeBar';
import { ScoringScreen } from '../../../renderer/screens/scoring/ScoringScreen';
import { useScoringUi } from '../../../renderer/state/scoringUi';
import { parseContestFile } from '../../../shared/contest/file';
import { DEFAULT_TIE_BREAK, scoredNominations, type ContestDefinition, type Criterion, type ScoredNomination } from '../../../shared/contest/model';
import type { MarkChange, MarkKind, ScoringState, SubmissionInfo } from '../../../shared/ipc/scoringTypes';
import type { PackageEntry } from '../../../shared/package/packageFile';
import { checkScore, scoreText } from '../../../shared/scores/scoreValue';
import { installBridge, refuse, type Handlers } from '../fakeBridge';

/**
 * jsdom lays nothing out: the scoring list's virtualizer reads its scroll area's client size
 * after mount and would render rows for a 0-high viewport only. The shared setup gives a size to
 * the registry's scroll area; this gives one to the juror's entry list, on top of it.
 */
for (const [prop, size] of Object.entries({ clientWidth: 320, clientHeight: 700 })) {
  const before = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop) ?? Object.getOwnPropertyDescriptor(Element.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'entry-list' || this.dataset.testid === 'grid-scroll' ? size : (before?.get?.call(this) ?? 0);
    },
  });
}

export const WORKSPACE = 'w-thanks-j2';
export const ORGANISER_FINGERPRINT = 'A1B2-C3D4-E5F6-0718';
export const JUROR_FINGERPRINT = '9F8E-7D6C-5B4A-3921';

/** The «Барлығына рақмет» challenge as test/fixtures holds it: one scored nomination of 6 criteria, 0…5 by 1. */
export function thanksDefinition(): ContestDefinition {
  const parsed = parseContestFile(readFileSync(join(__dirname, '..', '..', 'fixtures', 'thanks-challenge', 'contest.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`contest.json does not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** A small contest scored in half points: «Ән» has Дауыс 0…10 by 0.5 and Сахна 0…5 weighted ×2; «Би» one criterion. */
export function halfDefinition(): ContestDefinition {
  const nomination = (id: string, name: string, criteria: Criterion[]): ScoredNomination => ({
    id,
    name,
    criteria,
    aggregation: { method: 'mean' },
    tieBreak: DEFAULT_TIE_BREAK,
    awards: { mode: 'count', places: [{ id: 'I', name: 'I орын', count: 1 }] },
  });
  return {
    format: 'jury.contest/1',
    title: 'Жартылай ұпай байқауы',
    language: 'kk',
    jury: [{ id: 'j1', name: 'Сейітова Айгүл', role: 'chair' }],
    nominations: [
      nomination('song', 'Ән', [
        { id: 'voice', name: 'Дауыс', max: 10, step: 0.5, weight: 1 },
        { id: 'stage', name: 'Сахна', max: 5, step: 1, weight: 2 },
      ]),
      nomination('dance', 'Би', [{ id: 'moves', name: 'Қимыл', max: 10, step: 1, weight: 1 }]),
    ],
  };
}

const entry = (id: string, participant: string, organisation: string, region: string, more: Partial<PackageEntry> = {}): PackageEntry => ({
  id,
  nomination: 'main',
  participant,
  organisation,
  region,
  age_group: null,
  link: null,
  media: null,
  ...more,
});

/** Four entries of the challenge as a package carries them. */
export const thanksEntries = (): PackageEntry[] => [
  entry('1', 'Өмірбеков Ұлан', '№12 мектеп-гимназия', 'Түркістан облысы', { link: 'https://www.instagram.com/reel/C1a/' }),
  entry('2', 'Ғаниева Ғалым', '№56 «Балдырған» бөбекжай-бақшасы', 'Шығыс Қазақстан облысы'),
  entry('3', 'Бекқожа Іңкәр', '«Қарлығаш» бөбекжай-бақшасы', 'Атырау облысы'),
  entry('5', 'Абдрахманова Әсел', '«Ақбота» балабақшасы', 'Алматы'),
];

export const halfEntries = (): PackageEntry[] => [
  entry('11', 'Серікова Дана', '№3 өнер мектебі', 'Астана', { nomination: 'song' }),
  entry('12', 'Нұрланов Арман', '№8 мектеп', 'Шымкент', { nomination: 'song' }),
  entry('21', 'Қасымова Аружан', '«Шаттық» студиясы', 'Алматы', { nomination: 'dance' }),
];

export interface Marks {
  scores?: [string, string, string][];
  comments?: [string, string][];
  recusals?: [string, string][];
}

export function scoringState(over: Partial<ScoringState> = {}): ScoringState {
  return {
    workspaceId: WORKSPACE,
    juror: { id: 'j2', name: 'Жұмаділдаева Нұргүл Васильевна' },
    uid: '6f1c2a9e-thanks',
    definition: thanksDefinition(),
    organiserKey: 'MCowBQYDK2VwAyEA-organiser',
    organiserFingerprint: ORGANISER_FINGERPRINT,
    packageSha256: 'ab'.repeat(32),
    packageCreatedAt: '2024-03-03T09:00:00.000Z',
    hasMedia: false,
    entries: thanksEntries(),
    scores: [],
    comments: [],
    recusals: [],
    submissions: [],
    keyFingerprint: JUROR_FINGERPRINT,
    ...over,
  };
}

const key = (entry: string, criterion: string) => `${entry}\u0000${criterion}`;

/**
 * The juror's workspace as the main process keeps it: scores:set checks and stores a mark (a
 * score as its exact decimal text), scores:undo takes back the last change, scores:state reads
 * it all back, scores:submit records a revision.
 */
export class FakeDesk {
  scores = new Map<string, string>();
  comments = new Map<string, string>();
  recusals = new Map<string, string>();
  history: MarkChange[] = [];
  submissions: SubmissionInfo[] = [];
  keyFingerprint: string | null;

  constructor(readonly base: ScoringState) {
    for (const [e, c, v] of base.scores) this.scores.set(key(e, c), v);
    for (const [e, text] of base.comments) this.comments.set(e, text);
    for (const [e, reason] of base.recusals) this.recusals.set(e, reason);
    this.submissions = [...base.submissions];
    this.keyFingerprint = base.keyFingerprint;
  }

  state(): ScoringState {
    return {
      ...this.base,
      scores: [...this.scores].map(([k, v]) => [...(k.split('\u0000') as [string, string]), v]),
      comments: [...this.comments],
      recusals: [...this.recusals],
      submissions: [...this.submissions],
      keyFingerprint: this.keyFingerprint,
    };
  }

  private mapOf(kind: MarkKind) {
    return kind === 'score' ? this.scores : kind === 'comment' ? this.comments : this.recusals;
  }

  private put(change: MarkChange): MarkChange {
    const map = this.mapOf(change.kind);
    const k = change.kind === 'score' ? key(change.entry, change.criterion) : change.entry;
    if (change.value === null) map.delete(k);
    else map.set(k, change.value);
    return change;
  }

  set(kind: MarkKind, entryId: string, criterionId: string, value: string | null): MarkChange {
    const entry = this.base.entries.find((e) => e.id === entryId);
    if (!entry) throw refuse({ code: 'unknownEntry', params: { id: entryId } });
    let stored = value;
    if (kind === 'score') {
      const criterion = scoredNominations(this.base.definition)
        .find((n) => n.id === entry.nomination)
        ?.criteria.find((c) => c.id === criterionId);
      if (!criterion) throw refuse({ code: 'criterionNotInNomination', params: { id: criterionId, entry: entryId, allowed: '' } });
      if (this.recusals.has(entryId)) throw refuse({ code: 'recusedScored', params: { entry: entryId } });
      if (value !== null && value.trim() !== '') {
        const checked = checkScore(value, criterion);
        if (!checked.ok) throw refuse({ code: checked.code, field: criterionId, params: checked.params });
        stored = scoreText(checked.value);
      } else stored = null;
    } else {
      const text = value?.trim() ?? '';
      if (kind === 'recusal' && value !== null && !text) throw refuse({ code: 'reasonRequired' });
      stored = text || null;
    }
    const map = this.mapOf(kind);
    const before = map.get(kind === 'score' ? key(entryId, criterionId) : entryId) ?? null;
    const criterion = kind === 'score' ? criterionId : '';
    if (before !== stored) this.history.push({ kind, entry: entryId, criterion, value: before });
    return this.put({ kind, entry: entryId, criterion, value: stored });
  }

  undo(): MarkChange {
    const last = this.history.pop();
    if (!last) throw refuse({ code: 'nothingToUndo' });
    return this.put(last);
  }

  handlers(): Handlers {
    return {
      'scores:state': ({ workspaceId }) => {
        if (workspaceId !== this.base.workspaceId) throw refuse({ code: 'fileNotFound', file: workspaceId });
        return this.state();
      },
      'scores:set': ({ kind, entry, criterion, value }) => this.set(kind, entry, criterion, value),
      'scores:undo': () => this.undo(),
      'scores:submit': () => {
        const revision = this.submissions.length + 1;
        const receipt = { revision, sha256: 'cd'.repeat(32), fileName: `scores-j2-r${revision}.jury-scores`, scores: this.scores.size, missing: 0 };
        this.submissions.unshift({ ...receipt, createdAt: '2024-03-04T12:00:00.000Z' });
        return receipt;
      },
      'scores:openLink': () => true,
      'keys:create': () => {
        this.keyFingerprint = JUROR_FINGERPRINT;
        return { fingerprint: JUROR_FINGERPRINT, publicKey: 'MCowBQYDK2VwAyEA-juror' };
      },
      'keys:choose': () => null,
    };
  }
}

/**
 * The scoring screen over a fake workspace, with the notice bar the app shows above it. Waits
 * until the desk is up (or the key step, when the juror has no key yet).
 */
export async function renderScoring(state: ScoringState = scoringState(), more: Handlers = {}, { wait = true } = {}) {
  useScoringUi.getState().reset();
  const user = userEvent.setup({ delay: null });
  const desk = new FakeDesk(state);
  const bridge = installBridge({ ...desk.handlers(), ...more });
  render(
    <>
      <NoticeBar />
      <ScoringScreen workspaceId={state.workspaceId} />
    </>,
  );
  if (!wait) return { user, bridge, desk };
  if (state.keyFingerprint) {
    await screen.findByTestId('progress');
    // The desk puts the cursor on the shown entry's first criterion in an effect; a test that
    // clicked or typed before it ran would have its focus taken away (seen on a loaded CI box).
    await waitFor(() => {
      const section = document.querySelector('section.entry-scoring');
      if (state.entries.length > 0 && useScoringUi.getState().view !== 'grid') expect(section).not.toBeNull();
      const takesFocus = section?.querySelector('input.score-input:not(:disabled)');
      expect(!takesFocus || section!.contains(document.activeElement)).toBe(true);
    });
  } else await screen.findByRole('button', { name: 'Кілт жасау' });
  return { user, bridge, desk };
}

/*
 * Role queries compute accessible names over the whole desk, ~100 ms each in jsdom: the
 * helpers below, called after every key, find the same elements by their markup instead
 * (the first test checks their roles and names once).
 */

/** The entry on screen, its section named «№ id». */
const shown = (): HTMLElement => {
  const section = document.querySelector<HTMLElement>('section.entry-scoring');
  if (!section) throw new Error('no entry on screen');
  return section;
};

/** The entry being scored, when it is entry `id` (its section is named «№ id»). */
export const entrySection = (id: string): HTMLElement => {
  const section = shown();
  if (section.getAttribute('aria-label') !== `№ ${id}`) throw new Error(`entry ${section.getAttribute('aria-label')} on screen, not № ${id}`);
  return section;
};

const scoreInputs = () => [...shown().querySelectorAll<HTMLInputElement>('input.score-input')];

/** The score input of the n-th criterion (from 1) of the entry on screen. */
export const scoreInput = (n: number): HTMLInputElement => {
  const input = scoreInputs()[n - 1];
  if (!input) throw new Error(`no criterion ${n}`);
  return input;
};

/** The score inputs' values of the entry on screen, in criteria order. */
export const values = () => scoreInputs().map((el) => el.value);

const options = () => [...(screen.queryByTestId('entry-list')?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];

/** The entries the list shows, as their titles read. */
export const listed = () => options().map((o) => o.querySelector('.entry-row-title')?.textContent);

/** The list's row of entry `id`. */
export const row = (id: string): HTMLElement => {
  const found = options().find((o) => o.querySelector('.entry-row-title')?.textContent?.startsWith(`№ ${id} ·`));
  if (!found) throw new Error(`entry ${id} is not listed`);
  return found;
};

export const progress = () => screen.getByTestId('progress').textContent;

/** Role=alert texts on screen: refusals under the inputs and problem lists. */
export const alerts = () => [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
