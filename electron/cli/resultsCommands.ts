import { basename } from 'node:path';
import { resultsCsv, resultsJson } from '../../shared/results/resultsTable';
import { systemContext } from '../services/context';
import { ContestWorkspace } from '../services/contestWorkspace';
import { writeFileDurably } from '../services/durableFile';
import { contestResults } from '../services/results';
import { UsageError, type ParsedArgs } from './args';
import type { Io } from './commands';

const ctx = systemContext();

/** jury results DB [--format csv|json] [--out FILE] */
export function cmdResults({ positional, flags }: ParsedArgs, io: Io): void {
  const [db] = positional;
  const format = flags.get('format') ?? 'json';
  if (!db || positional.length !== 1 || (format !== 'json' && format !== 'csv')) throw new UsageError('jury results DB [--format csv|json] [--out FILE]');
  const ws = ContestWorkspace.open(db, ctx);
  let text: string;
  try {
    const { results } = contestResults(ws);
    if (format === 'json') text = resultsJson(results);
    else {
      const stored = new Map(ws.entries().map((e) => [e.id, { participant: e.participant, organisation: e.organisation }]));
      text = resultsCsv(results, stored);
    }
    for (const n of results.nominations) {
      // Said on stderr so that the table on stdout stays clean for a pipe.
      // Pairs left out of the aggregates are reported (SCORING.md §1), as are ties left shared.
      if (n.incompletePairs || n.recusedPairs || n.unresolvedTies.length) {
        io.err(`jury results: ${n.id}: ${n.incompletePairs} incomplete juror scores, ${n.recusedPairs} recusals, ${n.unresolvedTies.length} ties the chain could not break (places shared)\n`);
      }
    }
  } finally {
    ws.close();
  }
  const out = flags.get('out');
  if (out) writeFileDurably(out, text, basename(out));
  else io.out(text);
}
