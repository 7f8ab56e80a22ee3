import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { useUi } from '../../renderer/state/ui';
import { details, settings, summary, templates } from './data';
import { installBridge, type Handlers } from './fakeBridge';

const homeHandlers = (language: 'kk' | 'ru' | 'en' = 'kk'): Handlers => ({
  'settings:get': () => settings({ language }),
  'settings:set': (input) => settings(input),
  'templates:list': templates,
  'contests:list': () => [summary()],
  'app:info': () => ({ version: '0.1.0', contestsFolder: '/home/organiser/Jury', actor: 'Ұйымдастырушы' }),
});

/** The contests already opened (the template cards above repeat the templates' titles). */
const contestList = async () => {
  await screen.findAllByRole('listitem');
  return screen.getByRole('list');
};

describe('App shell', () => {
  it('speaks Kazakh by default', async () => {
    installBridge(homeHandlers());
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Байқаулар' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Байқаулар' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('combobox', { name: 'Тіл' })).toHaveValue('kk');
    expect(within(await contestList()).getByText('«Барлығына рақмет» челленджі')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('kk');
  });

  it('switches to Russian from the language menu and remembers the choice', async () => {
    const user = userEvent.setup();
    const bridge = installBridge(homeHandlers());
    render(<App />);
    await within(await contestList()).findByText('«Барлығына рақмет» челленджі');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Тіл' }), 'Русский');

    expect(screen.getByRole('heading', { level: 1, name: 'Конкурсы' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
    // The contest's own title follows the language too.
    expect(within(await contestList()).getByText('Челлендж «Всем спасибо»')).toBeInTheDocument();
    expect(screen.getByText(/Работ: 125/)).toBeInTheDocument();
    await waitFor(() => expect(bridge.inputsOf('settings:set')).toEqual([{ language: 'ru' }]));
    expect(useUi.getState().language).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });

  it('switches to English and back to Kazakh', async () => {
    const user = userEvent.setup();
    const bridge = installBridge(homeHandlers());
    render(<App />);
    await within(await contestList()).findByText('«Барлығына рақмет» челленджі');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Тіл' }), 'English');
    expect(screen.getByRole('heading', { level: 1, name: 'Contests' })).toBeInTheDocument();
    expect(within(await contestList()).getByText('“Thanks to Everyone” challenge')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Қазақша');
    expect(screen.getByRole('heading', { level: 1, name: 'Байқаулар' })).toBeInTheDocument();
    await waitFor(() => expect(bridge.inputsOf('settings:set')).toEqual([{ language: 'en' }, { language: 'kk' }]));
  });

  it('starts in the language saved in the settings', async () => {
    installBridge(homeHandlers('ru'));
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Конкурсы' })).toBeInTheDocument();
  });

  it('keeps working in Kazakh when the settings cannot be read', async () => {
    installBridge({ ...homeHandlers(), 'settings:get': undefined });
    render(<App />);
    expect(within(await contestList()).getByText('«Барлығына рақмет» челленджі')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Байқаулар' })).toBeInTheDocument();
  });

  it('shows the contest navigation once a contest is open, and goes back home', async () => {
    const user = userEvent.setup();
    installBridge({ ...homeHandlers(), 'entries:list': () => [], 'contests:get': () => details() });
    render(<App />);
    expect(screen.queryByRole('button', { name: 'Жұмыстар тізілімі' })).not.toBeInTheDocument();

    await user.click(within(await contestList()).getByRole('button', { name: /«Барлығына рақмет» челленджі/ }));
    expect(useUi.getState().route).toEqual({ name: 'registry', contestId: 'c-thanks' });
    expect(screen.getByRole('button', { name: 'Жұмыстар тізілімі' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Байқау баптаулары' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Жұмыстарды импорттау' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Байқаулар' }));
    expect(useUi.getState().route).toEqual({ name: 'home' });
  });
});
