import { z } from 'zod';
import type { ContestDefinition } from '../contest/model';
import { TEMPLATE_IDS } from '../contest/templates';
import { ENTRY_FIELDS, type Entry } from '../entries/model';
import { LANGUAGES } from '../i18n/languages';
import type { Channel } from './channels';
import type {
  AppInfo,
  AuditRecord,
  ContestDetails,
  ContestSummary,
  ImportPreview,
  ImportSummary,
  IpcResponse,
  Settings,
  TemplateSummary,
} from './types';
import type { Completeness } from '../merge/completeness';
import type { JurorMarks, MergeReport, MergeStatus, PaperEntryMarks, PaperImportSummary } from './mergeTypes';
import type { EntryScoresView, ResultsView } from './resultsTypes';
import type { ExportReceipt, ProtocolTexts, ProtocolView, VerifyReport } from './protocolTypes';
import type { KeyInfo, MarkChange, PackageReceipt, PackagesInfo, ScoringState, ScoringSummary, SubmissionReceipt } from './scoringTypes';

/**
 * The typed IPC contract: for each channel, the schema its input must pass in the main
 * process and the type it answers. The renderer is not trusted: every input is parsed here.
 */
const none = z.undefined().or(z.object({}).strict());
const contestId = z.string().min(1).max(100);
const byContest = z.object({ contestId }).strict();
const entryId = z.string().min(1).max(200);
const fileToken = z.string().min(1).max(100);
const mapping = z.array(z.enum(ENTRY_FIELDS).nullable()).max(500);
const text = z.string().max(10_000);

const entryPatch = z
  .object({
    nomination: z.string().max(200).nullable(),
    participant: text.nullable(),
    organisation: text.nullable(),
    region: text.nullable(),
    age_group: text.nullable(),
    link: text.nullable(),
    media: text.nullable(),
    likes: z.number().int().min(0).nullable(),
    comments: z.number().int().min(0).nullable(),
    views: z.number().int().min(0).nullable(),
    duration: z.number().min(0).nullable(),
    followers: z.number().int().min(0).nullable(),
    hashtag: text.nullable(),
    email: text.nullable(),
    submitted: text.nullable(),
  })
  .partial()
  .strict();

/** `channel<Out>()(schema)`: the input type is inferred from the schema, the output is declared. */
const channel =
  <O>() =>
  <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });

const decideInput = z
  .object({ contestId, ids: z.array(entryId).min(1).max(20_000), decision: z.enum(['disqualified', 'reinstated']).nullable(), reason: text })
  .strict();
const byEntry = z.object({ contestId, id: entryId }).strict();

const workspaceId = z.string().min(1).max(100);
const byWorkspace = z.object({ workspaceId }).strict();
const idList = z.array(z.string().min(1).max(200)).max(20_000);
const exportInput = z.object({ contestId, jurorId: z.string().min(1).max(200), nominations: idList.optional(), entryIds: idList.optional(), includeMedia: z.boolean() }).strict();
const setMarkInput = z
  .object({ workspaceId, kind: z.enum(['score', 'comment', 'recusal']), entry: entryId, criterion: z.string().max(200), value: text.nullable() })
  .strict();

const jurorId = z.string().min(1).max(200);
/** A juror file dropped on the window, read by the renderer: its bytes, never a path (a juror file of 100,000 scores is about 6 MB). */
const droppedFile = z.object({ name: z.string().min(1).max(500), bytes: z.custom<Uint8Array>((b) => b instanceof Uint8Array, 'must be the file’s bytes').refine((b) => b.length <= 256 * 1024 * 1024, 'larger than 256 MB') }).strict();
const paperEntryInput = z
  .object({
    contestId,
    jurorId,
    entryId,
    scores: z.record(z.string().max(200), z.string().max(50)).refine((r) => Object.keys(r).length <= 200, 'too many criteria'),
    comment: text.nullable(),
    recusal: text.nullable(),
  })
  .strict();

const protocolTexts = z
  .object({ agenda: text, aim: text, tasks: text, recommendations: text, number: z.string().max(50), date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]), diplomaTitle: z.string().max(200), diplomaBody: text, thanksTitle: z.string().max(200), thanksBody: text })
  .partial()
  .strict();

