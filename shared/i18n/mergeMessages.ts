type Params = Record<string, string | number>;
type Template = string | ((p: Params) => string);

/** Messages of the organiser's merge of juror files and of paper score sheets. */
export const MERGE_CODES = ['otherDefinition', 'secondJurorKey', 'conflictingRevision', 'packageNotScores', 'duplicateMark', 'noJurorFiles', 'entryWithoutNomination'] as const;
export type MergeCode = (typeof MERGE_CODES)[number];

export const MERGE_MESSAGES: Record<'en' | 'ru' | 'kk', Record<MergeCode, Template>> = {
  en: {
    otherDefinition: 'was scored under another version of this contest’s rules (they have been changed since the packages were made): issue new packages to the jurors, or put the rules back as they were',
    secondJurorKey: (p) =>
      `is signed for juror ${p.juror} with the key ${p.fingerprint}, but ${p.juror}’s files so far were signed with ${p.expected}: a second key is never taken silently; check the new fingerprint with the juror, then accept it`,
    conflictingRevision: (p) => `is revision ${p.revision} of juror ${p.juror}, but another file with the same revision is already merged: ask the juror which one is right (a newer revision replaces both)`,
    packageNotScores: 'is a juror package (what the organiser sends to a juror), not a juror’s score file',
    duplicateMark: 'is given twice in the file',
    noJurorFiles: 'has no .juryscores files',
    entryWithoutNomination: (p) => `entry ${p.id} is in no scored nomination: the jury does not score it`,
  },
  ru: {
    otherDefinition: 'оценён по другой версии правил конкурса (их изменили после выдачи пакетов): выдайте членам жюри новые пакеты или верните правила как были',
    secondJurorKey: (p) =>
      `подписан для члена жюри ${p.juror} ключом ${p.fingerprint}, а прежние файлы ${p.juror} подписаны ключом ${p.expected}: второй ключ молча не принимается; сверьте новый отпечаток с членом жюри и только потом примите его`,
    conflictingRevision: (p) => `это версия ${p.revision} члена жюри ${p.juror}, но уже принят другой файл с той же версией: уточните у члена жюри, какой из них верный (более новая версия заменит оба)`,
    packageNotScores: 'это пакет члена жюри (его отправляет организатор), а не файл оценок',
    duplicateMark: 'встречается в файле дважды',
    noJurorFiles: 'нет файлов .juryscores',
    entryWithoutNomination: (p) => `работа ${p.id} не входит ни в одну оцениваемую номинацию: жюри её не оценивает`,
  },
  kk: {
    otherDefinition: 'байқау ережелерінің басқа нұсқасы бойынша бағаланған (пакеттер берілгеннен кейін ережелер өзгертілген): қазыларға жаңа пакет беріңіз немесе ережелерді бұрынғы күйіне қайтарыңыз',
    secondJurorKey: (p) =>
      `${p.juror} қазысы үшін ${p.fingerprint} кілтімен қол қойылған, ал ${p.juror} қазысының бұрынғы файлдарына ${p.expected} кілтімен қол қойылған: екінші кілт үнсіз қабылданбайды; жаңа саусақ ізін қазымен салыстырып, содан кейін ғана қабылдаңыз`,
    conflictingRevision: (p) => `бұл ${p.juror} қазысының ${p.revision}-нұсқасы, бірақ осы нұсқаның басқа файлы қабылданып қойған: қайсысы дұрыс екенін қазыдан сұраңыз (жаңа нұсқа екеуінің де орнын басады)`,
    packageNotScores: 'бұл қазы пакеті (оны ұйымдастырушы жібереді), қазының бағалар файлы емес',
    duplicateMark: 'файлда екі рет берілген',
    noJurorFiles: '.juryscores файлдары жоқ',
    entryWithoutNomination: (p) => `${p.id}-жұмыс бағаланатын номинацияның ешқайсысына кірмейді: оны қазылар бағаламайды`,
  },
};
