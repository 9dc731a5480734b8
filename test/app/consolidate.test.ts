import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/app/check/check';
import { consolidate, ConsolidationCancelled, type ConsolidateSource } from '../../src/app/consolidate/consolidate';
import { ConsolidateSourceError, summarizeReport } from '../../src/app/consolidate/file';
import { consolidationJson } from '../../src/app/consolidate/json';
import { consolidateMessages } from '../../src/app/consolidate/messages';
import { readConsolidatingWorkbook } from '../../src/app/consolidate/target';
import { writeConsolidation } from '../../src/app/consolidate/write';
import { complianceOf } from '../../src/report/consolidatedModel';
import { newWorkbookFile, openWorkbookFile } from '../../src/workbook/file/host';
import { communeWorkbook } from '../../bench/communeWorkbooks';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const today = { y: 2025, m: 6, d: 30 };
const SIZE = { postings: 30, tasks: 12, feedback: 40 };

const bytesSource = (name: string, bytes: Uint8Array): ConsolidateSource => ({ name, open: () => openWorkbookFile(bytes, name) });
const fixture = (name: string) => bytesSource(name, readFileSync(path.join(FIXTURES, name)));

describe('consolidate', () => {
  let anThuong: Uint8Array, songPhuong: Uint8Array, tienYen: Uint8Array;
  beforeAll(async () => {
    anThuong = await communeWorkbook('UBND xã An Thượng', SIZE, 0);
    songPhuong = await communeWorkbook('UBND xã Song Phương', SIZE, 3);
    tienYen = await communeWorkbook('UBND xã Tiền Yên', SIZE, 7);
  });

  it('keeps each unit the counts of its own full check', async () => {
    const c = await consolidate([bytesSource('an-thuong.xlsx', anThuong)], { today });
    const { report } = await checkWorkbook(await openWorkbookFile(anThuong, 'x.xlsx'), { today });
    expect(c.units).toHaveLength(1);
    expect(c.units[0]).toEqual({ ...summarizeReport('an-thuong.xlsx', report), conflict: false });
    expect(c.units[0].postings.met + c.units[0].postings.short).toBeGreaterThan(0);
    expect(c.findings).toHaveLength(report.findings.length);
    expect(c.findings.every((f) => f.unit === 'UBND xã An Thượng' && f.file === 'an-thuong.xlsx')).toBe(true);
  });

  it('lists every unusable file with a reason naming it, and still consolidates the others', async () => {
    const vanished: ConsolidateSource = { name: 'da-xoa.xlsx', open: () => Promise.reject(new ConsolidateSourceError(consolidateMessages.vanished('da-xoa.xlsx'))) };
    const empty: ConsolidateSource = { name: 'rong.xlsx', open: () => Promise.reject(new ConsolidateSourceError(consolidateMessages.emptyFile('rong.xlsx'))) };
    const noName = bytesSource('khong-ten.xlsx', await communeWorkbook('', SIZE));
    const c = await consolidate([
      bytesSource('an-thuong.xlsx', anThuong), fixture('so-cu.xls'), fixture('mat-khau.xlsx'), fixture('hong.xlsx'),
      fixture('khong-cong-khai.xlsx'), noName, vanished, empty,
    ], { today });
    // A plan-only book (no «Công khai») is checked for what it has: it consolidates (issue 12).
    expect(c.units.map((u) => u.unit)).toEqual(['UBND xã An Thượng', 'UBND xã Hưng Đạo']);
    const reason = Object.fromEntries(c.failed.map((f) => [f.file, f.reason]));
    expect(Object.keys(reason)).toEqual(['so-cu.xls', 'mat-khau.xlsx', 'hong.xlsx', 'khong-ten.xlsx', 'da-xoa.xlsx', 'rong.xlsx']);
    expect(reason['so-cu.xls']).toContain('hãy lưu lại dưới dạng .xlsx');
    expect(reason['mat-khau.xlsx']).toContain('mật khẩu');
    expect(reason['hong.xlsx']).toContain('bị hỏng');
    expect(reason['khong-ten.xlsx']).toContain('Tên đơn vị');
    expect(reason['da-xoa.xlsx']).toContain('không còn ở đó');
    expect(reason['rong.xlsx']).toContain('0 byte');
    for (const [file, text] of Object.entries(reason)) expect(text).toContain(file);
  });

  it('reports two files of one unit as a conflict and adds neither into the totals', async () => {
    const again = await communeWorkbook('UBND XÃ AN THUONG', SIZE, 5); // same unit, other spelling
    const c = await consolidate([
      bytesSource('an-thuong.xlsx', anThuong), bytesSource('song-phuong.xlsx', songPhuong), bytesSource('an-thuong-2.xlsx', again),
    ], { today });
    expect(c.conflicts).toEqual([{ unit: 'UBND xã An Thượng', files: ['an-thuong.xlsx', 'an-thuong-2.xlsx'] }]);
    expect(c.units.filter((u) => u.conflict).map((u) => u.file).sort()).toEqual(['an-thuong-2.xlsx', 'an-thuong.xlsx']);
    const song = c.units.find((u) => u.file === 'song-phuong.xlsx')!;
    expect(c.totals.postings).toEqual(song.postings);
    expect(c.totals.feedback).toEqual(song.feedback);
  });

  it('names the units of Danh sách đơn vị that sent nothing, matching names without accents or case', async () => {
    const office = newWorkbookFile('tong-hop.xlsx');
    await office.writeSheets([{ name: 'Danh sách đơn vị', ifExists: 'replace', values: [
      ['DANH SÁCH ĐƠN VỊ'], ['STT', 'Tên đơn vị'], [1, 'UBND xa an thuong'], [2, 'UBND xã Song Phương'], [3, 'UBND xã Tiền Phong'], ['', 'Tổng cộng'],
    ] }]);
    const target = await readConsolidatingWorkbook(office);
    expect(target.expected).toEqual(['UBND xa an thuong', 'UBND xã Song Phương', 'UBND xã Tiền Phong']);
    const c = await consolidate([bytesSource('a.xlsx', anThuong), bytesSource('t.xlsx', tienYen)], { today, expected: target.expected });
    expect(c.missing).toEqual(['UBND xã Song Phương', 'UBND xã Tiền Phong']);
    expect(c.unexpected).toEqual(['UBND xã Tiền Yên']);
  });

  it('sorts by name in Vietnamese order, or by compliance with the best first', async () => {
    const sources = [bytesSource('t.xlsx', tienYen), bytesSource('a.xlsx', anThuong), bytesSource('s.xlsx', songPhuong)];
    const byName = await consolidate(sources, { today });
    expect(byName.units.map((u) => u.unit)).toEqual(['UBND xã An Thượng', 'UBND xã Song Phương', 'UBND xã Tiền Yên']);
    const byRate = await consolidate(sources, { today, order: 'compliance' });
    const rates = byRate.units.map((u) => complianceOf(u.postings).rate!);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
  });

  it('reports progress per file and stops at the next file when cancelled', async () => {
    const controller = new AbortController();
    const states: string[] = [];
    const run = consolidate([bytesSource('a.xlsx', anThuong), bytesSource('s.xlsx', songPhuong)], {
      today, signal: controller.signal,
      onFile: (i, state) => {
        states.push(`${i}:${state}`);
        if (state === 'done') controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ConsolidationCancelled);
    expect(states).toEqual(['0:reading', '0:done']);
  });

  it('leaves whole units out of TH Chi tiết past the lines budget, and keeps their counts', async () => {
    const c = await consolidate([bytesSource('a.xlsx', anThuong), bytesSource('s.xlsx', songPhuong)], { today, findingsBudget: 60 });
    const first = c.findings.filter((f) => f.file === 'a.xlsx').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(60);
    expect(c.findings.some((f) => f.file === 's.xlsx')).toBe(false);
    expect(c.findingsOmitted).toEqual(['UBND xã Song Phương']);
    expect(c.units.find((u) => u.file === 's.xlsx')!.findings).toBeGreaterThan(0);
  });

  it('prints the JSON of the issue: units, failed, conflicts, missing, totals', async () => {
    const c = await consolidate([bytesSource('a.xlsx', anThuong), fixture('so-cu.xls')], { today, expected: ['UBND xã Song Phương'] });
    const json = consolidationJson(c);
    expect(Object.keys(json.units[0])).toEqual(expect.arrayContaining(['file', 'unit', 'year', 'postings', 'tasks', 'feedback', 'votes', 'inputErrors']));
    expect(json.units[0]).toMatchObject({ file: 'a.xlsx', unit: 'UBND xã An Thượng', year: 2025, votes: { passed: 0, failed: 0 } });
    expect(Object.keys(json.units[0].feedback)).toEqual(['total', 'accepted', 'partlyAccepted', 'explained', 'pending']);
    expect(json.failed).toEqual([{ file: 'so-cu.xls', reason: expect.stringContaining('.xlsx') }]);
    expect(json.missing).toEqual(['UBND xã Song Phương']);
    expect(json.totals).toMatchObject({ postings: c.units[0].postings, tasks: c.units[0].tasks, feedback: c.units[0].feedback, votes: c.units[0].votes });
  });

  it('writes TH Đơn vị, TH Chi tiết and Báo cáo tổng hợp, never over a user sheet of the same name', async () => {
    const office = newWorkbookFile('tong-hop.xlsx');
    await office.writeSheets([{ name: 'TH Đơn vị', ifExists: 'replace', values: [['Bảng của tôi']] }]);
    const c = await consolidate([bytesSource('a.xlsx', anThuong), bytesSource('s.xlsx', songPhuong)], { today });
    const result = await writeConsolidation(office, c, await readConsolidatingWorkbook(office), { today, order: 'name' });
    expect(result.written).toEqual(['TH Đơn vị (2)', 'TH Chi tiết', 'Báo cáo tổng hợp']);
    expect(result.renamed).toEqual([{ wanted: 'TH Đơn vị', written: 'TH Đơn vị (2)' }]);
    const read = await office.readSheets(['TH Đơn vị']);
    expect(read.sheets['TH Đơn vị']!.values).toEqual([['Bảng của tôi']]);
    expect(result.docx.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    // A second run replaces its own sheets and still leaves the user's alone.
    const again = await writeConsolidation(office, c, await readConsolidatingWorkbook(office), { today, order: 'name' });
    expect(again.written).toEqual(['TH Đơn vị (2)', 'TH Chi tiết', 'Báo cáo tổng hợp']);
  });

  it('builds no Word draft when none is wanted, and writes the same sheets', async () => {
    const c = await consolidate([bytesSource('a.xlsx', anThuong)], { today });
    const both = newWorkbookFile('a.xlsx'), sheetsOnly = newWorkbookFile('b.xlsx');
    const withDocx = await writeConsolidation(both, c, await readConsolidatingWorkbook(both), { today, order: 'name' });
    const without = await writeConsolidation(sheetsOnly, c, await readConsolidatingWorkbook(sheetsOnly), { today, order: 'name', docx: false });
    expect(without.docx.length).toBe(0);
    expect({ ...without, docx: null }).toEqual({ ...withDocx, docx: null });
    const names = ['TH Đơn vị', 'TH Chi tiết', 'Báo cáo tổng hợp'];
    expect((await sheetsOnly.readSheets(names)).sheets).toEqual((await both.readSheets(names)).sheets);
  });
});

describe('consolidate staff-made workbooks (issue 12)', () => {
  it('reads each commune book as the check does: the unit from its title block, marked inferred; a book with no table is listed with its reason', async () => {
    const staff = (name: string) => fixture(path.join('staff', name));
    const c = await consolidate([
      staff('01-theo-doi-niem-yet.xlsx'), staff('02-sheet1-tieu-de-hai-dong.xlsx'), staff('03-ck-2025-ngay-cham.xlsx'),
      fixture(path.join('staff', 'negative', 'danh-ba.xlsx')),
    ], { today });
    expect(c.units.map((u) => u.unit)).toEqual(['UBND phường Trương Quang Trọng', 'UBND xã An Thượng', 'UBND xã Hưng Đạo']);
    const inferred = c.findings.filter((f) => f.rule === 'fact-inferred' && f.file === path.join('staff', '01-theo-doi-niem-yet.xlsx'));
    expect(inferred.some((f) => f.message.includes('Tên đơn vị') && f.message.includes('UBND xã An Thượng'))).toBe(true);
    expect(c.failed.map((f) => f.file)).toEqual(['danh-ba.xlsx'].map((n) => path.join('staff', 'negative', n)));
    expect(c.failed[0].reason).toContain('Không tìm thấy bảng nào');
  });
});
