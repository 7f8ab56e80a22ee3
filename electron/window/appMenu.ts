import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n/languages';
import type { Settings } from '../../shared/ipc/types';

/** Menu labels in the language the user chose in the window (as the dialog titles are). */
const LABELS = {
  file: { kk: 'Файл', ru: 'Файл', en: 'File' },
  openPackage: { kk: 'Қазы пакетін ашу…', ru: 'Открыть пакет члена жюри…', en: 'Open juror package…' },
  openContest: { kk: 'Байқау файлын ашу…', ru: 'Открыть файл конкурса…', en: 'Open contest…' },
  quit: { kk: 'Шығу', ru: 'Выход', en: 'Quit' },
  edit: { kk: 'Өңдеу', ru: 'Правка', en: 'Edit' },
  undo: { kk: 'Болдырмау', ru: 'Отменить', en: 'Undo' },
  redo: { kk: 'Қайталау', ru: 'Повторить', en: 'Redo' },
  cut: { kk: 'Қиып алу', ru: 'Вырезать', en: 'Cut' },
  copy: { kk: 'Көшіру', ru: 'Копировать', en: 'Copy' },
  paste: { kk: 'Қою', ru: 'Вставить', en: 'Paste' },
  selectAll: { kk: 'Барлығын белгілеу', ru: 'Выделить всё', en: 'Select all' },
  develop: { kk: 'Әзірлеуші', ru: 'Разработчик', en: 'Developer' },
} as const;

export interface MenuActions {
  openPackage(): void;
  openContest(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** The installed app: no reload and no developer tools for a contest-day user. */
  packaged: boolean;
}

/**
 * The application menu: File (open a juror package or a contest, quit) and Edit, whose standard
 * roles are what makes copy and paste work in text boxes on macOS. Nothing in it loads remote
 * content (no "Learn more", no help pages); developer tools exist only in development.
 */
export function appMenuTemplate(language: Language, actions: MenuActions, { platform, packaged }: MenuOptions): MenuItemConstructorOptions[] {
  const l = (key: keyof typeof LABELS) => LABELS[key][language];
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: l('file'),
    submenu: [
      { id: 'openPackage', label: l('openPackage'), accelerator: 'CmdOrCtrl+O', click: () => actions.openPackage() },
      { id: 'openContest', label: l('openContest'), accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openContest() },
      // On macOS Quit is in the application menu, where users look for it.
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: l('quit') } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l('edit'),
    submenu: [
      { role: 'undo', label: l('undo') },
      { role: 'redo', label: l('redo') },
      { type: 'separator' },
      { role: 'cut', label: l('cut') },
      { role: 'copy', label: l('copy') },
      { role: 'paste', label: l('paste') },
      { role: 'selectAll', label: l('selectAll') },
    ],
  };
  const develop: MenuItemConstructorOptions = { label: l('develop'), submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, ...(packaged ? [] : [develop])];
}

/** What the renderer is told, as a DOM event on its window: the preload bridge stays invoke() only. */
export const MENU_EVENT = 'jury:menu';
export type MenuCommand = 'takeOpened' | 'openContest';

/** The script that tells the page; a fixed text per command, nothing from outside goes into it. */
export const menuEventScript = (command: MenuCommand) => `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_EVENT)}, { detail: ${JSON.stringify(command)} }))`;

export interface MenuWindow {
  isDestroyed(): boolean;
  webContents: { executeJavaScript(code: string): Promise<unknown> };
}

/**
 * File > Open juror package… shows the same dialog as the contests screen's button; the package
 * then takes the road of a double-clicked one (openRequests, then app:takeOpened asked by the
 * page), so it is verified, opened, shown and any refusal reported the same way. Open contest…
 * asks the page to run its own "open a contest file" button, which lands on the contest.
 */
export function menuActions(window: MenuWindow, choosePackage: () => Promise<string | null>, openRequests: { add(path: string, chosen: boolean): void }): MenuActions {
  const tell = (command: MenuCommand) => {
    if (!window.isDestroyed()) window.webContents.executeJavaScript(menuEventScript(command)).catch(() => undefined);
  };
  return {
    openPackage: () =>
      void choosePackage().then(
        (path) => {
          if (!path) return;
          openRequests.add(path, true);
          tell('takeOpened');
        },
        (e: unknown) => console.error('File > Open: the dialog failed', e),
      ),
    openContest: () => tell('openContest'),
  };
}

/** Sets the application menu, and sets it again in the new language whenever the user changes it. */
export function installAppMenu(settings: { get(): Settings; onChange(listener: (s: Settings) => void): void }, actions: MenuActions, options: MenuOptions): void {
  const apply = (language: Language) => Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(language, actions, options)));
  apply(settings.get().language);
  let current = settings.get().language;
  settings.onChange(({ language }) => {
    if (language !== current) apply((current = language));
  });
}
