import { describeProblem } from '../../shared/i18n/problemMessages';
import { ProblemError } from '../../shared/problem';
import { problemFromError } from '../services/errors';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { cmdEntries, cmdImportEntries, cmdNew, type Io } from './commands';
import { cmdKeygen, cmdVerify } from './signingCommands';
import { cmdExportPackage, cmdScore } from './packageCommands';
import { cmdImportScores, cmdMerge, SomeRefused } from './mergeCommands';
import { cmdResults } from './resultsCommands';
import { cmdProtocol } from './protocolCommands';
import { installNativeCrypto } from '../services/nativeCrypto';

installNativeCrypto();

/**
 * `jury VERB …` over the same contest database file the window uses (SCORING.md §7).
 * Exit status: 0 done; 1 the input was refused (the message names file, row, column or
 * field); 2 wrong usage. A refused command changes nothing: every write is one transaction.
 */
const VERBS: Record<string, { flags: string[]; switches?: string[]; run: (a: ParsedArgs, io: Io) => void | Promise<void> }> = {
  new: { flags: ['definition'], run: cmdNew },
  'import-entries': { flags: ['map'], switches: ['accept-suggested'], run: cmdImportEntries },
  entries: { flags: ['format', 'out', 'lang'], run: cmdEntries },
  keygen: { flags: ['out'], run: cmdKeygen },
  verify: { flags: [], run: cmdVerify },
  'export-package': { flags: ['juror', 'out', 'nominations', 'entries'], switches: ['media'], run: cmdExportPackage },
  score: { flags: ['scores', 'key', 'out', 'previous'], run: cmdScore },
  merge: { flags: ['accept-new-key'], run: cmdMerge },
  'import-scores': { flags: [], run: cmdImportScores },
  results: { flags: ['format', 'out'], run: cmdResults },
  protocol: { flags: ['format', 'lang', 'key', 'out'], run: cmdProtocol },
};

const USAGE = `Usage: jury VERB …
  jury new DB --definition contest.json
  jury import-entries DB FILE [--map "Header=field,…"] [--accept-suggested]
  jury entries DB [--format csv|json] [--out FILE] [--lang kk|ru|en]
  jury keygen --out FILE
  jury export-package DB --juror ID --out FILE [--nominations a,b] [--entries 1,2,…] [--media]
  jury score PACKAGE --scores scores.csv --key FILE --out FILE [--previous FILE]
  jury merge DB FILE|FOLDER… [--accept-new-key JUROR]
  jury import-scores DB FILE
  jury results DB [--format csv|json] [--out FILE]
  jury protocol DB --format pdf|docx|xlsx|csv [--lang kk|ru|en] [--key FILE] --out FILE
  jury verify FILE
`;

export async function runJury(argv: string[], io: Io): Promise<number> {
  const [verb, ...rest] = argv;
  const spec = verb ? VERBS[verb] : undefined;
  if (!spec) {
    io.err(verb && verb !== '--help' ? `jury: unknown verb "${verb}"\n${USAGE}` : USAGE);
    return verb === '--help' ? 0 : 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    await spec.run(parseArgs(rest, spec.flags, spec.switches), io);
    return 0;
  } catch (e) {
    // merge has reported each file already; some were refused, the others merged
    if (e instanceof SomeRefused) return 1;
    if (e instanceof UsageError) {
      io.err(`jury ${verb}: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof ProblemError) {
      io.err(e.problems.map((p) => `jury ${verb}: ${describeProblem(p, 'en')}`).join('\n') + '\n');
      return 1;
    }
    io.err(`jury ${verb}: ${describeProblem(problemFromError(e), 'en')}\n`);
    return 1;
  }
}

if (require.main === module) {
  runJury(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then((code) => {
    process.exitCode = code;
  });
}
