/**
 * Gives the focus back to a button that took it away by turning itself disabled.
 *
 * «PDF сақтау…», «Кілт жасау», «Қазылар шешімін жазу» and the like are disabled while their
 * work runs, and a disabled control loses the focus: the page keeps it, nothing shows where
 * the keyboard is, and Enter does nothing. When such a control is enabled again and nothing
 * else has taken the focus meanwhile, it gets the focus back, as if it had never lost it.
 */
export function returnFocusToReenabled(doc: Document = document): () => void {
  let watching: { control: HTMLElement; observer: MutationObserver } | null = null;
  const stop = () => {
    watching?.observer.disconnect();
    watching = null;
  };
  const nobodyHasFocus = () => !doc.activeElement || doc.activeElement === doc.body || doc.activeElement === doc.documentElement;

  const onFocusOut = (e: FocusEvent) => {
    const control = e.target;
    if (e.relatedTarget !== null || !isDisableable(control) || !control.disabled) return;
    stop();
    const observer = new MutationObserver(() => {
      if (!control.isConnected) return stop();
      if (control.disabled) return;
      stop();
      if (nobodyHasFocus()) control.focus();
    });
    observer.observe(control, { attributes: true, attributeFilter: ['disabled'] });
    watching = { control, observer };
  };
  // The keyboard went somewhere else meanwhile: that place wins.
  const onFocusIn = (e: FocusEvent) => {
    if (watching && e.target !== watching.control) stop();
  };
  doc.addEventListener('focusout', onFocusOut, true);
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    stop();
    doc.removeEventListener('focusout', onFocusOut, true);
    doc.removeEventListener('focusin', onFocusIn, true);
  };
}

type Disableable = HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isDisableable(target: EventTarget | null): target is Disableable {
  const view = (target as Node | null)?.ownerDocument?.defaultView;
  return !!view && (target instanceof view.HTMLButtonElement || target instanceof view.HTMLInputElement || target instanceof view.HTMLSelectElement || target instanceof view.HTMLTextAreaElement);
}
