import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenRequests } from '../../../electron/services/openRequests';

describe('files the system asks the app to open', () => {
  it('keeps .jurypkg files from the command line and open-file events, once, in order', () => {
    const r = new OpenRequests();
    r.addFromArgv(['/opt/Jury/jury', '--no-sandbox', '/home/a/Оспанова.jurypkg', '/home/a/notes.txt']);
    r.add('/media/usb/J2.JURYPKG');
    expect(r.take()).toEqual(['/home/a/Оспанова.jurypkg', '/media/usb/J2.JURYPKG']);
    expect(r.take()).toEqual([]);
  });
  it('resolves relative paths, as a second launch from a folder would give them', () => {
    const r = new OpenRequests();
    r.addFromArgv(['jury', 'pkg.jurypkg']);
    expect(r.take()).toEqual([join(process.cwd(), 'pkg.jurypkg')]);
  });
  it('takes a file chosen with File > Open whatever its name, and still ignores stray arguments', () => {
    const r = new OpenRequests();
    r.add('/media/usb/Оспанова', true);
    r.add('/home/a/notes.txt');
    expect(r.take()).toEqual(['/media/usb/Оспанова']);
  });
});
