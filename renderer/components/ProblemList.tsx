import type { Problem } from '../../shared/problem';
import { useT } from '../i18n';

/** Every refused input, each naming its file, row, column or field, in the user's language. */
export function ProblemList({ problems, more = 0 }: { problems: Problem[] | null | undefined; more?: number }) {
  const { t, problem } = useT();
  if (!problems?.length) return null;
  return (
    <div className="problems" role="alert">
      <strong>{t('problems.title')}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{problem(p)}</li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t('problems.more', { count: more })}</p>}
    </div>
  );
}
