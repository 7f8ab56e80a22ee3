import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsStore } from '../../../electron/services/settingsStore';
import { tempDir } from '../helpers';

describe('SettingsStore', () => {
  it('starts with the defaults (Kazakh, no user name) and writes nothing until set', () => {
    const dir = join(tempDir(), 'data');
    const store = new SettingsStore(dir);
    expect(store.get()).toEqual({ language: 'kk', userName: '' });
    expect(existsSync(join(dir, 'settings.json'))).toBe(false);
  });

  it('persists across instances', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    expect(store.set({ language: 'en' })).toEqual({ language: 'en', userName: '' });
    expect(store.set({ userName: 'Әсем' })).toEqual({ language: 'en', userName: 'Әсем' });
    expect(new SettingsStore(dir).get()).toEqual({ language: 'en', userName: 'Әсем' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'en', userName: 'Әсем' });
    expect(readdirSync(dir)).toEqual(['settings.json']); // no temporary file left behind
  });

  it('tells its listeners of every change, after it is stored', () => {
    const dir = tempDir();
    const store = new SettingsStore(dir);
    const seen: unknown[] = [];
    store.onChange((s) => seen.push([s, new SettingsStore(dir).get().language]));
    store.set({ language: 'ru' });
    store.set({ userName: 'Әсем' });
    expect(seen).toEqual([
      [{ language: 'ru', userName: '' }, 'ru'],
      [{ language: 'ru', userName: 'Әсем' }, 'ru'],
    ]);
  });

  it('get returns a copy', () => {
    const store = new SettingsStore(tempDir());
    const s = store.get();
    s.language = 'ru';
    expect(store.get().language).toBe('kk');
  });

  it.each([['{ not json'], [''], ['null'], ['[1,2]'], ['"kk"']])('falls back to the defaults for a corrupt settings.json: %j', (text) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), text);
    expect(new SettingsStore(dir).get()).toEqual({ language: 'kk', userName: '' });
  });

  it('keeps the valid fields and drops the invalid ones', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'de', userName: 'Берік', extra: 1 }));
    expect(new SettingsStore(dir).get()).toEqual({ language: 'kk', userName: 'Берік' });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'ru', userName: 42 }));
    expect(new SettingsStore(dir).get()).toEqual({ language: 'ru', userName: '' });
  });

  it('a corrupt file is replaced by the next set', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '\u0000garbage');
    const store = new SettingsStore(dir);
    store.set({ userName: 'Ayan' });
    expect(new SettingsStore(dir).get()).toEqual({ language: 'kk', userName: 'Ayan' });
  });
});
