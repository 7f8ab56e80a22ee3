import { afterEach, describe, expect, it } from 'vitest';
import { returnFocusToReenabled } from '../../../renderer/components/focusReturn';

/*
 * jsdom does not take the focus from a control that turns disabled; Chromium does, and fires
 * focusout with no related target. The tests do what Chromium does by hand; the e2e protocol
 * flow checks the real thing.
 */
function page() {
  document.body.innerHTML = '<button id="pdf">PDF сақтау…</button><input id="agenda" aria-label="Күн тәртібі">';
  return { pdf: document.getElementById('pdf') as HTMLButtonElement, agenda: document.getElementById('agenda') as HTMLInputElement };
}
function disableAndLoseFocus(button: HTMLButtonElement) {
  button.blur();
  button.disabled = true;
  button.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
}
const mutations = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('focus given back to a control enabled again', () => {
  let uninstall = () => undefined as void;
  afterEach(() => uninstall());

  it('returns the focus to the button once its work is done', async () => {
    uninstall = returnFocusToReenabled();
    const { pdf } = page();
    pdf.focus();
    disableAndLoseFocus(pdf);
    expect(document.activeElement).toBe(document.body);
    pdf.disabled = false;
    await mutations();
    expect(document.activeElement).toBe(pdf);
  });

  it('leaves the focus where the user put it meanwhile', async () => {
    uninstall = returnFocusToReenabled();
    const { pdf, agenda } = page();
    pdf.focus();
    disableAndLoseFocus(pdf);
    agenda.focus();
    pdf.disabled = false;
    await mutations();
    expect(document.activeElement).toBe(agenda);
  });

  it('does nothing for a control left by a click elsewhere', async () => {
    uninstall = returnFocusToReenabled();
    const { pdf } = page();
    pdf.focus();
    pdf.blur();
    pdf.disabled = true;
    pdf.disabled = false;
    await mutations();
    expect(document.activeElement).toBe(document.body);
  });
});
