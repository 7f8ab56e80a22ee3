import type { FlagCode, EligibilityFlag } from '../entries/model';
import type { Problem, ProblemCode } from '../problem';
import type { Language } from './languages';
import { fieldLabel } from './fieldNames';
import { MERGE_MESSAGES, type MergeCode } from './mergeMessages';
import { PROTOCOL_MESSAGES, type ProtocolCode } from './protocolMessages';
import { SIGNING_MESSAGES, type SigningCode } from './signingMessages';

type Params = Record<string, string | number>;
type Template = string | ((p: Params) => string);
type Catalogue = Record<Exclude<ProblemCode, SigningCode | MergeCode | ProtocolCode>, Template>;

const en: Catalogue = {
  json: (p) => `not valid JSON (${p.detail})`,
  format: (p) => `must be "${p.expected}"`,
  required: 'is required',
  type: (p) => `must be ${/^[aeiou]/.test(String(p.expected)) ? 'an' : 'a'} ${p.expected}`,
  positive: (p) => `must be greater than 0 (it is ${p.value})`,
  nonNegativeInteger: (p) => `must be a whole number, 0 or more (it is ${p.value})`,
  oneOf: (p) => `"${p.value}" is not one of: ${p.allowed}`,
  duplicateId: (p) => `the id "${p.id}" is used twice`,
  unknownCriterion: (p) => `names the criterion "${p.id}", which this nomination does not have`,
  unknownRule: (p) => `"${p.value}" is not a tie-break rule (${p.allowed})`,
  empty: 'must not be empty',
  oneChair: (p) => `has ${p.count} chairs; a jury has one`,
  invalidDate: (p) => `"${p.value}" is not a date (YYYY-MM-DD)`,
  invalidUtf8: (p) => `is not valid UTF-8 text (byte ${p.offset}); save it again as "CSV UTF-8"`,
  emptyFile: 'is empty',
  duplicateHeader: 'has this column twice',
  tooManyCells: (p) => `has ${p.cells} cells but the header has ${p.columns} columns`,
  notWholeNumber: (p) => `"${p.value}" is not a whole number 0 or more`,
  notDuration: (p) => `"${p.value}" is not a duration (seconds or m:ss)`,
  requiredValue: (p) => `a value for "${p.field}" is required`,
  unknownNomination: (p) => `"${p.value}" is not a nomination of this contest (${p.allowed})`,
  unknownAgeGroup: (p) => `"${p.value}" is not an age group of this contest (${p.allowed})`,
  duplicateEntryId: (p) => `the entry id "${p.id}" already stands in row ${p.firstRow}`,
  unsupportedFile: 'is not a CSV or XLSX table',
  unreadableXlsx: (p) => `cannot be read as an XLSX workbook (${p.detail})`,
  badQuotes: 'has a quote that is never closed',
  noRows: 'has a header but no rows',
  mappingTwice: (p) => `is mapped to "${p.field}", which another column already fills`,
  fileNotFound: 'does not exist',
  io: (p) => `cannot be read or written (${p.detail})`,
  notContestDb: 'is not a Jury contest file',
  newerDb: (p) => `was made by a newer version of Jury (data version ${p.version}, this app knows ${p.known}); update the app to open it`,
  unknownContest: 'this contest is not open',
  unknownEntry: (p) => `there is no entry "${p.id}"`,
  reasonRequired: 'a reason is required',
  invalidInput: (p) => `invalid request (${p.detail})`,
  unsafeLink: (p) => `"${p.value}" is not a web link (http or https)`,
  noMedia: 'this entry has no local media file, or the file is missing',
  notMedia: 'is not a picture, sound, video or PDF file; it is not opened',
  notANumber: (p) => `"${p.value}" is not a number`,
  scoreOutOfRange: (p) => `${p.value} is not allowed: a score is from 0 to ${p.max}`,
  scoreOffStep: (p) => `${p.value} is not allowed: scores go in steps of ${p.step}`,
  notJurorFile: 'is not a Jury score file',
  truncatedFile: 'is damaged or cut short',
  badSignature: 'has a signature that does not match its content: it was changed after signing',
  keyMismatch: 'names a different key inside than the one that signed it',
  notAKey: 'is not a Jury signing key (jury keygen makes one)',
  preliminaryDiplomas: 'scoring is not finished, so the awards may still change: diplomas are made from final results only (letters of thanks can be made now)',
  controlCharacters: 'must not contain control characters (an id is typed text: letters, digits, dashes)',
  packageNotIssued: (p) => `was scored from a package this contest never issued to juror ${p.juror}: only a file made from the juror's own package is taken (ask the juror which package they opened, or issue them one)`,
  scoreNoLongerFits: (p) => `the score ${p.value} of juror ${p.juror} for entry ${p.entry} no longer fits criterion ${p.criterion} (0–${p.max}, step ${p.step}): the criteria changed after the scores were merged; put them back, or ask the jurors for new files`,
  lostLetters: (p) => `was saved as Windows-1251, which has no Kazakh letters: they became "?" (${p.sample}); save it again as "CSV UTF-8"`,
  importConflict: (p) => `would change entry ${p.id} from «${p.was}» to «${p.now}»; entries are matched by id (by row order when there is no id column): was a response deleted or reordered in the form? Add an id column, or import into a new contest`,
  nominationInUse: (p) => `nomination "${p.id}" still has ${p.count} entries; move or delete them first`,
  internal: (p) => `unexpected error (${p.detail})`,
};

