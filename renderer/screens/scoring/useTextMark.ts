import { useEffect, useRef, useState } from 'react';

/**
 * A text mark (the comment, a recusal's reason) typed straight into the scoring file: every
 * change is sent as it is typed, in order (the main process commits each one before it answers),
 * so killing the app loses at most the keystroke in flight.
 *
 * The box follows the stored text only while nothing typed here is on its way (an undo, say):
 * the echo of one keystroke must not overwrite the keystrokes typed since. The main process trims
 * what it stores, so a box holding "text " already agrees with a stored "text".
 */
export function useTextMark(stored: string, send: (text: string) => Promise<boolean>) {
  const [text, setText] = useState(stored);
  const [notSaved, setNotSaved] = useState(false);
  const inFlight = useRef(0);
  useEffect(() => {
    if (inFlight.current === 0) setText((typed) => (typed.trim() === stored ? typed : stored));
  }, [stored]);

  /** The box changed: shown at once, and sent unless only spaces around the text changed. */
  const type = (next: string) => {
    const changed = next.trim() !== text.trim();
    setText(next);
    if (!changed) return;
    inFlight.current++;
    void send(next).then((saved) => {
      inFlight.current--;
      // Answers come back in the order they were sent: the last one says how things stand.
      if (inFlight.current === 0) setNotSaved(!saved);
    });
  };
  /** Shows the stored text again, sending nothing (a reason left blank). */
  const restore = () => setText(stored);
  return { text, type, restore, notSaved };
}
