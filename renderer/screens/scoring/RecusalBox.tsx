import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useTextMark } from './useTextMark';

interface Props {
  /** The stored reason, or undefined when the juror has not recused themself. */
  recusal: string | undefined;
  onSet(value: string | null): Promise<boolean>;
}

/**
 * A recusal (conflict of interest) with its reason. The reason is saved as it is typed, like the
 * comment: the first letter records the recusal, each further one the reason so far. A recusal
 * always has a reason, so a reason erased to nothing is not sent: the stored one stays until the
 * juror types another or withdraws the recusal. Escape takes back a recusal begun in this form.
 */
export function RecusalBox({ recusal, onSet }: Props) {
  const { t, problem } = useT();
  const recused = recusal !== undefined;
  const [open, setOpen] = useState(false);
  // Whether this form made the recusal (Escape then withdraws it) rather than found it.
  const startedHere = useRef(false);
  const reason = useTextMark(recusal ?? '', (text) => {
    if (!text.trim()) return Promise.resolve(true);
    if (!recused) startedHere.current = true;
    return onSet(text);
  });
  const toggle = useRef<HTMLButtonElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    // The withdraw button or the form the focus was in is gone: the keyboard goes on from the recuse button.
    if (refocus && !recused) toggle.current?.focus();
    setRefocus(false);
  }, [refocus, recused]);

  const close = () => {
    setOpen(false);
    startedHere.current = false;
  };
  const withdraw = () => void onSet(null).then((ok) => ok && (close(), setRefocus(true)));

  if (!recused && !open) {
    return (
      <button ref={toggle} type="button" className="link-button recuse-toggle" onClick={() => setOpen(true)}>
        {t('scoring.recuse')}
      </button>
    );
  }
  const blank = recused && !reason.text.trim();
  return (
    <div className={recused ? 'recused-banner' : 'recuse-form'}>
      <span role="status">{recused ? t('scoring.recused', { reason: recusal }) : t('scoring.recuseHint')}</span>
      <label className="field">
        <span>{t('scoring.recuseReason')}</span>
        <input
          autoFocus={open}
          value={reason.text}
          placeholder={t('scoring.recuseReasonPlaceholder')}
          aria-invalid={blank || undefined}
          onChange={(e) => reason.type(e.target.value)}
          onBlur={() => blank && reason.restore()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // Already saved: Enter only ends the form, on the button that would undo it.
              e.preventDefault();
              if (recused) (close(), withdrawButton.current?.focus());
            } else if (e.key === 'Escape') {
              if (startedHere.current) withdraw();
              else if (!recused) (close(), setRefocus(true));
            }
          }}
        />
      </label>
      {blank && (
        <span className="error-text" role="alert">
          {problem({ code: 'reasonRequired' })}
        </span>
      )}
      {reason.notSaved && (
        <span className="error-text" role="alert">
          {t('scoring.notSaved')}
        </span>
      )}
      {recused ? (
        <button ref={withdrawButton} type="button" onClick={withdraw}>
          {t('scoring.withdrawRecusal')}
        </button>
      ) : (
        <button type="button" onClick={() => (close(), setRefocus(true))}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
