import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ProtocolScreen } from '../../../renderer/screens/protocol/ProtocolScreen';
import { useUi } from '../../../renderer/state/ui';
import type { ProtocolView, VerifyReport } from '../../../shared/ipc/protocolTypes';
import { EMPTY_TEXTS } from '../../../shared/protocol/types';
import { installBridge, refuse } from '../fakeBridge';

const VIEW: ProtocolView = {
  language: 'kk',
  texts: { ...EMPTY_TEXTS, agenda: 'Жұмыстарды бағалау' },
  html: '<!DOCTYPE html><html><body><h1>Хаттама № 2</h1></body></html>',
  preliminary: '0 қазы бағасы толық емес, 85 жұмыс бағаланбаған.',
  problems: [],
  recordSha256: 'ab'.repeat(32),
  secretary: 'Әбдікәрімова Әсемгүл',
  contestNumber: '2',
  exports: [],
};
const VALID: VerifyReport = {
  fileName: 'p.pdf',
  valid: true,
  problems: [],
  matchesContest: false,
  details: { file: { name: 'p.pdf', sha256: 'cd'.repeat(32), bytes: 10, format: 'pdf', kind: 'protocol', language: 'kk' }, contest: { uid: 'u', title: 'Байқау' }, signer: { name: 'Әбдікәрімова Әсемгүл', role: 'secretary', fingerprint: 'C44F B875' }, signedAt: '2024-11-12T10:00:00Z', recordSha256: 'ab'.repeat(32), preliminary: false, nominations: 4, rankedEntries: 68, jurorFiles: 5 },
};

