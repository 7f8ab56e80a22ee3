import { extname, resolve } from 'node:path';

export const PACKAGE_EXTENSION = 'jurypkg';

/**
 * Package files the operating system asked the app to open: on the command line (Windows,
 * Linux), by the open-file event (macOS), or from a second launch; and those chosen with the
 * application menu's File > Open. The window takes them when it is ready, so a double-click
 * before the window exists is not lost.
 */
export class OpenRequests {
  private readonly waiting: string[] = [];

  /**
   * A file to open. What the system passes is taken only by its extension (a command line carries
   * other arguments too); a file the user chose in the app's open dialog (`chosen`) is taken as
   * it is, and verified like any other.
   */
  add(path: string, chosen = false): void {
    if (chosen || extname(path).toLowerCase() === `.${PACKAGE_EXTENSION}`) this.waiting.push(resolve(path));
  }

  addFromArgv(argv: readonly string[]): void {
    // argv[0] is the program (and argv[1] the app folder in development); options start with "-".
    for (const arg of argv.slice(1)) if (!arg.startsWith('-')) this.add(arg);
  }

  take(): string[] {
    return this.waiting.splice(0);
  }
}
