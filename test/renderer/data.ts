import type { ContestDefinition } from '../../shared/contest/model';
import { contestFromTemplate } from '../../shared/contest/templates';
import { suggestMapping } from '../../shared/entries/mapping';
import { emptyEntry, type Entry, type EntryData } from '../../shared/entries/model';
import { withEligibility, type StoredEntry } from '../../shared/entries/status';
import type { ContestDetails, ContestSummary, ImportPreview, Settings, TemplateSummary } from '../../shared/ipc/types';

export const CONTEST_ID = 'c-thanks';

/** The «Барлығына рақмет» video challenge: one scored nomination of 6 criteria, three audience ones. */
export const videoDefinition = (): ContestDefinition => contestFromTemplate('video-challenge');

export function summary(over: Partial<ContestSummary> = {}): ContestSummary {
  return {
    contestId: CONTEST_ID,
    uid: '6f1c2a9e-thanks',
    path: '/home/organiser/Jury/barlygyna-rakhmet.jury',
    fileName: 'barlygyna-rakhmet.jury',
    title: videoDefinition().title,
    date: '2024-03-01',
    entries: 125,
    updatedAt: '2024-03-02T10:00:00.000Z',
    ...over,
  };
}

export const details = (definition: ContestDefinition = videoDefinition()): ContestDetails => ({ summary: summary(), definition });

export const settings = (over: Partial<Settings> = {}): Settings => ({ language: 'kk', userName: 'Ұйымдастырушы', ...over });

export const templates = (): TemplateSummary[] => [
  { id: 'video-challenge', title: videoDefinition().title, nominations: 4, criteria: 6 },
  { id: 'projects', title: contestFromTemplate('projects').title, nominations: 2, criteria: 20 },
  { id: 'blank', title: contestFromTemplate('blank').title, nominations: 1, criteria: 1 },
];

type Row = Partial<Omit<StoredEntry, 'id' | 'seq'>>;
const stored = (id: string, seq: number, row: Row): StoredEntry => ({ ...emptyEntry(id), nomination: 'main', decision: null, decisionReason: null, ...row, seq });

const OK: Partial<EntryData> = { duration: 40, followers: 300, hashtag: '#Барлығына рақмет' };

/** Six entries as the registry stores them; screened with the video challenge's rules. */
export function storedEntries(): StoredEntry[] {
  return [
    stored('1', 1, { ...OK, participant: 'Өмірбеков Ұлан', organisation: '№12 мектеп-гимназия', region: 'Түркістан облысы', link: 'https://www.instagram.com/reel/C1a/', likes: 214, views: 8869 }),
    stored('2', 2, { ...OK, participant: 'Ғаниева Ғалым', organisation: '№56 «Балдырған» бөбекжай-бақшасы', region: 'Шығыс Қазақстан облысы', link: 'https://www.instagram.com/reel/C2b/', likes: 133, views: 6468, duration: 75 }),
    stored('3', 3, { ...OK, participant: 'Бекқожа Іңкәр', organisation: '«Қарлығаш» бөбекжай-бақшасы', region: 'Атырау облысы', likes: 381, views: 5695, hashtag: '#Всем спасибо' }),
    stored('4', 4, { ...OK, participant: 'Әбілқасымова Ғалым', organisation: 'Абай атындағы №3 мектеп', region: 'Абай облысы', link: 'https://youtu.be/x4', likes: 12, views: 300, decision: 'disqualified', decisionReason: 'Аккаунт жабық' }),
    stored('5', 5, { ...OK, participant: 'Абдрахманова Әсел', organisation: '«Ақбота» балабақшасы', region: 'Алматы', link: 'https://www.tiktok.com/@a/video/5', likes: 95, views: 2100 }),
    stored('6', 6, { ...OK, participant: 'Иманғали Нұрсұлтан', organisation: '№7 мектеп', region: 'Алматы', link: 'https://www.instagram.com/reel/C6f/', likes: 40, views: 800, followers: 3, decision: 'reinstated', decisionReason: 'Аккаунт жаңа, шешім төрағамен келісілді' }),
  ];
}

export const entriesOf = (rows: StoredEntry[], def: ContestDefinition = videoDefinition()): Entry[] => withEligibility(rows, def.eligibility);

/** Headers of the Google Form export of the video challenge, as the organiser downloads it. */
export const FORM_HEADERS = [
  'Уақыт белгісі',
  'Электрондық пошта мекенжайы',
  'Қатысушының аты-жөні',
  'Мектепке дейінгі ұйымның атауы',
  'Өңір',
  'Instagram сілтемесі',
  'Бейнеролик ұзақтығы (секунд)',
  'Жазылушылар саны',
  'Хэштег',
  'Лайктар саны',
  'Комментарийлер саны',
  'Қаралымдар саны',
];

const FORM_SAMPLES = [
  ['29.02.2024 00:10:10', 'mdu1@example.kz', 'Ғаниева Ғалым', '№56 «Балдырған» бөбекжай-бақшасы', 'Шығыс Қазақстан облысы', 'https://www.instagram.com/reel/C384f42b4b/', '30', '269', '#Барлығына рақмет', '214', '9', '8869'],
  ['29.02.2024 00:17:20', 'mdu2@example.kz', 'Бекқожа Іңкәр', '№7 «Балдырған» бөбекжай-бақшасы', 'Қызылорда облысы', 'https://www.instagram.com/reel/C35x9q/', '44', '806', '#Барлығына рақмет', '381', '20', '5695'],
];

export function preview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileToken: 't1',
    fileName: 'entries.csv',
    source: { kind: 'csv', encoding: 'utf-8', delimiter: ',' },
    headers: FORM_HEADERS,
    samples: FORM_SAMPLES,
    rowCount: 125,
    mapping: suggestMapping(FORM_HEADERS),
    mappingOrigin: 'suggested',
    outcome: { ok: true, counts: { added: 125, updated: 0, unchanged: 0 } },
    ...over,
  };
}
