/** @jest-environment jsdom */
import { detectHost, SHORT_WAIT_MS } from '../../src/taskpane/detectHost';
import { pickLang } from '../../src/taskpane/i18n';

const office = (host: unknown, supported = true, displayLanguage = 'vi-VN') => ({
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host }),
  context: { displayLanguage, requirements: { isSetSupported: jest.fn(() => supported) } },
});

describe('detectHost', () => {
  afterEach(() => jest.useRealTimers());

  it('runs standalone at once when office.js never loaded (offline, CDN blocked)', async () => {
    await expect(detectHost({ office: undefined })).resolves.toEqual({ kind: 'standalone' });
  });

  it('runs standalone when office.js reports no host (a plain browser) or another Office app', async () => {
    await expect(detectHost({ office: office(null), search: '', inFrame: false })).resolves.toEqual({ kind: 'standalone' });
    await expect(detectHost({ office: office('Word'), search: '', inFrame: false })).resolves.toEqual({ kind: 'standalone' });
  });

  it('runs in Excel with its display language, and says whether the API set the actions need is there', async () => {
    const excel = office('Excel', true, 'en-US');
    await expect(detectHost({ office: excel, search: '?_host_Info=Excel$Win32', inFrame: true }))
      .resolves.toEqual({ kind: 'excel', displayLanguage: 'en-US', apiSupported: true, platform: null });
    expect(excel.context.requirements.isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.7');
    await expect(detectHost({ office: office('Excel', false), search: '', inFrame: true }))
      .resolves.toMatchObject({ kind: 'excel', apiSupported: false });
  });

  it('gives up on an Office that never answers, after a short wait outside Office', async () => {
    jest.useFakeTimers();
    const silent = { HostType: { Excel: 'Excel' }, onReady: () => new Promise<{ host: unknown }>(() => {}) };
    const found = detectHost({ office: silent, search: '', inFrame: false });
    await jest.advanceTimersByTimeAsync(SHORT_WAIT_MS);
    await expect(found).resolves.toEqual({ kind: 'standalone' });
  });
});

describe('pickLang', () => {
  it.each([['en-US', 'en'], ['en', 'en'], ['EN_gb', 'en'], ['vi-VN', 'vi'], ['fr-FR', 'vi'], ['', 'vi'], [null, 'vi'], [undefined, 'vi']])(
    'reads %p as %p', (tag, lang) => { expect(pickLang(tag)).toBe(lang); },
  );
});
