import { useState } from 'react';
import type { ColumnMapping } from '../../../shared/entries/mapping';
import type { ImportPreview, ImportSummary } from '../../../shared/ipc/types';
import type { Problem } from '../../../shared/problem';
import { call, problemsOf } from '../../api/client';
import { ProblemList } from '../../components/ProblemList';
import { Section } from '../../components/fields';
import { useT } from '../../i18n';
import { useUi } from '../../state/ui';
import { MappingTable } from './MappingTable';

const DELIMITER_NAMES: Record<string, string> = { ',': '«,»', ';': '«;»', '\t': 'Tab' };

/**
 * Import in three steps: choose a file, map its columns (the suggestion or the remembered
 * mapping comes first), and import only when every row is valid. Every change of mapping
 * re-checks the whole file in the main process.
 */
export function ImportScreen({ contestId }: { contestId: string }) {
  const { t } = useT();
  const go = useUi((s) => s.go);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [done, setDone] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setProblems(null);
    try {
      return await action();
    } catch (e) {
      setProblems(problemsOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const choose = () =>
    run(async () => {
      const file = await call('import:choose', { contestId });
      if (!file) return;
      setDone(null);
      setPreview(null);
      setPreview(await call('import:preview', { contestId, fileToken: file.fileToken }));
    });
  const remap = (mapping: ColumnMapping) =>
    preview && run(async () => setPreview(await call('import:preview', { contestId, fileToken: preview.fileToken, mapping })));
  const commit = () =>
    preview &&
    run(async () => {
      setDone(await call('import:commit', { contestId, fileToken: preview.fileToken, mapping: preview.mapping }));
      setPreview(null);
    });

  // The verdict comes first and the mapping below it: a refused file says why before any scrolling.
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('import.title')}</h1>
        <div className="toolbar">
          <button type="button" className={preview ? '' : 'primary'} disabled={busy} onClick={choose}>
            {preview ? t('import.another') : t('import.choose')}
          </button>
        </div>
      </header>
      {!preview && !done && <p className="lead">{t('import.intro')}</p>}
      <ProblemList problems={problems} />
      {done && (
        <div className="success-panel" role="status">
          <p>{t('import.done', { file: done.fileName, added: done.added, updated: done.updated, unchanged: done.unchanged })}</p>
          {/* The import button is gone: the next step takes the keyboard. */}
          <button type="button" className="primary" autoFocus onClick={() => go({ name: 'registry', contestId })}>
            {t('import.toRegistry')}
          </button>
        </div>
      )}
      {preview && (
        <>
          <div className="file-facts">
            <strong>{preview.fileName}</strong>
            <span>{t('import.rows', { count: preview.rowCount })}</span>
            {preview.source.kind === 'csv' ? (
              <>
                <span>{t('import.encoding', { encoding: preview.source.encoding.toUpperCase() })}</span>
                <span>{t('import.delimiter', { delimiter: DELIMITER_NAMES[preview.source.delimiter] ?? preview.source.delimiter })}</span>
              </>
            ) : (
              <span>{t('import.sheet')}</span>
            )}
          </div>
          <div className={`outcome ${preview.outcome.ok ? 'outcome-ok' : 'outcome-bad'}`}>
            {preview.outcome.ok ? (
              <>
                <p>{t('import.ready', { ...preview.outcome.counts })}</p>
                <button type="button" className="primary" disabled={busy} onClick={commit}>
                  {t('import.commit')}
                </button>
              </>
            ) : (
              <>
                <p>{t('import.refused')}</p>
                <ProblemList problems={preview.outcome.problems} more={preview.outcome.more} />
              </>
            )}
          </div>
          <Section title={t('import.mapping')} actions={<span className={`badge badge-${preview.mappingOrigin}`}>{t(`import.origin.${preview.mappingOrigin}`)}</span>}>
            <p className="muted">{t('import.mappingHint')}</p>
            <MappingTable preview={preview} disabled={busy} onChange={remap} />
          </Section>
        </>
      )}
    </div>
  );
}
