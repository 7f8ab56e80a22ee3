import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegistryScreen } from '../../renderer/screens/registry/RegistryScreen';
import type { StoredEntry } from '../../shared/entries/status';
import { CONTEST_ID, details, entriesOf, storedEntries } from './data';
import { installBridge, refuse, type Handlers } from './fakeBridge';

/** The registry over a small contest database that entries:decide and entries:update change. */
export async function renderRegistry(more: Handlers = {}) {
  const user = userEvent.setup();
  const rows: StoredEntry[] = storedEntries();
  const bridge = installBridge({
    'contests:get': () => details(),
    'entries:list': () => entriesOf(rows),
    'audit:list': () => [],
    'entries:decide': ({ ids, decision, reason }) => {
      if (!reason.trim()) throw refuse({ code: 'reasonRequired', field: 'reason' });
      for (const r of rows) if (ids.includes(r.id)) Object.assign(r, { decision, decisionReason: decision ? reason.trim() : null });
      return ids.length;
    },
    'entries:update': ({ id, patch }) => {
      const row = rows.find((r) => r.id === id)!;
      Object.assign(row, patch);
      return entriesOf(rows).find((e) => e.id === id)!;
    },
    'entries:openLink': () => true,
    ...more,
  });
  render(<RegistryScreen contestId={CONTEST_ID} />);
  await screen.findByText('6 / 6 жұмыс');
  return { user, bridge, rows };
}

export const grid = () => screen.getByRole('grid', { name: 'Жұмыстар тізілімі' });
/** Body rows (the header row excluded), as the participant column reads. */
export const participants = () =>
  within(grid())
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('aria-rowindex'))
    .map((r) => within(r).getAllByRole('gridcell')[1].textContent);
