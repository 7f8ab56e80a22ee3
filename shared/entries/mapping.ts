import { foldForSearch } from '../text/fold';
import { ENTRY_FIELDS, type EntryField } from './model';

/** For each column of the file, in order, the entry field it fills, or null to ignore it. */
export type ColumnMapping = (EntryField | null)[];

/**
 * Words from Google Forms questions in Kazakh, Russian and English that point at a field.
 * The organiser confirms or changes every suggestion in the mapping step.
 */
const HINTS: [EntryField, string[]][] = [
  ['submitted', ['уақыт белгісі', 'отметка времени', 'timestamp']],
  ['email', ['пошта', 'почты', 'почта', 'e-mail', 'email']],
  ['nomination', ['номинация', 'nomination', 'бағыт']],
  ['age_group', ['жас санаты', 'жас тобы', 'возраст', 'age']],
  ['participant', ['аты-жөні', 'аты жөні', 'фио', 'ф.и.о', 'қатысушы', 'участник', 'participant', 'full name']],
  ['duration', ['ұзақтығы', 'длительность', 'продолжительность', 'duration']],
  ['followers', ['жазылушы', 'подписчик', 'followers']],
  ['hashtag', ['хэштег', 'хештег', 'хэштэг', 'hashtag']],
  ['likes', ['лайк', 'likes']],
  ['comments', ['комментари', 'пікір', 'comments']],
  ['views', ['қаралым', 'просмотр', 'views']],
  ['media', ['файл', 'media', 'бейнефайл']],
  ['link', ['сілтеме', 'ссылка', 'link', 'url', 'instagram', 'youtube', 'tiktok']],
  ['region', ['өңір', 'облыс', 'аймақ', 'регион', 'область', 'region']],
  ['organisation', ['ұйым', 'мекеме', 'мектеп', 'балабақша', 'организац', 'учрежден', 'школ', 'organisation', 'organization', 'school']],
];

/** Canonical headers map to themselves; other headers by the hints; each field at most once. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const taken = new Set<EntryField>();
  const mapping: ColumnMapping = headers.map((h) => {
    const f = foldForSearch(h);
    const exact = ENTRY_FIELDS.find((field) => field === f || (field === 'age_group' && f === 'age group'));
    if (exact && !taken.has(exact)) return taken.add(exact), exact;
    return null;
  });
  headers.forEach((h, i) => {
    if (mapping[i]) return;
    const f = foldForSearch(h);
    const hit = HINTS.find(([field, words]) => !taken.has(field) && words.some((w) => startsWord(f, w)));
    if (hit) {
      taken.add(hit[0]);
      mapping[i] = hit[0];
    }
  });
  return mapping;
}

/** The hint begins a word of the header ("сілтемесі" has "сілтеме"; "page" has no "age"). */
function startsWord(header: string, hint: string): boolean {
  for (let at = header.indexOf(hint); at >= 0; at = header.indexOf(hint, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(header[at - 1])) return true;
  }
  return false;
}

/** Identifies a file layout so that a confirmed mapping is offered again for the next export. */
export function headerSignature(headers: string[]): string {
  return headers.map((h) => foldForSearch(h)).join('\u001f');
}

/** A remembered mapping fits only a file with the same columns. */
export function mappingFits(mapping: unknown, headers: string[]): mapping is ColumnMapping {
  return Array.isArray(mapping) && mapping.length === headers.length && mapping.every((m) => m === null || ENTRY_FIELDS.includes(m));
}
