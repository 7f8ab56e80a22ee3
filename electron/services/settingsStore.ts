import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLanguage } from '../../shared/i18n/languages';
import type { Settings } from '../../shared/ipc/types';
import { writeFileDurably } from './durableFile';

const DEFAULTS: Settings = { language: 'kk', userName: '' };

/** The user's preferences in the app's data folder; a damaged file falls back to the defaults. */
export class SettingsStore {
  private readonly file: string;
  private current: Settings;
  private readonly listeners: ((settings: Settings) => void)[] = [];

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'settings.json');
    this.current = this.read();
  }

  get(): Settings {
    return { ...this.current };
  }

  set(patch: Partial<Settings>): Settings {
    this.current = { ...this.current, ...patch };
    writeFileDurably(this.file, `${JSON.stringify(this.current, null, 2)}\n`);
    for (const listener of this.listeners) listener(this.get());
    return this.get();
  }

  /** Called after every change, with the settings now (the application menu follows the language). */
  onChange(listener: (settings: Settings) => void): void {
    this.listeners.push(listener);
  }

  private read(): Settings {
    if (!existsSync(this.file)) return { ...DEFAULTS };
    try {
      const raw = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Settings>;
      return {
        language: isLanguage(raw.language) ? raw.language : DEFAULTS.language,
        userName: typeof raw.userName === 'string' ? raw.userName : '',
      };
    } catch {
      return { ...DEFAULTS };
    }
  }
}
