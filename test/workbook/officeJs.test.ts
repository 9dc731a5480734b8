/**
 * The Office host through Microsoft's real Office.js client (fakeOfficeJs.ts): every sync is
 * budgeted on the request body the client really builds, which is what Excel on the web receives.
 * Guards a fixed bug: the estimate was 1.5–1.7× too low for report writes (a 10,000 + 10,000
 * report's first write sync carried 5.01 MB to a 5 MB limit).
 */
import { checkAndWriteFindings } from '../../src/app/check/check';
import { writeReports } from '../../src/app/report/report';
import { FINDINGS_SHEET } from '../../src/report/findingsSheet';
import { OfficeHost } from '../../src/workbook/office/host';
import { DEFAULT_PAYLOAD_LIMIT } from '../../src/workbook/office/payload';
import { HostError } from '../../src/workbook/port';
import { BIG_AS_OF, seedFake } from '../app/bigWorkbook';
import { createOfficeJsExcel, type OfficeJsExcel } from './fakeOfficeJs';
import { seedTracking } from './fakeTracking';

const host = (excel: OfficeJsExcel, payloadLimit?: number) =>
  new OfficeHost(excel.run, { requirements: excel.requirements, ...(payloadLimit ? { payloadLimit } : {}) });

describe('the Office host through the real Office.js client', () => {
  it('keeps every sync of «Kiểm tra» on 10,000 rows under 4.5 MB of real request body', async () => {
    const excel = createOfficeJsExcel();
    seedFake(excel.model, 10_000);
    const outcome = await checkAndWriteFindings(host(excel), { today: BIG_AS_OF });
    expect(outcome.write.written).toEqual([FINDINGS_SHEET]);
    expect(excel.requestSizes.length).toBe(2);
    for (const size of excel.requestSizes) expect(size).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(Math.max(...excel.requestSizes)).toBeGreaterThan(2_000_000); // the findings really went in one sync
  });

  it('keeps every sync of «Lập báo cáo» on 10,000 + 10,000 rows under 4.5 MB of real request body', async () => {
    const excel = createOfficeJsExcel();
    seedTracking(excel.model, 10_000);
    await writeReports(host(excel), { today: { y: 2025, m: 6, d: 30 } });
    for (const size of excel.requestSizes) expect(size).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(excel.requestSizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(6_000_000);
  }, 60_000);

  it.each([['«Kiểm tra»', 'check'], ['«Lập báo cáo»', 'report']] as const)(
    'packs %s to a 1 MB budget with no batch over 1 MB of real body (the estimate bounds the body at every cut)',
    async (_, flow) => {
      const excel = createOfficeJsExcel({ payloadLimit: 1_000_000, responseLimit: 5_000_000 });
      if (flow === 'check') seedFake(excel.model, 10_000);
      else seedTracking(excel.model, 5_000);
      const office = host(excel, 1_000_000);
      if (flow === 'check') await checkAndWriteFindings(office, { today: BIG_AS_OF });
      else await writeReports(office, { today: { y: 2025, m: 6, d: 30 } });
      // A refused body is recorded too: none is over the limit, so none was refused and retried.
      expect(excel.requestSizes.filter((size) => size > 1_000_000)).toEqual([]);
      expect(excel.requestSizes.length).toBeGreaterThan(3);
    },
    60_000,
  );

  it.each(['RequestPayloadSizeLimitExceeded', 'GeneralException'] as const)(
    'retries a write Excel refuses for its size (%s) in smaller batches',
    async (refusal) => {
      // An Excel that takes at most 1 MB of request while the host still budgets 4.5 MB.
      const excel = createOfficeJsExcel({ payloadLimit: 1_000_000, responseLimit: 5_000_000, refusal });
      seedFake(excel.model, 10_000);
      const outcome = await checkAndWriteFindings(host(excel), { today: BIG_AS_OF });
      expect(outcome.write.written).toEqual([FINDINGS_SHEET]);
      expect(excel.requestSizes.some((s) => s > 1_000_000)).toBe(true); // refused once
      expect(excel.model.sheets.map((s) => s.name)).toContain(FINDINGS_SHEET);
      expect(excel.model.sheets.filter((s) => /^~DCCS~/.test(s.name))).toEqual([]);
    },
  );

  it('removes what it wrote when a later sync of the write fails, leaving no half-written sheet', async () => {
    // Request 0 is the read, 1 the first write batch (the sheet added, its first rows), 2 the second.
    const excel = createOfficeJsExcel({ fail: (i) => (i === 2 ? 'AccessDenied' : undefined) });
    seedFake(excel.model, 10_000);
    const before = excel.model.sheets.map((s) => s.name);
    await expect(checkAndWriteFindings(host(excel, 1_000_000), { today: BIG_AS_OF })).rejects.toBeInstanceOf(HostError);
    // The read, two write batches, the undo (names, then the deletes), the look at protection.
    expect(excel.requestSizes.length).toBe(6);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
  });

  it('gives up splitting when even a small batch is refused, and leaves the workbook as it was', async () => {
    const excel = createOfficeJsExcel({ payloadLimit: 40_000, responseLimit: 5_000_000 });
    seedFake(excel.model, 3_000);
    const before = excel.model.sheets.map((s) => s.name);
    await expect(checkAndWriteFindings(host(excel), { today: BIG_AS_OF })).rejects.toBeInstanceOf(HostError);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
  });
});
