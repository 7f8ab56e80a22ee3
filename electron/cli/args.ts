/** A small argument parser: positional words and --flag value pairs, nothing clever. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valueFlags: readonly string[], switches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (switches.includes(name) && inline !== undefined) throw new UsageError(`--${name} takes no value`);
      if (switches.includes(name) && inline === undefined) {
        flags.set(name, '');
        continue;
      }
      if (!valueFlags.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else positional.push(a);
  }
  return { positional, flags };
}