const ru: Catalogue = {
  ...en,
  json: (p) => `не является JSON (${p.detail})`,
  format: (p) => `должно быть "${p.expected}"`,
  required: 'обязательно для заполнения',
  type: (p) => `должно иметь тип ${p.expected}`,
  positive: (p) => `должно быть больше 0 (сейчас ${p.value})`,
  nonNegativeInteger: (p) => `должно быть целым числом от 0 (сейчас ${p.value})`,
  oneOf: (p) => `«${p.value}» — не одно из: ${p.allowed}`,
  duplicateId: (p) => `идентификатор «${p.id}» встречается дважды`,
  unknownCriterion: (p) => `указан критерий «${p.id}», которого нет в номинации`,
  unknownRule: (p) => `«${p.value}» — неизвестное правило (${p.allowed})`,
  empty: 'не может быть пустым',
  oneChair: (p) => `указано председателей: ${p.count}; должен быть один`,
  invalidDate: (p) => `«${p.value}» — не дата (ГГГГ-ММ-ДД)`,
  invalidUtf8: (p) => `не является текстом UTF-8 (байт ${p.offset}); сохраните файл как «CSV UTF-8»`,
  emptyFile: 'пуст',
  duplicateHeader: 'содержит этот столбец дважды',
  tooManyCells: (p) => `ячеек ${p.cells}, а столбцов в заголовке ${p.columns}`,
  notWholeNumber: (p) => `«${p.value}» — не целое число от 0`,
  notDuration: (p) => `«${p.value}» — не длительность (секунды или м:сс)`,
  requiredValue: (p) => `нужно значение поля «${p.field}»`,
  unknownNomination: (p) => `«${p.value}» — нет такой номинации (${p.allowed})`,
  unknownAgeGroup: (p) => `«${p.value}» — нет такой возрастной категории (${p.allowed})`,
  duplicateEntryId: (p) => `работа «${p.id}» уже есть в строке ${p.firstRow}`,
  unsupportedFile: 'не является таблицей CSV или XLSX',
  unreadableXlsx: (p) => `не читается как книга XLSX (${p.detail})`,
  badQuotes: 'содержит незакрытую кавычку',
  noRows: 'содержит заголовок, но нет строк',
  mappingTwice: (p) => `сопоставлен с полем «${p.field}», которое уже заполняет другой столбец`,
  fileNotFound: 'не найден',
  io: (p) => `не удаётся прочитать или записать (${p.detail})`,
  notContestDb: 'не является файлом конкурса Jury',
  newerDb: (p) => `создан более новой версией Jury (версия данных ${p.version}, приложение знает ${p.known}); обновите приложение`,
  unknownContest: 'этот конкурс не открыт',
  unknownEntry: (p) => `нет работы «${p.id}»`,
  reasonRequired: 'укажите причину',
  invalidInput: (p) => `неверный запрос (${p.detail})`,
  unsafeLink: (p) => `«${p.value}» — не веб-ссылка (http или https)`,
  noMedia: 'у работы нет локального медиафайла, или файл не найден',
  notMedia: 'не является изображением, аудио, видео или PDF; файл не открыт',
  notANumber: (p) => `«${p.value}» — не число`,
  scoreOutOfRange: (p) => `${p.value} — нельзя: оценка от 0 до ${p.max}`,
  scoreOffStep: (p) => `${p.value} — нельзя: оценка ставится с шагом ${comma(p.step)}`,
  notJurorFile: 'не является файлом оценок Jury',
  truncatedFile: 'повреждён или обрезан',
  badSignature: 'подпись не совпадает с содержимым: файл изменён после подписания',
  keyMismatch: 'внутри указан другой ключ, чем тот, которым он подписан',
  notAKey: 'не является ключом подписи Jury (его создаёт jury keygen)',
  preliminaryDiplomas: 'оценивание не завершено, награды ещё могут измениться: дипломы печатаются только по окончательным результатам (благодарственные письма можно сделать сейчас)',
  controlCharacters: 'не должно содержать управляющих символов (идентификатор — это обычный текст: буквы, цифры, дефисы)',
  packageNotIssued: (p) => `оценки сделаны по пакету, который этот конкурс не выдавал члену жюри ${p.juror}: принимается только файл, сделанный по его собственному пакету (спросите, какой пакет он открыл, или выдайте пакет)`,
  scoreNoLongerFits: (p) => `оценка ${p.value} члена жюри ${p.juror} за работу ${p.entry} больше не подходит к критерию ${p.criterion} (0–${p.max}, шаг ${p.step}): критерии изменены после объединения оценок; верните их или попросите у членов жюри новые файлы`,
  lostLetters: (p) => `сохранён в Windows-1251, где нет казахских букв: они стали «?» (${p.sample}); сохраните файл как «CSV UTF-8»`,
  importConflict: (p) => `заменил бы работу ${p.id} «${p.was}» на «${p.now}»; работы сопоставляются по номеру (без столбца id — по порядку строк): не удалён ли ответ в форме? Добавьте столбец id или импортируйте в новый конкурс`,
  nominationInUse: (p) => `в номинации «${p.id}» ещё есть работы (${p.count}); сначала перенесите их`,
  internal: (p) => `непредвиденная ошибка (${p.detail})`,
};