describe('ProtocolScreen', () => {
  beforeEach(() => useUi.setState({ language: 'kk', notice: null }));

  it('previews the protocol in a sandboxed frame, says it is preliminary, and exports signed in the format chosen', async () => {
    const bridge = installBridge({ 'protocol:get': () => VIEW, 'protocol:export': () => ({ path: '/x/p.docx', fileName: 'p.docx', format: 'docx', bytes: 1, sha256: 'x', recordSha256: 'y', preliminary: true, signaturePath: '/x/p.docx.sig', fingerprint: 'C44F B875' }) });
    const user = userEvent.setup();
    render(<ProtocolScreen contestId="c1" />);
    const frame = await screen.findByTitle('Хаттаманың алдын ала көрінісі');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(VIEW.html);
    expect(screen.getByRole('status')).toHaveTextContent('Бағалау аяқталмаған: хаттама әр бетінде «алдын ала» деп белгіленеді');
    await user.click(screen.getByRole('button', { name: 'DOCX сақтау…' }));
    expect(bridge.lastInput('protocol:export')).toEqual({ contestId: 'c1', format: 'docx', lang: 'kk', sign: true });
    await waitFor(() => expect(useUi.getState().notice?.text).toBe('p.docx сақталды, қолтаңба: p.docx.sig (кілт C44F B875)'));
    await user.selectOptions(screen.getByLabelText('Хаттаманың тілі'), 'ru');
    await waitFor(() => expect(bridge.lastInput('protocol:get')).toEqual({ contestId: 'c1', lang: 'ru' }));
  });

  it('saves the secretary’s texts and refuses export while the panel lacks a secretary', async () => {
    const bridge = installBridge({ 'protocol:get': () => ({ ...VIEW, problems: [{ code: 'noSecretary', field: 'jury' }] }), 'protocol:saveTexts': (i) => ({ ...VIEW.texts, ...i.texts }) });
    const user = userEvent.setup();
    render(<ProtocolScreen contestId="c1" />);
    await screen.findByText(/қазылар алқасында хатшы жоқ/);
    expect(screen.getByRole('button', { name: 'PDF сақтау…' })).toBeDisabled();
    await user.click(screen.getByRole('tab', { name: 'Мәтін' }));
    await user.type(screen.getByLabelText(/Қазылар алқасының ұсынымдары/), 'Үздік жұмыстарды тарату');
    await user.click(screen.getByRole('button', { name: 'Мәтінді сақтау' }));
    expect(bridge.lastInput('protocol:saveTexts')?.texts.recommendations).toBe('Үздік жұмыстарды тарату');
    // Nothing left to save: the button says so but keeps the focus, and pressing it sends nothing.
    const saveButton = screen.getByRole('button', { name: 'Мәтінді сақтау' });
    await waitFor(() => expect(saveButton).toHaveAttribute('aria-disabled', 'true'));
    expect(saveButton).toHaveFocus();
    await user.click(saveButton);
    expect(bridge.inputsOf('protocol:saveTexts')).toHaveLength(1);
  });

  it('names the file and the cause when the texts cannot be saved, and keeps what was typed', async () => {
    installBridge({ 'protocol:get': () => VIEW, 'protocol:saveTexts': () => { throw refuse({ code: 'io', file: 'contest.jury', params: { detail: 'disk full' } }); } });
    const user = userEvent.setup();
    render(<ProtocolScreen contestId="c1" />);
    await screen.findByTitle('Хаттаманың алдын ала көрінісі');
    await user.click(screen.getByRole('tab', { name: 'Мәтін' }));
    // The date typed day first, as the secretary writes it.
    await user.type(screen.getByLabelText('Отырыс күні'), '04.03.2024');
    await user.click(screen.getByRole('button', { name: 'Мәтінді сақтау' }));
    await waitFor(() => expect(useUi.getState().notice?.text).toMatch(/contest\.jury.*оқу не жазу мүмкін емес \(disk full\)/));
    expect(screen.getByLabelText('Отырыс күні')).toHaveValue('04.03.2024');
    expect(screen.getByText(/^Сақталмаған өзгеріс бар/)).toBeInTheDocument();
  });

  it('does not save the texts while the date is not a whole, real date, and says which field', async () => {
    const bridge = installBridge({ 'protocol:get': () => VIEW, 'protocol:saveTexts': (i) => ({ ...VIEW.texts, ...i.texts }) });
    const user = userEvent.setup();
    render(<ProtocolScreen contestId="c1" />);
    await screen.findByTitle('Хаттаманың алдын ала көрінісі');
    await user.click(screen.getByRole('tab', { name: 'Мәтін' }));
    await user.type(screen.getByLabelText('Отырыс күні'), '5.3.24');
    await user.click(screen.getByRole('button', { name: 'Мәтінді сақтау' }));
    expect(useUi.getState().notice?.text).toBe('«Отырыс күні»: күн дұрыс жазылмаған, ештеңе сақталмады.');
    expect(bridge.inputsOf('protocol:saveTexts')).toEqual([]);
    expect(screen.getByText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 02.12.2026')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Отырыс күні'));
    await user.type(screen.getByLabelText('Отырыс күні'), '05.03.2024');
    await user.click(screen.getByRole('button', { name: 'Мәтінді сақтау' }));
    await waitFor(() => expect(bridge.lastInput('protocol:saveTexts')?.texts.date).toBe('2024-03-05'));
  });

  it('keeps unsaved texts while another tab is shown', async () => {
    installBridge({ 'protocol:get': () => VIEW });
    const user = userEvent.setup();
    render(<ProtocolScreen contestId="c1" />);
    await screen.findByTitle('Хаттаманың алдын ала көрінісі');
    await user.click(screen.getByRole('tab', { name: 'Мәтін' }));
    await user.type(screen.getByLabelText(/Қазылар алқасының ұсынымдары/), 'Тарату');
    await user.click(screen.getByRole('tab', { name: 'Алдын ала қарау' }));
    await user.click(screen.getByRole('tab', { name: 'Мәтін' }));
    expect(screen.getByLabelText(/Қазылар алқасының ұсынымдары/)).toHaveValue('Тарату');
  });

  it('verifies a protocol file: valid with its signer, or invalid with the reason', async () => {
    const bridge = installBridge({ 'protocol:get': () => VIEW, 'protocol:verify': () => VALID });
    const user = userEvent.setup();
    render(<ProtocolScreen contestId="c1" />);
    await user.click(await screen.findByRole('tab', { name: 'Тексеру' }));
    await user.click(screen.getByRole('button', { name: 'Хаттаманы таңдау…' }));
    expect(await screen.findByText('p.pdf: қолтаңба дұрыс, файл өзгертілмеген')).toBeInTheDocument();
    expect(screen.getByText('Қол қойған хатшы: Әбдікәрімова Әсемгүл')).toBeInTheDocument();
    expect(screen.getByText(/қазіргі нәтижелерінен өзгеше/)).toBeInTheDocument();
    bridge.set({ 'protocol:verify': () => ({ fileName: 'q.pdf', valid: false, problems: [{ code: 'protocolAltered', file: 'q.pdf', params: { actual: '1', expected: '2' } }], details: null, matchesContest: null }) });
    await user.click(screen.getByRole('button', { name: 'Хаттаманы таңдау…' }));
    expect(await screen.findByText('q.pdf: жарамсыз')).toBeInTheDocument();
    expect(screen.getByText(/қолтаңбасына сәйкес емес/)).toBeInTheDocument();
  });
});
