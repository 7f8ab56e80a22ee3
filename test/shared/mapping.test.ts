import { headerSignature, mappingFits, suggestMapping } from '../../shared/entries/mapping';
import { CANONICAL_FIELDS, ENTRY_FIELDS } from '../../shared/entries/model';

const GOOGLE_FORM_KK = [
  'Уақыт белгісі',
  'Электрондық пошта мекенжайы',
  'Қатысушының аты-жөні',
  'Мектепке дейінгі ұйымның атауы',
  'Өңір',
  'Instagram сілтемесі',
  'Бейнеролик ұзақтығы (секунд)',
  'Жазылушылар саны',
  'Хэштег',
  'Лайктар саны',
  'Комментарийлер саны',
  'Қаралымдар саны',
];

describe('shared/entries/mapping', () => {
  describe('suggestMapping', () => {
    it('maps the Google Form Kazakh headers', () => {
      expect(suggestMapping(GOOGLE_FORM_KK)).toEqual([
        'submitted', 'email', 'participant', 'organisation', 'region', 'link',
        'duration', 'followers', 'hashtag', 'likes', 'comments', 'views',
      ]);
    });

    it('maps canonical headers to themselves, in any order and case', () => {
      expect(suggestMapping([...CANONICAL_FIELDS])).toEqual([...CANONICAL_FIELDS]);
      const shuffled = ['views', 'ID', ' Participant ', 'nomination', 'age_group', 'likes'];
      expect(suggestMapping(shuffled)).toEqual(['views', 'id', 'participant', 'nomination', 'age_group', 'likes']);
      expect(suggestMapping([...ENTRY_FIELDS])).toEqual([...ENTRY_FIELDS]);
    });

    it('accepts "age group" with a space', () => {
      expect(suggestMapping(['Age group'])).toEqual(['age_group']);
    });

    it('maps Russian Google Form headers sensibly', () => {
      const headers = [
        'Отметка времени',
        'Адрес электронной почты',
        'ФИО участника',
        'Организация',
        'Область',
        'Ссылка на видео',
        'Длительность видео (сек)',
        'Количество подписчиков',
        'Хэштег',
        'Количество лайков',
        'Количество комментариев',
        'Количество просмотров',
        'Номинация',
        'Возрастная категория',
      ];
      expect(suggestMapping(headers)).toEqual([
        'submitted', 'email', 'participant', 'organisation', 'region', 'link',
        'duration', 'followers', 'hashtag', 'likes', 'comments', 'views', 'nomination', 'age_group',
      ]);
    });

    it('maps other common wordings', () => {
      expect(suggestMapping(['Наименование дошкольной организации', 'Регион'])).toEqual(['organisation', 'region']);
      expect(suggestMapping(['Ф.И.О.', 'Название школы'])).toEqual(['participant', 'organisation']);
      expect(suggestMapping(['Облыс', 'Балабақша атауы', 'YouTube URL'])).toEqual(['region', 'organisation', 'link']);
    });

    it('fills each field at most once; a canonical header wins over a hint', () => {
      expect(suggestMapping(['Лайктар саны', 'Лайки (повтор)'])).toEqual(['likes', null]);
      expect(suggestMapping(['Қатысушының аты-жөні', 'participant'])).toEqual([null, 'participant']);
      expect(suggestMapping(['likes', 'likes'])).toEqual(['likes', null]);
    });

    it('leaves unknown and empty headers unmapped', () => {
      expect(suggestMapping(['Сұрақ 7', '', 'Comment to jury?'])).toEqual([null, null, null]);
      expect(suggestMapping([])).toEqual([]);
    });
  });

  describe('headerSignature', () => {
    it('ignores case and spacing', () => {
      expect(headerSignature(['  Лайктар   САНЫ ', 'ӨҢІР'])).toBe(headerSignature(['Лайктар саны', 'өңір']));
      expect(headerSignature(GOOGLE_FORM_KK)).toBe(headerSignature(GOOGLE_FORM_KK.map((h) => h.toUpperCase())));
    });

    it('differs when columns differ or move', () => {
      expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']));
      expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['a', 'b', 'c']));
      expect(headerSignature(['a b'])).not.toBe(headerSignature(['a', 'b']));
    });
  });

  describe('mappingFits', () => {
    const headers = ['A', 'B', 'C'];

    it('accepts a list of fields or nulls as long as the header', () => {
      expect(mappingFits(['participant', null, 'likes'], headers)).toBe(true);
      expect(mappingFits([null, null, null], headers)).toBe(true);
      expect(mappingFits(suggestMapping(GOOGLE_FORM_KK), GOOGLE_FORM_KK)).toBe(true);
    });

    it('refuses another length, unknown fields and non-arrays', () => {
      expect(mappingFits(['participant', null], headers)).toBe(false);
      expect(mappingFits(['participant', null, 'likes', null], headers)).toBe(false);
      expect(mappingFits(['participant', 'score', null], headers)).toBe(false);
      expect(mappingFits(['participant', undefined, null], headers)).toBe(false);
      expect(mappingFits({ 0: 'participant', length: 3 }, headers)).toBe(false);
      expect(mappingFits(null, headers)).toBe(false);
      expect(mappingFits('participant', ['A'])).toBe(false);
    });
  });
});

describe('hints match the start of a word', () => {
  it('"Link to your Instagram page" is a link, not an age group', () => {
    expect(suggestMapping(['Link to your Instagram page', 'Age group'])).toEqual(['link', 'age_group']);
  });
});