const kk: Catalogue = {
  ...en,
  json: (p) => `JSON емес (${p.detail})`,
  format: (p) => `"${p.expected}" болуы керек`,
  required: 'толтырылуы міндетті',
  type: (p) => `${p.expected} түрінде болуы керек`,
  positive: (p) => `0-ден үлкен болуы керек (қазір ${p.value})`,
  nonNegativeInteger: (p) => `0 не одан үлкен бүтін сан болуы керек (қазір ${p.value})`,
  oneOf: (p) => `«${p.value}» мына мәндердің бірі емес: ${p.allowed}`,
  duplicateId: (p) => `«${p.id}» идентификаторы екі рет кездеседі`,
  unknownCriterion: (p) => `номинацияда жоқ «${p.id}» өлшемшарты көрсетілген`,
  unknownRule: (p) => `«${p.value}» — белгісіз ереже (${p.allowed})`,
  empty: 'бос болмауы керек',
  oneChair: (p) => `төраға саны ${p.count}; төраға біреу болуы керек`,
  invalidDate: (p) => `«${p.value}» — күн емес (ЖЖЖЖ-АА-КК)`,
  invalidUtf8: (p) => `UTF-8 мәтіні емес (${p.offset}-байт); файлды «CSV UTF-8» ретінде қайта сақтаңыз`,
  emptyFile: 'бос',
  duplicateHeader: 'бұл баған екі рет кездеседі',
  tooManyCells: (p) => `ұяшық саны ${p.cells}, ал тақырып жолында ${p.columns} баған`,
  notWholeNumber: (p) => `«${p.value}» — 0-ден кем емес бүтін сан емес`,
  notDuration: (p) => `«${p.value}» — ұзақтық емес (секунд немесе м:сс)`,
  requiredValue: (p) => `«${p.field}» өрісінің мәні қажет`,
  unknownNomination: (p) => `«${p.value}» — мұндай номинация жоқ (${p.allowed})`,
  unknownAgeGroup: (p) => `«${p.value}» — мұндай жас санаты жоқ (${p.allowed})`,
  duplicateEntryId: (p) => `«${p.id}» жұмысы ${p.firstRow}-жолда бар`,
  unsupportedFile: 'CSV немесе XLSX кестесі емес',
  unreadableXlsx: (p) => `XLSX кітабы ретінде оқылмайды (${p.detail})`,
  badQuotes: 'жабылмаған тырнақша бар',
  noRows: 'тақырып жолы бар, бірақ жолдар жоқ',
  mappingTwice: (p) => `«${p.field}» өрісіне сәйкестендірілген, оны басқа баған толтырып тұр`,
  fileNotFound: 'табылмады',
  io: (p) => `оқу не жазу мүмкін емес (${p.detail})`,
  notContestDb: 'Jury байқау файлы емес',
  newerDb: (p) => `Jury-дің жаңа нұсқасында жасалған (деректер нұсқасы ${p.version}, қолданба ${p.known} дейін біледі); қолданбаны жаңартыңыз`,
  unknownContest: 'бұл байқау ашылмаған',
  unknownEntry: (p) => `«${p.id}» жұмысы жоқ`,
  reasonRequired: 'себебін көрсетіңіз',
  invalidInput: (p) => `қате сұраныс (${p.detail})`,
  unsafeLink: (p) => `«${p.value}» — веб-сілтеме емес (http не https)`,
  noMedia: 'жұмыстың жергілікті медиафайлы жоқ немесе табылмады',
  notMedia: 'сурет, дыбыс, бейне не PDF файлы емес; ол ашылмайды',
  notANumber: (p) => `«${p.value}» — сан емес`,
  scoreOutOfRange: (p) => `${p.value} қоюға болмайды: баға 0 мен ${p.max} аралығында болады`,
  scoreOffStep: (p) => `${p.value} қоюға болмайды: баға ${comma(p.step)} қадаммен қойылады`,
  notJurorFile: 'Jury бағалау файлы емес',
  truncatedFile: 'бүлінген немесе толық емес',
  badSignature: 'қолтаңба мазмұнға сәйкес келмейді: файл қол қойылғаннан кейін өзгертілген',
  keyMismatch: 'ішінде қол қойған кілттен басқа кілт көрсетілген',
  notAKey: 'Jury қолтаңба кілті емес (оны jury keygen жасайды)',
  preliminaryDiplomas: 'бағалау аяқталмаған, марапаттар әлі өзгеруі мүмкін: дипломдар тек түпкілікті нәтиже бойынша жасалады (алғыс хаттарды қазір жасауға болады)',
  controlCharacters: 'басқару таңбалары болмауы керек (идентификатор — қарапайым мәтін: әріптер, сандар, сызықшалар)',
  packageNotIssued: (p) => `бұл байқау ${p.juror} қазыға бермеген пакет бойынша бағаланған: тек қазының өз пакетінен жасалған файл қабылданады (қазыдан қай пакетті ашқанын сұраңыз немесе оған пакет беріңіз)`,
  scoreNoLongerFits: (p) => `${p.juror} қазының ${p.entry} жұмысына қойған ${p.value} бағасы ${p.criterion} өлшемшартына енді сәйкес емес (0–${p.max}, қадамы ${p.step}): бағалар біріктірілгеннен кейін өлшемшарттар өзгертілген; оларды қайтарыңыз немесе қазылардан жаңа файлдар сұраңыз`,
  lostLetters: (p) => `Windows-1251 кодында сақталған, онда қазақ әріптері жоқ: олар «?» болып кеткен (${p.sample}); файлды «CSV UTF-8» ретінде қайта сақтаңыз`,
  importConflict: (p) => `${p.id}-жұмысты «${p.was}» орнына «${p.now}» етіп өзгертер еді; жұмыстар нөмірі бойынша (id бағаны жоқ болса, жол реті бойынша) сәйкестендіріледі: формадан жауап өшірілген жоқ па? id бағанын қосыңыз немесе жаңа байқауға импорттаңыз`,
  nominationInUse: (p) => `«${p.id}» номинациясында әлі ${p.count} жұмыс бар; алдымен оларды ауыстырыңыз`,
  internal: (p) => `күтпеген қате (${p.detail})`,
};

