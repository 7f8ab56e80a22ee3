import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../../renderer/components/NoticeBar';
import { PackagesScreen } from '../../../renderer/screens/packages/PackagesScreen';
import { useUi } from '../../../renderer/state/ui';
import type { IssuedPackageInfo, PackageReceipt } from '../../../shared/ipc/scoringTypes';
import { CONTEST_ID, details } from '../data';
import { installBridge, refuse, type Handlers } from '../fakeBridge';
import { ORGANISER_FINGERPRINT, thanksDefinition } from './scoringFixture';

const receipt = (over: Partial<PackageReceipt> = {}): PackageReceipt => ({
  fileName: 'Жұмаділдаева-пакет.jury-package',
  jurorId: 'j2',
  entries: 98,
  media: 0,
  sha256: 'ab'.repeat(32),
  fingerprint: ORGANISER_FINGERPRINT,
  ...over,
});

/** The packages screen of the «Барлығына рақмет» contest, over a fake that records what it issues. */
async function renderPackages(more: Handlers = {}) {
  const user = userEvent.setup();
  const issued: IssuedPackageInfo[] = [];
  const bridge = installBridge({
    'contests:get': () => details(thanksDefinition()),
    'packages:info': () => ({ fingerprint: ORGANISER_FINGERPRINT, issued: [...issued] }),
    'packages:export': (input) => {
      const r = receipt({ jurorId: input.jurorId, media: input.includeMedia ? 98 : 0 });
      issued.unshift({ jurorId: r.jurorId, fileName: r.fileName, sha256: r.sha256, entries: r.entries, media: r.media, createdAt: '2024-03-03T09:00:00.000Z' });
      return r;
    },
    ...more,
  });
  render(
    <>
      <NoticeBar />
      <PackagesScreen contestId={CONTEST_ID} />
    </>,
  );
  await screen.findByRole('region', { name: 'Оспанова Нұрсұлу Бекқызы' });
  return { user, bridge };
}

const card = (name: string) => screen.getByRole('region', { name });

