import type { ContestDefinition, Criterion, LocalizedText, ScoredNomination } from './model';
import { CONTEST_FORMAT } from './model';

/** Contest templates shipped with the app, drawn from the seed documents (DOMAIN.md). */
export const TEMPLATE_IDS = ['video-challenge', 'projects', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

type Tri = [kk: string, ru: string, en: string];
const t = ([kk, ru, en]: Tri): LocalizedText => ({ kk, ru, en });
const criteria = (rows: [string, Tri][], max: number): Criterion[] =>
  rows.map(([id, name]) => ({ id, name: t(name), max, step: 1, weight: 1 }));

const PLACE_NAMES: Record<string, Tri> = {
  GP: ['Гран-при', 'Гран-при', 'Grand Prix'],
  I: ['I орын', 'I место', '1st place'],
  II: ['II орын', 'II место', '2nd place'],
  III: ['III орын', 'III место', '3rd place'],
};
const places = (counts: [keyof typeof PLACE_NAMES, number][]) =>
  counts.map(([id, count]) => ({ id, name: t(PLACE_NAMES[id]), count }));

const VIDEO_CRITERIA = criteria(
  [
    ['relevance', ['Челлендж тақырыбына сәйкестігі', 'Соответствие теме челленджа', 'Relevance to the theme']],
    ['creativity', ['Шығармашылық жаңашылдығы', 'Творческая новизна', 'Creative novelty']],
    ['originality', ['Өзіндік ерекшелігі', 'Оригинальность', 'Originality']],
    ['expressiveness', ['Орындаушылардың мәнерлілігі мен эмоционалдылығы', 'Выразительность и эмоциональность исполнителей', 'Expressiveness and emotion of the performers']],
    ['sound', ['Дыбыстық сүйемелдеу', 'Звуковое сопровождение', 'Sound accompaniment']],
    ['effects', ['Бейне эффектілер', 'Видеоэффекты', 'Video effects']],
  ],
  5,
);

const SOCIAL_CRITERIA = criteria(
  [
    ['s1', ['Жобаның өзектілігі мен әлеуметтік маңызы', 'Актуальность и социальная значимость проекта', 'Relevance and social significance']],
    ['s2', ['Мақсаттар мен міндеттердің нақтылығы', 'Чёткость целей и задач', 'Clarity of aims and tasks']],
    ['s3', ['Инновациялық және бірегейлік', 'Инновационность и уникальность', 'Innovation and uniqueness']],
    ['s4', ['Жүзеге асыру мүмкіндігі', 'Реализуемость', 'Feasibility']],
    ['s5', ['Әлеуметтік әсері мен масштабталуы', 'Социальное воздействие и масштабируемость', 'Social impact and scalability']],
    ['s6', ['Тұрақтылық және ұзақ мерзімділігі', 'Устойчивость и долгосрочность', 'Sustainability']],
    ['s7', ['Серіктестік пен ынтымақтастық', 'Партнёрство и сотрудничество', 'Partnership and cooperation']],
    ['s8', ['Жүзеге асыру жоспарының сапасы', 'Качество плана реализации', 'Quality of the implementation plan']],
    ['s9', ['Нәтижелерді бағалау механизмі', 'Механизм оценки результатов', 'Mechanism for evaluating results']],
    ['s10', ['Қоғамды тарту деңгейі', 'Уровень вовлечения общественности', 'Level of public involvement']],
  ],
  10,
);

const INNOVATIVE_CRITERIA = criteria(
  [
    ['i1', ['Жобаның жаңашылдығы мен бірегейлігі', 'Новизна и уникальность проекта', 'Novelty and uniqueness']],
    ['i2', ['Мәселенің өзектілігі мен қажеттілігін негіздеу', 'Обоснование актуальности и необходимости', "Justification of the problem's relevance and need"]],
    ['i3', ['Мақсаттардың нақтылығы және қол жеткізу мүмкіндігі', 'Чёткость и достижимость целей', 'Clarity and achievability of aims']],
    ['i4', ['Тәуекелдерді басқару', 'Управление рисками', 'Risk management']],
    ['i5', ['Тиімділікті және нәтижелілікті бағалау', 'Оценка эффективности и результативности', 'Evaluation of efficiency and results']],
    ['i6', ['Тұрақтылық және ұзақ мерзімділік', 'Устойчивость и долгосрочность', 'Sustainability']],
    ['i7', ['Технологиялық және ғылыми негіздеме', 'Технологическое и научное обоснование', 'Technological and scientific grounding']],
    ['i8', ['Қаржыландыру және ресурстарды қолдану', 'Финансирование и использование ресурсов', 'Financing and use of resources']],
    ['i9', ['Пайдаланушылардың қажеттіліктеріне бағытталу', 'Ориентация на потребности пользователей', "Focus on users' needs"]],
    ['i10', ['Экологиялық және әлеуметтік жауапкершілік', 'Экологическая и социальная ответственность', 'Environmental and social responsibility']],
  ],
  10,
);

function projectNomination(id: string, name: Tri, list: Criterion[]): ScoredNomination {
  return {
    id,
    name: t(name),
    criteria: list,
    aggregation: { method: 'trimmed-mean', trim: 1 },
    tieBreak: ['criteria-order', 'chair'],
    awards: { mode: 'count', places: places([['GP', 1], ['I', 1], ['II', 2], ['III', 2]]) },
  };
}

const TEMPLATES: Record<TemplateId, () => ContestDefinition> = {
  'video-challenge': () => ({
    format: CONTEST_FORMAT,
    title: t(['«Барлығына рақмет» челленджі', 'Челлендж «Всем спасибо»', '“Thanks to Everyone” challenge']),
    stage: 'Республикалық кезең',
    language: 'kk',
    jury: [],
    nominations: [
      {
        id: 'main',
        name: t(['Бейнеролик', 'Видеоролик', 'Video']),
        criteria: VIDEO_CRITERIA,
        aggregation: { method: 'mean' },
        tieBreak: ['criteria-order', 'chair'],
        awards: { mode: 'count', places: places([['I', 3], ['II', 3], ['III', 4]]) },
      },
      { id: 'comments', name: t(['Ең көп комментарий жинаған аккаунт', 'Больше всего комментариев', 'Most comments']), metric: 'comments', count: 3 },
      { id: 'likes', name: t(['Ең көп лайк жинаған аккаунт', 'Больше всего лайков', 'Most likes']), metric: 'likes', count: 8 },
      { id: 'views', name: t(['Ең көп қаралым жинаған аккаунт', 'Больше всего просмотров', 'Most views']), metric: 'views', count: 15 },
    ],
    eligibility: { maxDurationSec: 60, minFollowers: 5, hashtag: '#Барлығына рақмет', onePerParticipant: true },
  }),
  projects: () => ({
    format: CONTEST_FORMAT,
    title: t(['«Үздік тәрбие жұмысы» байқауы', 'Конкурс «Лучшая воспитательная работа»', '“Best Educational Work” contest']),
    stage: '2-кезең',
    language: 'kk',
    jury: [],
    nominations: [
      projectNomination('social', ['Әлеуметтік жоба', 'Социальный проект', 'Social project'], SOCIAL_CRITERIA),
      projectNomination('innovative', ['Инновациялық жоба', 'Инновационный проект', 'Innovative project'], INNOVATIVE_CRITERIA),
    ],
  }),
  blank: () => ({
    format: CONTEST_FORMAT,
    title: t(['Жаңа байқау', 'Новый конкурс', 'New contest']),
    language: 'kk',
    jury: [],
    nominations: [
      {
        id: 'main',
        name: t(['Негізгі номинация', 'Основная номинация', 'Main nomination']),
        criteria: [{ id: 'c1', name: t(['1-өлшемшарт', 'Критерий 1', 'Criterion 1']), max: 10, step: 1, weight: 1 }],
        aggregation: { method: 'mean' },
        tieBreak: ['criteria-order', 'chair'],
        awards: { mode: 'count', places: places([['I', 1], ['II', 1], ['III', 1]]) },
      },
    ],
  }),
};

/** A fresh copy of a template, safe to edit. */
export function contestFromTemplate(id: TemplateId): ContestDefinition {
  return structuredClone(TEMPLATES[id]());
}
