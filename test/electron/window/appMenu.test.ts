import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, installAppMenu, menuActions, menuEventScript, type MenuActions } from '../../../electron/window/appMenu';
import { OpenRequests } from '../../../electron/services/openRequests';
import type { Settings } from '../../../shared/ipc/types';

// Electron has no binary here: the menu is built from a template Electron would take as it is.
const menu = vi.hoisted(() => ({ built: [] as unknown[], set: [] as unknown[] }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => (menu.built.push(template), { template }),
    setApplicationMenu: (m: unknown) => menu.set.push(m),
  },
}));

type Item = MenuItemConstructorOptions;
const noop: MenuActions = { openPackage: () => undefined, openContest: () => undefined };
const linux = { platform: 'linux' as const, packaged: true };
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
/** Every item of a template, menus and their items, depth first. */
const everyItem = (items: Item[]): Item[] => items.flatMap((i) => [i, ...everyItem(submenu(i))]);
const byLabel = (items: Item[], label: string) => items.find((i) => i.label === label);

describe('the application menu', () => {
  it('has File (open a package, open a contest, quit) and Edit with the standard roles, in Kazakh', () => {
    const template = appMenuTemplate('kk', noop, linux);
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Өңдеу']);
    expect(submenu(template[0]).map((i) => [i.label ?? i.type, i.accelerator ?? i.role ?? null])).toEqual([
      ['Қазы пакетін ашу…', 'CmdOrCtrl+O'],
      ['Байқау файлын ашу…', 'CmdOrCtrl+Shift+O'],
      ['separator', null],
      ['Шығу', 'quit'],
    ]);
    expect(submenu(template[1]).map((i) => i.role ?? i.type)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(template[1]).map((i) => i.label).filter(Boolean)).toEqual(['Болдырмау', 'Қайталау', 'Қиып алу', 'Көшіру', 'Қою', 'Барлығын белгілеу']);
  });

  it.each([
    ['ru', ['Файл', 'Правка'], ['Открыть пакет члена жюри…', 'Открыть файл конкурса…', 'Выход'], 'Копировать'],
    ['en', ['File', 'Edit'], ['Open juror package…', 'Open contest…', 'Quit'], 'Copy'],
  ] as const)('follows the language setting: %s', (language, menus, fileItems, copy) => {
    const template = appMenuTemplate(language, noop, linux);
    expect(template.map((m) => m.label)).toEqual(menus);
    expect(submenu(template[0]).map((i) => i.label).filter(Boolean)).toEqual(fileItems);
    expect(submenu(template[1]).find((i) => i.role === 'copy')?.label).toBe(copy);
  });

  it('runs the actions from File; nothing in it opens a web page', () => {
    const actions = { openPackage: vi.fn(), openContest: vi.fn() };
    const file = submenu(appMenuTemplate('en', actions, linux)[0]);
    byLabel(file, 'Open juror package…')!.click!({} as never, undefined, {} as never);
    expect(actions.openPackage).toHaveBeenCalledTimes(1);
    byLabel(file, 'Open contest…')!.click!({} as never, undefined, {} as never);
    expect(actions.openContest).toHaveBeenCalledTimes(1);
    // The only clickable items are these two: the rest are Electron's own roles, none of them a link.
    const all = everyItem(appMenuTemplate('en', actions, linux));
    expect(all.filter((i) => i.click).map((i) => i.id)).toEqual(['openPackage', 'openContest']);
    expect(all.map((i) => i.role).filter(Boolean)).toEqual(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('has no reload and no developer tools in the installed app; in development it has', () => {
    const roles = (packaged: boolean, platform: NodeJS.Platform) => everyItem(appMenuTemplate('kk', noop, { platform, packaged })).map((i) => i.role);
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(roles(true, platform)).not.toContain('toggleDevTools');
      expect(roles(true, platform)).not.toContain('reload');
      expect(roles(true, platform)).not.toContain('help');
    }
    expect(roles(false, 'linux')).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('on macOS starts with the application menu, which holds Quit', () => {
    const template = appMenuTemplate('ru', noop, { platform: 'darwin', packaged: true });
    expect(template.map((m) => m.role ?? m.label)).toEqual(['appMenu', 'Файл', 'Правка']);
    expect(submenu(template[1]).map((i) => i.label)).toEqual(['Открыть пакет члена жюри…', 'Открыть файл конкурса…']);
    expect(submenu(template[2]).map((i) => i.role).filter(Boolean)).toContain('paste');
  });

  it('is set at start and set again in the new language when the user changes it', () => {
    menu.built.length = 0;
    menu.set.length = 0;
    let current: Settings = { language: 'kk', userName: '' };
    const listeners: ((s: Settings) => void)[] = [];
    const settings = { get: () => current, onChange: (l: (s: Settings) => void) => listeners.push(l) };
    installAppMenu(settings, noop, linux);
    const firstLabels = () => (menu.built.at(-1) as Item[]).map((m) => m.label);
    expect(menu.set).toHaveLength(1);
    expect(firstLabels()).toEqual(['Файл', 'Өңдеу']);
    // another setting changed: the same menu stays
    current = { language: 'kk', userName: 'Әсем' };
    listeners.forEach((l) => l(current));
    expect(menu.set).toHaveLength(1);
    current = { language: 'en', userName: 'Әсем' };
    listeners.forEach((l) => l(current));
    expect(menu.set).toHaveLength(2);
    expect(firstLabels()).toEqual(['File', 'Edit']);
  });
});

describe('the menu actions', () => {
  const fakeWindow = (destroyed = false) => {
    const scripts: string[] = [];
    return { scripts, isDestroyed: () => destroyed, webContents: { executeJavaScript: async (code: string) => void scripts.push(code) } };
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('File > Open juror package… hands the chosen file to the double-click road and tells the page to take it', async () => {
    const window = fakeWindow();
    const requests = new OpenRequests();
    const choose = vi.fn(async () => '/media/usb/Оспанова');
    menuActions(window, choose, requests).openPackage();
    await settle();
    expect(choose).toHaveBeenCalledTimes(1);
    // chosen in the dialog, it is taken even without the .jurypkg ending (it is verified anyway)
    expect(requests.take()).toEqual(['/media/usb/Оспанова']);
    expect(window.scripts).toEqual([menuEventScript('takeOpened')]);
  });

  it('a cancelled dialog tells the page nothing; Open contest… only tells the page', async () => {
    const window = fakeWindow();
    const requests = new OpenRequests();
    const actions = menuActions(window, async () => null, requests);
    actions.openPackage();
    await settle();
    expect(requests.take()).toEqual([]);
    expect(window.scripts).toEqual([]);
    actions.openContest();
    expect(window.scripts).toEqual([menuEventScript('openContest')]);
  });

  it('tells a closed window nothing', async () => {
    const window = fakeWindow(true);
    menuActions(window, async () => '/tmp/x.jurypkg', new OpenRequests()).openContest();
    expect(window.scripts).toEqual([]);
  });

  it('the script it runs in the page only dispatches a fixed event', () => {
    expect(menuEventScript('takeOpened')).toBe('window.dispatchEvent(new CustomEvent("jury:menu", { detail: "takeOpened" }))');
    const target = new EventTarget();
    const seen: unknown[] = [];
    target.addEventListener('jury:menu', (e) => seen.push((e as CustomEvent).detail));
    new Function('window', menuEventScript('openContest'))(target);
    expect(seen).toEqual(['openContest']);
  });
});
