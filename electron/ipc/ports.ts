/** The parts of Electron the handlers use, behind interfaces so tests can answer for the user. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  openFile(opts: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Several files at once, or with `folder` one or more folders; [] when cancelled. */
  openFiles(opts: { title: string; filters: FileFilter[]; folder?: boolean }): Promise<string[]>;
  saveFile(opts: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface ShellPort {
  openExternal(url: string): Promise<void>;
  /** Resolves to an error message, or '' on success (Electron's convention). */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}
