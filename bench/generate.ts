/** Contest-scale data for benchmarks: Kazakh names, regions and organisations, deterministic. */
const SURNAMES = ['Ғаниева', 'Әбілқасымова', 'Бекқожа', 'Өмірбеков', 'Нұрланұлы', 'Жұмабаева', 'Қасымов', 'Үсенов', 'Сейітова', 'Тоқтаров', 'Иванова', 'Оспанова'];
const NAMES = ['Ғалым', 'Айша', 'Іңкәр', 'Ұлжан', 'Әлихан', 'Медина', 'Мирас', 'Анна', 'Даниял', 'Нұрсұлу'];
const REGIONS = ['Шығыс Қазақстан облысы', 'Қызылорда облысы', 'Атырау облысы', 'Жамбыл облысы', 'Жетісу облысы', 'Астана қаласы', 'Алматы қаласы', 'Түркістан облысы', 'Ақмола облысы', 'Павлодар облысы'];
const KINDERGARTENS = ['Балдырған', 'Қарлығаш', 'Солнышко', 'Болашақ', 'Күншуақ', 'Әйгерім', 'Шұғыла', 'Бегім Ана'];

export function entriesCsv(count: number, nominations: string[] = ['main']): string {
  const lines = ['id,nomination,participant,organisation,region,age_group,link,media,likes,comments,views'];
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let i = 1; i <= count; i++) {
    const region = REGIONS[rnd(REGIONS.length)];
    const org = `"${region} №${rnd(200) + 1} «${KINDERGARTENS[rnd(KINDERGARTENS.length)]}» бөбекжай-бақшасы"`;
    const person = `${SURNAMES[rnd(SURNAMES.length)]} ${NAMES[rnd(NAMES.length)]}`;
    lines.push([i, nominations[i % nominations.length], person, org, region, '', `https://www.instagram.com/reel/C${i.toString(36)}x${rnd(99999)}/`, '', rnd(900), rnd(90), rnd(20000)].join(','));
  }
  return `${lines.join('\n')}\n`;
}
