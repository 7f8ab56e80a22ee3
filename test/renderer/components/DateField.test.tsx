import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { dateProblem, dateToText, textToDate } from '../../../renderer/components/dateText';
import { isTypedDate } from '../../../renderer/components/DateField';
import { DateField } from '../../../renderer/components/fields';

describe('dates typed day first', () => {
  it('reads day-first dates with dots, slashes or dashes, and a pasted ISO date', () => {
    expect(textToDate('02.12.2026')).toBe('2026-12-02');
    expect(textToDate(' 2.3.2026 ')).toBe('2026-03-02');
    expect(textToDate('02/12/2026')).toBe('2026-12-02');
    expect(textToDate('2-12-2026')).toBe('2026-12-02');
    expect(textToDate('2026-12-02')).toBe('2026-12-02');
    expect(textToDate('29.02.2024')).toBe('2024-02-29');
    expect(textToDate('')).toBe('');
  });

  it('refuses what is not a whole, real date', () => {
    for (const text of ['02.12', '02.12.26', '31.04.2026', '29.02.2026', '00.01.2026', '12.13.2026', '1.1.1899', 'ертең', '2026-13-01']) {
      expect(textToDate(text), text).toBeNull();
    }
  });

  it('tells a text not shaped as a date from a day that does not exist', () => {
    expect(dateProblem('02.12.2026')).toBeNull();
    expect(dateProblem('')).toBeNull();
    expect(dateProblem('5.3.24')).toBe('format');
    expect(dateProblem('ертең')).toBe('format');
    expect(dateProblem('31.04.2026')).toBe('noSuchDay');
    expect(dateProblem('29.02.2026')).toBe('noSuchDay');
    expect(isTypedDate('')).toBe(true);
    expect(isTypedDate('2026-12-02')).toBe(true);
    expect(isTypedDate('5.3.24')).toBe(false);
  });

  it('shows an ISO date day first, and leaves anything else as it is', () => {
    expect(dateToText('2026-12-02')).toBe('02.12.2026');
    expect(dateToText('')).toBe('');
    expect(dateToText('келесі аптада')).toBe('келесі аптада');
  });
});

function Harness({ initial, onChange }: { initial: string; onChange(iso: string): void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="Отырыс күні" value={value} onChange={(v) => (setValue(v), onChange(v))} />
      <button type="button" onClick={() => setValue('2025-01-31')}>
        басқа байқау
      </button>
    </>
  );
}

describe('DateField', () => {
  it('shows the date day first, and gives the ISO date once a whole date is typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial="2026-12-02" onChange={onChange} />);
    const box = screen.getByLabelText('Отырыс күні');
    expect(box).toHaveValue('02.12.2026');
    expect(box).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ');
    await user.clear(box);
    expect(onChange).toHaveBeenLastCalledWith('');
    await user.type(box, '5.1.2027');
    expect(onChange).toHaveBeenLastCalledWith('2027-01-05');
    // Leaving the box writes the date out in full.
    await user.tab();
    expect(box).toHaveValue('05.01.2027');
  });

  it('passes on a date not yet right as typed, says what is wrong once the box is left, and not while typing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial="2026-12-02" onChange={onChange} />);
    const box = screen.getByLabelText('Отырыс күні');
    await user.clear(box);
    await user.type(box, '5.3.24');
    // The form gets the text itself, which it refuses to save: never the last good date.
    expect(onChange).toHaveBeenLastCalledWith('5.3.24');
    // Nothing is called wrong while it is being typed.
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.tab();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 02.12.2026');
    // A whole date that does not exist is named as soon as it is typed.
    await user.clear(box);
    await user.type(box, '31.04.2026');
    expect(screen.getByRole('alert')).toHaveTextContent('Мұндай күн жоқ: 31.04.2026');
    expect(box).toHaveValue('31.04.2026');
    await user.clear(box);
    await user.type(box, '30.04.2026');
    expect(onChange).toHaveBeenLastCalledWith('2026-04-30');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a date changed from outside', async () => {
    const user = userEvent.setup();
    render(<Harness initial="" onChange={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'басқа байқау' }));
    expect(screen.getByLabelText('Отырыс күні')).toHaveValue('31.01.2025');
  });
});