const CATALOGUES: Record<Language, Record<ProblemCode, Template>> = {
  kk: { ...kk, ...SIGNING_MESSAGES.kk, ...MERGE_MESSAGES.kk, ...PROTOCOL_MESSAGES.kk },
  ru: { ...ru, ...SIGNING_MESSAGES.ru, ...MERGE_MESSAGES.ru, ...PROTOCOL_MESSAGES.ru },
  en: { ...en, ...SIGNING_MESSAGES.en, ...MERGE_MESSAGES.en, ...PROTOCOL_MESSAGES.en },
};

/** A decimal as Kazakh and Russian write it: 0,5. */
function comma(v: unknown): string {
  return String(v).replace('.', ',');
}

const PLACE_WORDS: Record<Language, { row: string; column: string; field: string }> = {
  kk: { row: 'жол', column: 'баған', field: 'өріс' },
  ru: { row: 'строка', column: 'столбец', field: 'поле' },
  en: { row: 'row', column: 'column', field: 'field' },
};

/** "entries.csv, row 7, column «Лайктар саны»: "12a" is not a whole number" in the user's language. */
export function describeProblem(p: Problem, lang: Language = 'en', opts: { fieldNames?: boolean } = {}): string {
  const w = PLACE_WORDS[lang];
  // In the window a contest's field is named as its setup screen names it; elsewhere by its path.
  // A problem in a file (contest.json) keeps the path too: that file is mended by hand.
  const label = opts.fieldNames && p.field !== undefined ? fieldLabel(p.field, lang) : null;
  const named = label && p.file ? `${label} (${p.field})` : label;
  const where = [
    p.file,
    p.row !== undefined ? `${w.row} ${p.row}` : undefined,
    p.column !== undefined ? `${w.column} «${p.column}»` : undefined,
    named ?? (p.field !== undefined && p.field !== '$' ? `${w.field} ${p.field}` : undefined),
  ].filter(Boolean);
  const t = CATALOGUES[lang][p.code] ?? CATALOGUES.en[p.code];
  const text = typeof t === 'function' ? t(p.params ?? {}) : t;
  return where.length ? `${where.join(', ')}: ${text}` : text;
}

