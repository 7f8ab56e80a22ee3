import type { Language } from './languages';

/**
 * A contest definition's field path (`nominations[0].criteria[5].name.kk`) as the setup screen
 * names it: «1-номинация, 6-өлшемшарт, атауы (қазақша)». The window shows this to organisers,
 * who never see the JSON; the command line keeps the path, which is what a contest.json editor
 * needs. A path with any part not known here is left as it is (null).
 */
export function fieldLabel(path: string, lang: Language): string | null {
  const parts: string[] = [];
  const segments = path.split('.');
  // Only a contest definition's own fields: a bare id elsewhere (a criterion named "step") is not one.
  if (!TOP.has(segments[0].replace(/\[\d+\]$/, ''))) return null;
  for (const [at, segment] of segments.entries()) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(segment);
    if (!m) return null;
    const [, name, index] = m;
    // A place's count is how many get it; a nomination's, how many win.
    const key = name === 'count' && at > 0 && segments[at - 1].startsWith('places') ? 'placeCount' : name;
    const words = index === undefined ? WORDS[key] : (ONE[key] ?? WORDS[key]);
    if (!words) return null;
    parts.push(index === undefined ? words[lang] : numbered(words[lang], Number(index) + 1, lang));
  }
  return parts.length ? parts.join(', ') : null;
}

/** «3-өлшемшарт» in Kazakh, «критерий 3» in Russian, «criterion 3» in English. */
const numbered = (word: string, n: number, lang: Language) => (lang === 'kk' ? `${n}-${word}` : `${word} ${n}`);

const TOP = new Set(['nominations', 'jury', 'ageGroups', 'eligibility', 'title', 'date', 'stage', 'venue', 'language', 'protocolNumber']);

type Words = Record<Language, string>;
/** One item of a list, where it is named otherwise than the list: jury[2] is «3-қазы». */
const ONE: Record<string, Words> = {
  jury: { kk: 'қазы', ru: 'член жюри', en: 'juror' },
  tieBreak: { kk: 'ереже', ru: 'правило', en: 'rule' },
};
const WORDS: Record<string, Words> = {
  nominations: { kk: 'номинация', ru: 'номинация', en: 'nomination' },
  criteria: { kk: 'өлшемшарт', ru: 'критерий', en: 'criterion' },
  jury: { kk: 'қазылар алқасы', ru: 'жюри', en: 'jury' },
  ageGroups: { kk: 'жас санаты', ru: 'возрастная группа', en: 'age group' },
  tieBreak: { kk: 'тең балл ережесі', ru: 'правило при равенстве', en: 'tie-break rule' },
  awards: { kk: 'марапаттар', ru: 'награды', en: 'awards' },
  places: { kk: 'марапат', ru: 'награда', en: 'award' },
  aggregation: { kk: 'қорытынды балл', ru: 'итоговый балл', en: 'final score' },
  eligibility: { kk: 'іріктеу ережелері', ru: 'правила отбора', en: 'eligibility rules' },
  title: { kk: 'байқау атауы', ru: 'название конкурса', en: 'contest title' },
  date: { kk: 'күні', ru: 'дата', en: 'date' },
  stage: { kk: 'кезең', ru: 'этап', en: 'stage' },
  venue: { kk: 'өтетін орны', ru: 'место проведения', en: 'venue' },
  language: { kk: 'хаттама тілі', ru: 'язык протокола', en: 'protocol language' },
  protocolNumber: { kk: 'хаттама №', ru: '№ протокола', en: 'protocol №' },
  id: { kk: 'идентификатор', ru: 'идентификатор', en: 'id' },
  name: { kk: 'атауы', ru: 'название', en: 'name' },
  description: { kk: 'сипаттамасы', ru: 'описание', en: 'description' },
  max: { kk: 'ең жоғары балл', ru: 'максимальный балл', en: 'maximum score' },
  step: { kk: 'қадамы', ru: 'шаг', en: 'step' },
  weight: { kk: 'салмағы', ru: 'вес', en: 'weight' },
  method: { kk: 'әдісі', ru: 'метод', en: 'method' },
  trim: { kk: 'әр шетінен алынатын баға саны', ru: 'отбрасывать оценок с каждого края', en: 'scores dropped at each end' },
  mode: { kk: 'марапаттау тәртібі', ru: 'порядок награждения', en: 'award mode' },
  count: { kk: 'жеңімпаздар саны', ru: 'число победителей', en: 'number of winners' },
  placeCount: { kk: 'саны', ru: 'количество', en: 'count' },
  minScore: { kk: 'ең төменгі балл', ru: 'минимальный балл', en: 'minimum score' },
  metric: { kk: 'көрсеткіш', ru: 'показатель', en: 'metric' },
  role: { kk: 'рөлі', ru: 'роль', en: 'role' },
  workplace: { kk: 'жұмыс орны', ru: 'место работы', en: 'workplace' },
  position: { kk: 'лауазымы', ru: 'должность', en: 'position' },
  maxDurationSec: { kk: 'бейнероликтің ең ұзақ уақыты', ru: 'макс. длительность видео', en: 'longest video' },
  minFollowers: { kk: 'жазылушылардың ең аз саны', ru: 'мин. число подписчиков', en: 'fewest followers' },
  hashtag: { kk: 'міндетті хэштег', ru: 'обязательный хэштег', en: 'required hashtag' },
  onePerParticipant: { kk: 'бір қатысушыға бір жұмыс', ru: 'одна работа от участника', en: 'one entry per participant' },
  kk: { kk: 'қазақша', ru: 'по-казахски', en: 'in Kazakh' },
  ru: { kk: 'орысша', ru: 'по-русски', en: 'in Russian' },
  en: { kk: 'ағылшынша', ru: 'по-английски', en: 'in English' },
};