export const ipcContract = {
  'app:info': channel<AppInfo>()(none),
  'settings:get': channel<Settings>()(none),
  'settings:set': channel<Settings>()(z.object({ language: z.enum(LANGUAGES), userName: z.string().max(200) }).partial().strict()),
  'templates:list': channel<TemplateSummary[]>()(none),
  'contests:list': channel<ContestSummary[]>()(none),
  'contests:create': channel<ContestSummary>()(z.object({ template: z.enum(TEMPLATE_IDS) }).strict()),
  'contests:createFromFile': channel<ContestSummary | null>()(none),
  'contests:open': channel<ContestSummary | null>()(none),
  'contests:forget': channel<true>()(byContest),
  'contests:get': channel<ContestDetails>()(byContest),
  /** The definition is checked by the contest validator, which names each bad field. */
  'contests:save': channel<ContestDefinition>()(z.object({ contestId, definition: z.unknown() }).strict()),
  'contests:exportDefinition': channel<string | null>()(byContest),
  'contests:backup': channel<string | null>()(byContest),
  'contests:reveal': channel<true>()(byContest),
  'entries:list': channel<Entry[]>()(byContest),
  'entries:update': channel<Entry>()(z.object({ contestId, id: entryId, patch: entryPatch }).strict()),
  'entries:decide': channel<number>()(decideInput),
  'entries:openLink': channel<true>()(byEntry),
  'entries:openMedia': channel<true>()(byEntry),
  'audit:list': channel<AuditRecord[]>()(z.object({ contestId, entryId: entryId.optional() }).strict()),
  'import:choose': channel<{ fileToken: string; fileName: string } | null>()(byContest),
  'import:preview': channel<ImportPreview>()(z.object({ contestId, fileToken, mapping: mapping.optional() }).strict()),
  'import:commit': channel<ImportSummary>()(z.object({ contestId, fileToken, mapping }).strict()),
  'packages:info': channel<PackagesInfo>()(byContest),
  'packages:export': channel<PackageReceipt | null>()(exportInput),
  'keys:info': channel<KeyInfo | null>()(none),
  'keys:create': channel<KeyInfo>()(none),
  'keys:choose': channel<KeyInfo | null>()(none),
  'scores:list': channel<ScoringSummary[]>()(none),
  'scores:openPackage': channel<ScoringSummary | null>()(none),
  'scores:state': channel<ScoringState>()(byWorkspace),
  /** One mark, committed durably before the answer comes back. */
  'scores:set': channel<MarkChange>()(setMarkInput),
  'scores:undo': channel<MarkChange>()(byWorkspace),
  'scores:submit': channel<SubmissionReceipt | null>()(byWorkspace),
  'scores:openLink': channel<true>()(z.object({ workspaceId, entry: entryId }).strict()),
  /** The entry's media file from the package, opened with the system's program for it (a format the window cannot play). */
  'scores:openMedia': channel<true>()(z.object({ workspaceId, entry: entryId }).strict()),
  /** Packages the system asked the app to open (a double-click on a .jurypkg), opened now. */
  'app:takeOpened': channel<ScoringSummary | null>()(none),
  /** Juror files chosen in the open dialog (several files, or with `folder` the *.juryscores of a folder, such as a USB stick's). */
  'merge:choose': channel<MergeReport | null>()(z.object({ contestId, folder: z.boolean() }).strict()),
  // Bounded in total too: every byte is held in the main process while the files are checked.
  'merge:dropped': channel<MergeReport>()(
    z.object({ contestId, files: z.array(droppedFile).min(1).max(500).refine((fs) => fs.reduce((n, f) => n + f.bytes.length, 0) <= 1024 * 1024 * 1024, 'more than 1 GB at once: drop fewer files') }).strict(),
  ),
  /** Merges again a file refused for a second key, now that the organiser has checked the fingerprint with the juror. */
  'merge:acceptKey': channel<MergeReport>()(z.object({ contestId, retryToken: z.string().min(1).max(100), jurorId }).strict()),
  'merge:status': channel<MergeStatus>()(byContest),
  'merge:completeness': channel<Completeness>()(byContest),
  /** A paper score sheet (CSV or XLSX) chosen in the open dialog. */
  'paper:import': channel<PaperImportSummary | null>()(byContest),
  'paper:setEntry': channel<PaperEntryMarks>()(paperEntryInput),
  'paper:jurorMarks': channel<JurorMarks>()(z.object({ contestId, jurorId }).strict()),
  'results:get': channel<ResultsView>()(byContest),
  'results:entry': channel<EntryScoresView>()(z.object({ contestId, entryId }).strict()),
  /** A jury vote on a tie the chain left: the order of exactly these entries, best first, and why. */
  'results:decideTie': channel<true>()(z.object({ contestId, nomination: z.string().min(1).max(200), ordering: z.array(entryId).min(2).max(1000), reason: text }).strict()),
  'results:removeDecision': channel<true>()(z.object({ contestId, nomination: z.string().min(1).max(200), entries: z.array(entryId).min(2).max(1000), reason: text }).strict()),
  /** The organiser's override of one entry's award (null: no award), with a reason. */
  'results:overrideAward': channel<true>()(z.object({ contestId, nomination: z.string().min(1).max(200), entryId, award: z.string().max(200).nullable(), reason: text }).strict()),
  'results:removeOverride': channel<true>()(z.object({ contestId, nomination: z.string().min(1).max(200), entryId, reason: text }).strict()),
  /** The protocol's preview in a language (the contest's when none), the secretary's texts, the exports so far. */
  'protocol:get': channel<ProtocolView>()(z.object({ contestId, lang: z.enum(LANGUAGES).optional() }).strict()),
  'protocol:saveTexts': channel<ProtocolTexts>()(z.object({ contestId, texts: protocolTexts }).strict()),
  /** Asks where to save, and with `sign` for the secretary's key file; null when a dialog is cancelled. */
  'protocol:export': channel<ExportReceipt | null>()(z.object({ contestId, format: z.enum(['pdf', 'docx', 'xlsx', 'csv']), lang: z.enum(LANGUAGES).optional(), sign: z.boolean() }).strict()),
  'protocol:diplomas': channel<ExportReceipt | null>()(z.object({ contestId, kind: z.enum(['diplomas', 'thanks']), lang: z.enum(LANGUAGES).optional(), sign: z.boolean() }).strict()),
  /** A protocol chosen in the open dialog, checked against its .sig (and against this contest's results when given). */
  'protocol:verify': channel<VerifyReport | null>()(z.object({ contestId: contestId.optional() }).strict()),
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type Contract = typeof ipcContract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

/** The one function the preload script exposes to the renderer. */
export interface JuryBridge {
  invoke<C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResponse<OutputOf<C>>>;
}