type FlagCatalogue = Record<FlagCode, (p: Params) => string>;
const FLAGS: Record<Language, FlagCatalogue> = {
  en: {
    tooLong: (p) => `video is ${p.value} s long, over the ${p.max} s limit`,
    fewFollowers: (p) => `account has ${p.value} followers, fewer than ${p.min}`,
    noHashtag: (p) => `hashtag ${p.tag} is missing`,
    duplicateLink: (p) => `same link as entry ${p.of}`,
    duplicateParticipant: (p) => `same participant as entry ${p.of}`,
  },
  ru: {
    tooLong: (p) => `видео длится ${p.value} с, больше ${p.max} с`,
    fewFollowers: (p) => `у аккаунта ${p.value} подписчиков, меньше ${p.min}`,
    noHashtag: (p) => `нет хэштега ${p.tag}`,
    duplicateLink: (p) => `та же ссылка, что у работы ${p.of}`,
    duplicateParticipant: (p) => `тот же участник, что у работы ${p.of}`,
  },
  kk: {
    tooLong: (p) => `бейнеролик ұзақтығы ${p.value} с, ең көбі ${p.max} с болуы керек`,
    fewFollowers: (p) => `аккаунтта ${p.value} жазылушы, ең азы ${p.min} керек`,
    noHashtag: (p) => `${p.tag} хэштегі жоқ`,
    duplicateLink: (p) => `сілтемесі ${p.of}-жұмыспен бірдей`,
    duplicateParticipant: (p) => `қатысушысы ${p.of}-жұмыспен бірдей`,
  },
};

export function describeFlag(flag: EligibilityFlag, lang: Language = 'en'): string {
  return FLAGS[lang][flag.code](flag.params);
}
