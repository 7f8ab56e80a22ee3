type Params = Record<string, string | number>;
type Template = string | ((p: Params) => string);

/** Messages of the protocol: export, signing and verification. */
export const PROTOCOL_CODES = ['noChromium', 'noSecretary', 'noChair', 'noSignature', 'protocolAltered', 'recordMismatch', 'notProtocolSignature', 'signatureForOtherFile', 'nothingToPrint'] as const;
export type ProtocolCode = (typeof PROTOCOL_CODES)[number];

export const PROTOCOL_MESSAGES: Record<'en' | 'ru' | 'kk', Record<ProtocolCode, Template>> = {
  en: {
    noChromium: (p) =>
      `a PDF is printed by Chromium, and none was found on this computer (Chromium, Google Chrome or Microsoft Edge)${p.detail ? `: ${p.detail}` : ''}. Install one or set JURY_CHROMIUM to its path, or export DOCX instead`,
    noSecretary: 'the jury panel has no secretary: add one in the contest’s setup (the secretary signs the protocol)',
    noChair: 'the jury panel has no chair: add one in the contest’s setup (the chair signs the protocol first)',
    noSignature: (p) => `has no signature: ${p.sig} is not beside it (the protocol was exported without a key, or the .sig file was not copied with it)`,
    protocolAltered: (p) => `does not match its signature: the file was changed after it was signed (its SHA-256 is ${p.actual}, the signed one ${p.expected})`,
    recordMismatch: 'the signature file’s results record does not match the hash signed with it: the .sig file is damaged',
    notProtocolSignature: 'is not a Jury protocol signature',
    signatureForOtherFile: (p) => `is the signature of “${p.name}”, not of this file`,
    nothingToPrint: 'nobody to print a page for: no entry is awarded yet (diplomas) or registered (letters of thanks)',
  },
  ru: {
    noChromium: (p) =>
      `PDF печатает Chromium, а на этом компьютере он не найден (Chromium, Google Chrome или Microsoft Edge)${p.detail ? `: ${p.detail}` : ''}. Установите его или укажите путь в JURY_CHROMIUM, либо экспортируйте DOCX`,
    noSecretary: 'в составе жюри нет секретаря: добавьте его в настройках конкурса (протокол подписывает секретарь)',
    noChair: 'в составе жюри нет председателя: добавьте его в настройках конкурса (протокол первым подписывает председатель)',
    noSignature: (p) => `не подписан: рядом нет файла ${p.sig} (протокол выгружен без ключа или файл .sig не скопирован вместе с ним)`,
    protocolAltered: (p) => `не совпадает с подписью: файл изменён после подписания (его SHA-256 ${p.actual}, подписанный ${p.expected})`,
    recordMismatch: 'запись итогов в файле подписи не совпадает с подписанным хешем: файл .sig повреждён',
    notProtocolSignature: 'не является подписью протокола Jury',
    signatureForOtherFile: (p) => `это подпись файла «${p.name}», а не этого файла`,
    nothingToPrint: 'печатать некому: ещё нет награждённых работ (дипломы) или зарегистрированных (благодарственные письма)',
  },
  kk: {
    noChromium: (p) =>
      `PDF-ті Chromium басып шығарады, ал бұл компьютерде ол табылмады (Chromium, Google Chrome не Microsoft Edge)${p.detail ? `: ${p.detail}` : ''}. Оны орнатыңыз не жолын JURY_CHROMIUM-ге жазыңыз, немесе DOCX түрінде сақтаңыз`,
    noSecretary: 'қазылар алқасында хатшы жоқ: байқау баптауында қосыңыз (хаттамаға хатшы қол қояды)',
    noChair: 'қазылар алқасында төраға жоқ: байқау баптауында қосыңыз (хаттамаға алдымен төраға қол қояды)',
    noSignature: (p) => `қол қойылмаған: жанында ${p.sig} файлы жоқ (хаттама кілтсіз сақталған, не .sig файлы бірге көшірілмеген)`,
    protocolAltered: (p) => `қолтаңбасына сәйкес емес: файл қол қойылғаннан кейін өзгертілген (SHA-256 мәні ${p.actual}, қол қойылғаны ${p.expected})`,
    recordMismatch: 'қолтаңба файлындағы нәтижелер жазбасы қол қойылған хешке сәйкес емес: .sig файлы бүлінген',
    notProtocolSignature: 'Jury хаттамасының қолтаңбасы емес',
    signatureForOtherFile: (p) => `бұл «${p.name}» файлының қолтаңбасы, осы файлдікі емес`,
    nothingToPrint: 'басып шығаратын ешкім жоқ: марапатталған жұмыс (диплом) не тіркелген жұмыс (алғыс хат) әлі жоқ',
  },
};
