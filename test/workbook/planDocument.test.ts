import { extractPlan } from '../../src/domain/plan/extractPlan';
import { htmlToPlanText, PlanFileError, readPlanFile } from '../../src/app/importPlan/planDocument';
import { SEED_CASES, TABLE_PLAN, VARIANT_CASES } from '../domain/plan/planCases';
import { comparable } from '../domain/plan/planJson';
import { planDocx } from './planDocx';

describe('readPlanFile: a real .docx read back with mammoth', () => {
  it.each(SEED_CASES.map((c) => [c.name, c] as const))('extracts %s from a .docx as from its text', async (_name, c) => {
    const text = await readPlanFile(await planDocx(c.text), 'ke-hoach.docx');
    expect(comparable(extractPlan(text))).toEqual(c.expected);
  });

  it('turns a Word table into tab-separated rows, and reads its tasks', async () => {
    const text = await readPlanFile(await planDocx(TABLE_PLAN), 'bang.docx');
    expect(text).toContain('1\tTuyên truyền Luật trên hệ thống truyền thanh\tVăn hóa - Xã hội\tĐài truyền thanh xã\tThường xuyên');
    const tableCase = VARIANT_CASES.find((c) => c.text === TABLE_PLAN)!;
    expect(comparable(extractPlan(text))).toEqual(tableCase.expected);
  });
});

describe('readPlanFile: other files', () => {
  it('reads a .txt as UTF-8, without its byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFKẾ HOẠCH\nTập huấn');
    expect(await readPlanFile(bytes, 'ke-hoach.txt')).toBe('KẾ HOẠCH\nTập huấn');
  });

  it('names the file and says to save an old .doc as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readPlanFile(ole, 'cu.doc')).rejects.toBeInstanceOf(PlanFileError);
    await expect(readPlanFile(ole, 'cu.doc')).rejects.toThrow(/"cu\.doc".*\.docx/);
  });

  it('refuses a .docx that is not a zip, and a broken one, naming the file', async () => {
    await expect(readPlanFile(new TextEncoder().encode('hello'), 'sai.docx')).rejects.toMatchObject({ code: 'not-docx' });
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6]);
    await expect(readPlanFile(broken, 'hong.docx')).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('"hong.docx"') });
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    await expect(readPlanFile(new Uint8Array([0xff, 0xfe, 0x41, 0xc3]), 'sai.txt')).rejects.toMatchObject({ code: 'not-text' });
  });
});

describe('htmlToPlanText', () => {
  it('gives Word\'s list numbering back to ordered lists and decodes entities', () => {
    expect(htmlToPlanText('<h1>KẾ HOẠCH</h1><ol><li>Mục đích &amp; yêu cầu<ol><li>Tập huấn</li></ol></li></ol><p>A&lt;B</p>'))
      .toBe('KẾ HOẠCH\n\n1. Mục đích & yêu cầu\n\n1.1. Tập huấn\n\nA<B');
  });
});
