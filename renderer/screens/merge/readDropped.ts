import type { MergeOutcome } from '../../../shared/ipc/mergeTypes';

/** A juror file dropped on the window: its name and bytes, never a path (the renderer has none). */
export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

export interface DroppedSet {
  files: DroppedFile[];
  /** What could not even be read here (a folder with no juror file, an unreadable file), said as the merge would say it. */
  refused: Extract<MergeOutcome, { kind: 'refused' }>[];
}

const SCORES_EXTENSION = '.juryscores';
/** The largest file the main process takes in one piece (shared/ipc/contract.ts). */
const MAX_BYTES = 256 * 1024 * 1024;
const byName = new Intl.Collator('en', { numeric: true }).compare;

export type Dropped = { kind: 'file'; file: File } | { kind: 'folder'; entry: FileSystemDirectoryEntry };

/**
 * What a drop holds, taken at once: the browser lets go of a drop's items when the drop event
 * returns, so the folders and files are picked out here, synchronously, and read afterwards.
 * A folder (a USB stick's, say) stands for the *.juryscores files directly inside it, hidden
 * files skipped (the "._" copies a Mac leaves on a stick), as when a folder is chosen.
 */
export function takeDrop(dt: Pick<DataTransfer, 'files'> & Partial<Pick<DataTransfer, 'items'>>): Promise<DroppedSet> {
  const dropped: Dropped[] = [];
  const items = dt.items ? Array.from(dt.items).filter((i) => i.kind === 'file') : [];
  if (items.length) {
    for (const item of items) {
      const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
      const file = item.getAsFile();
      if (entry?.isDirectory) dropped.push({ kind: 'folder', entry: entry as FileSystemDirectoryEntry });
      else if (file) dropped.push({ kind: 'file', file });
    }
  } else {
    for (const file of Array.from(dt.files ?? [])) dropped.push({ kind: 'file', file });
  }
  return readDropped(dropped);
}

/** Files chosen in a file input, or dropped: read in the order given. */
export async function readDropped(dropped: Dropped[]): Promise<DroppedSet> {
  const out: DroppedSet = { files: [], refused: [] };
  for (const d of dropped) {
    if (d.kind === 'file') {
      await readOne(d.file, out);
      continue;
    }
    let files: File[];
    try {
      files = await folderFiles(d.entry);
    } catch (e) {
      out.refused.push(unreadable(d.entry.name, e));
      continue;
    }
    if (!files.length) out.refused.push({ kind: 'refused', file: d.entry.name, problems: [{ code: 'noJurorFiles', file: d.entry.name }] });
    for (const f of files) await readOne(f, out);
  }
  return out;
}

async function readOne(file: File, out: DroppedSet): Promise<void> {
  if (file.size > MAX_BYTES) {
    out.refused.push({ kind: 'refused', file: file.name, problems: [{ code: 'io', file: file.name, params: { detail: '> 256 MB' } }] });
    return;
  }
  try {
    out.files.push({ name: file.name, bytes: await bytesOf(file) });
  } catch (e) {
    out.refused.push(unreadable(file.name, e));
  }
}

const unreadable = (name: string, e: unknown): Extract<MergeOutcome, { kind: 'refused' }> => ({
  kind: 'refused',
  file: name,
  problems: [{ code: 'io', file: name, params: { detail: e instanceof Error ? e.message : String(e) } }],
});

async function folderFiles(dir: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches (100 at a time in Chromium) until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    all.push(...batch);
  }
  const wanted = all.filter((e) => e.isFile && !e.name.startsWith('.') && e.name.toLowerCase().endsWith(SCORES_EXTENSION)).sort((a, b) => byName(a.name, b.name));
  return Promise.all(wanted.map((e) => new Promise<File>((resolve, reject) => (e as FileSystemFileEntry).file(resolve, reject))));
}

/** A file's bytes (FileReader where Blob.arrayBuffer is missing). */
export function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
