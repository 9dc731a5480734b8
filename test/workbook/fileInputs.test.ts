import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbookFile, newWorkbookFile } from '../../src/workbook/file/host';
import { openWorkbookPath, saveWorkbookPath } from '../../src/workbook/file/hostNode';
import { compoundDirectoryNames } from '../../src/workbook/file/sniff';
import { HostError } from '../../src/workbook/port';

/**
 * A minimal OLE2 compound file ([MS-CFB]): header, one FAT sector, one directory sector holding
 * the root entry and the given stream names. Enough for the sniffing, which reads only the
 * directory — a real .xls has a `Workbook` stream, an encrypted .xlsx `EncryptionInfo` and
 * `EncryptedPackage`.
 */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x1a, 3, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x4c, 0, true); // DIFAT[0] = sector 0 holds the FAT
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
  const fat = 512;
  view.setUint32(fat, 0xfffffffd, true); // sector 0: FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1: directory, end of chain
  for (let i = 2; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  ['Root Entry', ...streams].forEach((name, i) => {
    const entry = 1024 + i * 128;
    [...name].forEach((ch, c) => view.setUint16(entry + c * 2, ch.charCodeAt(0), true));
    view.setUint16(entry + 0x40, (name.length + 1) * 2, true);
    bytes[entry + 0x42] = i === 0 ? 5 : 2; // root storage / stream
  });
  return bytes;
}

async function failure(bytes: Uint8Array, name: string): Promise<HostError> {
  try {
    await openWorkbookFile(bytes, name);
  } catch (e) {
    return e as HostError;
  }
  throw new Error('expected a HostError');
}

describe('opening files that are not a readable .xlsx', () => {
  it('reads the directory names of a compound file', () => {
    expect(compoundDirectoryNames(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
  });

  it('tells an old .xls to be saved as .xlsx', async () => {
    const e = await failure(compoundFile(['Workbook', '\u0005SummaryInformation']), 'bao-cao.xls');
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe('xls');
    expect(e.message).toContain('"bao-cao.xls" là tệp .xls cũ; hãy lưu lại dưới dạng .xlsx');
  });

  it('recognises a password-protected .xlsx by its EncryptionInfo stream', async () => {
    const e = await failure(compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'so-theo-doi.xlsx');
    expect(e.code).toBe('encrypted');
    expect(e.message).toBe('Không mở được tệp "so-theo-doi.xlsx": tệp được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu rồi thử lại.');
  });

  it('says a text file is not an Excel file', async () => {
    const e = await failure(new TextEncoder().encode('STT,Nội dung\n1,abc\n'), 'danh-sach.txt');
    expect([e.code, e.message]).toEqual(['not-xlsx', 'Không mở được tệp "danh-sach.txt": đây không phải tệp Excel .xlsx.']);
  });

  it('wraps exceljs failing on a truncated zip as corrupt, with the cause', async () => {
    const good = await newWorkbookFile().toBuffer();
    const e = await failure(good.slice(0, Math.floor(good.length / 2)), 'hong.xlsx');
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('"hong.xlsx"');
    expect(e.cause).toBeDefined();
  });

  it('reports a missing path, and saves then opens a path (Node helpers)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dccs-'));
    await expect(openWorkbookPath(join(dir, 'khong-co.xlsx'))).rejects.toMatchObject({ code: 'missing-file', message: 'Không mở được tệp "khong-co.xlsx": không tìm thấy tệp.' });
    const host = newWorkbookFile();
    await host.writeSheets([{ name: 'A', ifExists: 'replace', values: [['x']] }]);
    await saveWorkbookPath(host, join(dir, 'a.xlsx'));
    expect((await (await openWorkbookPath(join(dir, 'a.xlsx'))).readSheets(['a'])).sheets.a!.values).toEqual([['x']]);
    writeFileSync(join(dir, 'b.xlsx'), 'not a zip');
    await expect(openWorkbookPath(join(dir, 'b.xlsx'))).rejects.toMatchObject({ code: 'not-xlsx' });
  });
});
