/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { WorkbookSettings } from '../../src/app/settings/settings';
import { RULES } from '../../src/domain/rules/catalog';
import { ruleValueText, SettingsPanel } from '../../src/taskpane/SettingsPanel';
import { HostError } from '../../src/workbook/port';
import { deferred } from './fixtures';
import { renderInFluent } from './render';

const settings = (overrides: Partial<WorkbookSettings> = {}): WorkbookSettings => ({
  info: {
    unit: 'UBND xã An Thượng', level: 'commune', parent: null, place: 'An Thượng', year: 2024, asOf: { y: 2024, m: 3, d: 20 },
    signer: null, signerTitle: null, signAuthority: null, reportSymbol: 'BC-UBND',
  },
  rules: RULES.map((r) => ({ id: r.id, description: r.description, value: r.id === 'CK_NIEM_YET' ? 45 : r.value, unit: r.unit, basis: r.basis, source: r.id === 'CK_NIEM_YET' ? 'sheet' : 'law' })),
  countFirstDay: false,
  issues: 0,
  ...overrides,
});

const readButton = () => screen.getByRole('button', { name: 'Đọc từ sổ theo dõi' });

describe('SettingsPanel («Thiết lập»)', () => {
  it('starts with only the button and what it reads (empty)', () => {
    renderInFluent(<SettingsPanel readSettings={jest.fn()} />);
    expect(screen.getByText(/không ghi gì vào sổ/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('disables the button while it reads (working), then shows the unit, the counting and the rules (done)', async () => {
    const pending = deferred<WorkbookSettings>();
    renderInFluent(<SettingsPanel readSettings={() => pending.promise} />);
    fireEvent.click(readButton());
    expect(readButton().hasAttribute('disabled')).toBe(true);
    await act(async () => pending.resolve(settings()));
    expect(readButton().hasAttribute('disabled')).toBe(false);
    expect(document.querySelector('[data-fact="Tên đơn vị"]')?.textContent).toBe('UBND xã An Thượng');
    expect(document.querySelector('[data-fact="Ngày đánh giá"]')?.textContent).toBe('20/03/2024');
    expect(document.querySelector('[data-fact="Người ký"]')?.textContent).toBe('(để trống)');
    expect(screen.getByTestId('counting').textContent).toMatch(/^Không tính ngày bắt đầu/);
    const list = screen.getByRole('list', { name: 'Các quy định đang áp dụng' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(RULES.length);
    const raised = document.querySelector('[data-rule="CK_NIEM_YET"]')!;
    expect(raised.textContent).toContain('Giá trị: 45 ngàytheo sheet Quy định');
    expect(document.querySelector('[data-rule="CK_TRUYEN_THANH"]')?.textContent).toContain('Giá trị: 3 ngàytheo luật');
  });

  it('says when the unit counts the first day too', async () => {
    renderInFluent(<SettingsPanel readSettings={() => Promise.resolve(settings({ countFirstDay: true }))} />);
    fireEvent.click(readButton());
    expect((await screen.findByTestId('counting')).textContent).toMatch(/^Tính cả ngày bắt đầu/);
  });

  it('shows a failure in an error bar (error)', async () => {
    renderInFluent(<SettingsPanel readSettings={() => Promise.reject(new HostError('office', 'Không đọc được dữ liệu từ Excel (ItemNotFound).'))} />);
    fireEvent.click(readButton());
    expect(await screen.findByText('Không đọc được dữ liệu từ Excel (ItemNotFound).')).toBeTruthy();
    expect(screen.getByText('Không thực hiện được')).toBeTruthy();
  });

  it('is disabled without a workbook', () => {
    renderInFluent(<SettingsPanel readSettings={jest.fn()} disabled />);
    expect(readButton().hasAttribute('disabled')).toBe(true);
  });
});

describe('ruleValueText', () => {
  it.each([
    [{ value: 30, unit: 'ngày' }, '30 ngày'],
    [{ value: 2 / 3, unit: 'tỷ lệ' }, '2/3'],
    [{ value: 0.5, unit: 'tỷ lệ' }, '50%'],
    [{ value: null, unit: 'quý' }, '—'],
  ])('writes %p as %p', (rule, text) => {
    expect(ruleValueText({ id: 'X', description: '', basis: '', source: 'law', ...rule })).toBe(text);
  });
});
