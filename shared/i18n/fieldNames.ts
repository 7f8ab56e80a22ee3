import type { Language } from './languages';

/**
 * A contest definition's field path (`nominations[0].criteria[5].name.kk`) as the setup screen
 * names it: «1-номинация, 6-өлшемшарт, атауы (қазақша)». The window shows this to organisers,
 * who never see the JSON; the command line keeps the path, which is what a contest.json editor
 * needs. A path with any part not known here is left as it is (null).
 */
export function fieldLabel(path: string, lang: Language): string | null {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(segment);
    if (!m) return null;
    const [, name, index] = m;
    const words = index === undefined ? WORDS[name] : (ONE[name] ?? WORDS[name]);
    if (!words) return null;
    parts.push(index === undefined ? words[lang] : numbered(words[lang], Number(index) + 1, lang));
  }
  return parts.length ? parts.join(', ') : null;
}

/** «3-өлшемшарт» in Kazakh, «критерий 3» in Russian, «criterion 3» in English. */
const numbered = (word: string, n: number, lang: Language) => (lang === 'kk' ? `${n}-${word}` : `${word} ${n}`);

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
  trim: { kk: 'алынатын баға саны', ru: 'сколько оценок отбросить', en: 'scores dropped' },
  mode: { kk: 'марапат тәсілі', ru: 'способ награждения', en: 'award mode' },
  count: { kk: 'саны', ru: 'количество', en: 'count' },
  minScore: { kk: 'ең төменгі балл', ru: 'минимальный балл', en: 'minimum score' },
  metric: { kk: 'көрсеткіш', ru: 'показатель', en: 'metric' },
  role: { kk: 'рөлі', ru: 'роль', en: 'role' },
  workplace: { kk: 'жұмыс орны', ru: 'место работы', en: 'workplace' },
  position: { kk: 'лауазымы', ru: 'должность', en: 'position' },
  maxDurationSec: { kk: 'бейнеролик ұзақтығы', ru: 'длительность видео', en: 'video length' },
  minFollowers: { kk: 'жазылушылар саны', ru: 'число подписчиков', en: 'followers' },
  hashtag: { kk: 'хэштег', ru: 'хэштег', en: 'hashtag' },
  onePerParticipant: { kk: 'бір қатысушыға бір жұмыс', ru: 'одна работа от участника', en: 'one entry per participant' },
  kk: { kk: 'қазақша', ru: 'по-казахски', en: 'in Kazakh' },
  ru: { kk: 'орысша', ru: 'по-русски', en: 'in Russian' },
  en: { kk: 'ағылшынша', ru: 'по-английски', en: 'in English' },
};
