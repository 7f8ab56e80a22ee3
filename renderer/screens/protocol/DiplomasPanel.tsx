import type { Language } from '../../../shared/i18n/languages';
import type { ProtocolTexts } from '../../../shared/ipc/protocolTypes';
import { DEFAULT_TEMPLATES } from '../../../shared/protocol/diplomas';
import { TextField } from '../../components/fields';
import { useT } from '../../i18n';
import { TextArea, useTextsDraft } from './ProtocolTexts';

interface Props {
  contestId: string;
  texts: ProtocolTexts;
  lang: Language;
  busy: boolean;
  onSaved(t: ProtocolTexts): void;
  onMake(kind: 'diplomas' | 'thanks'): void;
}

/** The diploma and letter-of-thanks templates (the language's default shown until edited) and the batch PDFs. */
export function DiplomasPanel({ contestId, texts, lang, busy, onSaved, onMake }: Props) {
  const { t } = useT();
  const { draft, set, dirty, save } = useTextsDraft(contestId, texts, onSaved);
  const d = DEFAULT_TEMPLATES[lang];
  return (
    <div className="card">
      <p className="muted">{t('protocol.diplomasHint')}</p>
      <div className="text-fields">
        <TextField label={t('protocol.diplomas.title')} value={draft.diplomaTitle} placeholder={d.diplomas.title} onChange={set('diplomaTitle')} />
        <TextField label={t('protocol.thanks.title')} value={draft.thanksTitle} placeholder={d.thanks.title} onChange={set('thanksTitle')} />
        <TextArea label={t('protocol.diplomas.body')} value={draft.diplomaBody} placeholder={d.diplomas.body} onChange={set('diplomaBody')} rows={6} />
        <TextArea label={t('protocol.thanks.body')} value={draft.thanksBody} placeholder={d.thanks.body} onChange={set('thanksBody')} rows={6} />
      </div>
      <p className="muted small">{t('protocol.templateHint')}</p>
      <div className="toolbar">
        <button type="button" aria-disabled={!dirty} onClick={() => dirty && void save()}>
          {t('protocol.save')}
        </button>
        <button type="button" className="primary" disabled={busy || dirty} onClick={() => onMake('diplomas')}>
          {t('protocol.makeDiplomas')}
        </button>
        <button type="button" className="primary" disabled={busy || dirty} onClick={() => onMake('thanks')}>
          {t('protocol.makeThanks')}
        </button>
      </div>
    </div>
  );
}