describe('PackagesScreen', () => {
  it('shows the organiser key fingerprint, a card per scoring juror, and no package issued yet', async () => {
    await renderPackages();
    expect(screen.getByRole('heading', { level: 1, name: 'Қазы пакеттері' })).toBeInTheDocument();
    expect(await screen.findByTestId('organiser-fingerprint')).toHaveTextContent(ORGANISER_FINGERPRINT);
    expect(screen.getByText('Ұйымдастырушы кілтінің саусақ ізі')).toBeInTheDocument();
    const names = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    // The secretary writes the protocol and does not score: no package for her.
    expect(names).toEqual(['Оспанова Нұрсұлу Бекқызы', 'Жұмаділдаева Нұргүл Васильевна', 'Мамбетова Нұрзада Үсенқызы', 'Бочарова Ирина Викторовна', 'Мамыраева Бекзат Пірмағамбетқызы']);
    expect(card('Оспанова Нұрсұлу Бекқызы')).toHaveTextContent('j1 · Төраға');
    expect(screen.getByText('Әзірге пакет берілмеген')).toBeInTheDocument();
  });

  it('exports a package of all accepted entries for one juror', async () => {
    const { user, bridge } = await renderPackages();
    const j2 = card('Жұмаділдаева Нұргүл Васильевна');
    expect(within(j2).getByRole('radio', { name: 'Барлық қабылданған жұмыстар' })).toBeChecked();
    await user.click(within(j2).getByRole('button', { name: 'Пакетті сақтау…' }));
    expect(bridge.inputsOf('packages:export')).toEqual([{ contestId: CONTEST_ID, jurorId: 'j2', includeMedia: false }]);
    expect(bridge.lastInput('packages:export')).not.toHaveProperty('nominations', expect.anything());
    expect(await screen.findByText('Жұмаділдаева-пакет.jury-package: 98 жұмыс, 0 медиафайл')).toBeInTheDocument();
    expect(useUi.getState().notice?.kind).toBe('success');
  });

  it('exports by nomination with media: {jurorId, nominations, includeMedia}', async () => {
    const { user, bridge } = await renderPackages();
    const j3 = card('Мамбетова Нұрзада Үсенқызы');
    await user.click(within(j3).getByRole('radio', { name: 'Номинация бойынша' }));
    const save = within(j3).getByRole('button', { name: 'Пакетті сақтау…' });
    // No nomination chosen yet: nothing to export.
    expect(save).toBeDisabled();
    // Only the scored nomination is offered, not the audience ones.
    expect(within(j3).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual(['Бейнеролик', 'Медиафайлдарды қосу']);
    await user.click(within(j3).getByRole('checkbox', { name: 'Бейнеролик' }));
    await user.click(within(j3).getByRole('checkbox', { name: 'Медиафайлдарды қосу' }));
    expect(save).toBeEnabled();
    await user.click(save);

    expect(bridge.inputsOf('packages:export')).toEqual([{ contestId: CONTEST_ID, jurorId: 'j3', nominations: ['main'], includeMedia: true }]);
    expect(await screen.findByText('Жұмаділдаева-пакет.jury-package: 98 жұмыс, 98 медиафайл')).toBeInTheDocument();
    // The history is read again and lists the package under the juror's name.
    await waitFor(() => expect(bridge.inputsOf('packages:info')).toHaveLength(2));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('Мамбетова Нұрзада Үсенқызы');
    // The entries cell reads «98 (+98 media)»: the media count is not translated yet, so only its number is checked.
    expect(within(rows[1]).getAllByRole('cell')[3].textContent).toMatch(/^98 \(\+98 /);
    expect(rows[1]).toHaveTextContent(`${'ab'.repeat(8)}…`);
  });

  it('exports a list of entry numbers', async () => {
    const { user, bridge } = await renderPackages();
    const j4 = card('Бочарова Ирина Викторовна');
    await user.click(within(j4).getByRole('radio', { name: 'Тізім бойынша' }));
    const save = within(j4).getByRole('button', { name: 'Пакетті сақтау…' });
    expect(save).toBeDisabled();
    await user.type(within(j4).getByRole('textbox', { name: 'Тізім бойынша' }), '1, 2;15  7');
    await user.click(save);
    expect(bridge.inputsOf('packages:export')).toEqual([{ contestId: CONTEST_ID, jurorId: 'j4', entryIds: ['1', '2', '15', '7'], includeMedia: false }]);
  });

  it('shows a refused export and lets the organiser try again', async () => {
    const { user, bridge } = await renderPackages({
      'packages:export': () => {
        throw refuse({ code: 'io', params: { detail: 'флешка толы' } });
      },
    });
    const save = within(card('Оспанова Нұрсұлу Бекқызы')).getByRole('button', { name: 'Пакетті сақтау…' });
    await user.click(save);
    const problem = await screen.findByText('оқу не жазу мүмкін емес (флешка толы)');
    expect(problem.closest('[role="alert"]')).toBeInTheDocument();
    expect(useUi.getState().notice).toBeNull();
    expect(save).toBeEnabled();
    expect(bridge.inputsOf('packages:info')).toHaveLength(1);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { user, bridge } = await renderPackages({ 'packages:export': () => null });
    await user.click(within(card('Оспанова Нұрсұлу Бекқызы')).getByRole('button', { name: 'Пакетті сақтау…' }));
    await waitFor(() => expect(within(card('Оспанова Нұрсұлу Бекқызы')).getByRole('button', { name: 'Пакетті сақтау…' })).toBeEnabled());
    expect(bridge.inputsOf('packages:export')).toHaveLength(1);
    expect(useUi.getState().notice).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the jury is empty when there is no one to score', async () => {
    const def = thanksDefinition();
    def.jury = def.jury.filter((j) => j.role === 'secretary');
    installBridge({
      'contests:get': () => details(def),
      'packages:info': () => ({ fingerprint: ORGANISER_FINGERPRINT, issued: [] }),
    });
    render(<PackagesScreen contestId={CONTEST_ID} />);
    expect(await screen.findByText('Қазылар алқасы бос: алдымен баптауларда қазыларды қосыңыз.')).toBeInTheDocument();
    expect(screen.queryAllByRole('region')).toEqual([]);
  });

  it('shows a contest that cannot be read', async () => {
    installBridge({
      'contests:get': () => {
        throw refuse({ code: 'fileNotFound', file: 'barlygyna-rakhmet.jury' });
      },
      'packages:info': () => ({ fingerprint: ORGANISER_FINGERPRINT, issued: [] }),
    });
    render(<PackagesScreen contestId={CONTEST_ID} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('barlygyna-rakhmet.jury');
  });
});
