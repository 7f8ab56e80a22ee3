import type { NominationView } from '../../../shared/ipc/resultsTypes';
import { useT } from '../../i18n';
import { localNumber } from '../../../shared/protocol/describe';

/** Advisory: each juror's mean, spread and offset from the panel, and the entries that split the panel. */
export function JuryStatsPanel({ nomination, onOpen }: { nomination: NominationView; onOpen(id: string): void }) {
  const { t, lang } = useT();
  // Decimals as the protocol writes them: 8,50 in Kazakh and Russian.
  const f = (n: number) => localNumber(n.toFixed(2), lang);
  return (
    <div className="stats-panel">
      <p className="muted">{t('results.stats.note')}</p>
      <table className="plain-table">
        <thead>
          <tr>
            <th>{t('results.detail.juror')}</th>
            <th>{t('results.stats.count')}</th>
            <th>{t('results.stats.mean')}</th>
            <th>{t('results.stats.spread')}</th>
            <th>{t('results.stats.offset')}</th>
          </tr>
        </thead>
        <tbody>
          {nomination.jurors.map((j) => (
            <tr key={j.juror} className={j.farFromPanel ? 'far' : ''}>
              <td>{j.name}</td>
              <td>{j.count}</td>
              <td>{f(j.mean)}</td>
              <td>{f(j.spread)}</td>
              <td>
                {j.offset > 0 ? '+' : ''}
                {f(j.offset)}
                {j.farFromPanel && <span className="flag"> {t('results.stats.far')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('results.stats.disputed')}</h3>
      {nomination.disputed.length === 0 ? (
        <p className="muted">{t('results.stats.none')}</p>
      ) : (
        <table className="plain-table">
          <thead>
            <tr>
              <th>№</th>
              <th>{t('field.participant')}</th>
              <th>{t('results.stats.range')}</th>
            </tr>
          </thead>
          <tbody>
            {nomination.disputed.map((d) => (
              <tr key={d.entry}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(d.entry)}>
                    №{d.entry}
                  </button>
                </td>
                <td>{nameOf(nomination, d.entry)}</td>
                <td>{f(d.range)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The participant, or the organisation when the entry names no person (a kindergarten's video). */
function nameOf(n: NominationView, entry: string): string {
  const row = n.rows.find((r) => r.entry === entry);
  return row?.participant || row?.organisation || '';
}
