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
  /** Packages the system asked the app to open (a double-click on a .jurypkg), opened now. */
  'app:takeOpened': channel<ScoringSummary | null>()(none),
} satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type Contract = typeof ipcContract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

/** The one function the preload script exposes to the renderer. */
export interface JuryBridge {
  invoke<C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcResponse<OutputOf<C>>>;
}
