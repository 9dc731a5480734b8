import type { SuperiorCopyAction } from './actions';
import type { Strings } from './strings';
import { UserError } from '../domain/errors';

/**
 * «Bản gửi cấp trên» inside Excel. A task pane cannot open a second workbook's cells, so the copy
 * is made from the workbook's file: `Office.context.document.getFileAsync(Compressed)` gives the
 * .xlsx bytes (CompressedFile; Excel on Windows and Mac, not on the web, which offers only PDF), the
 * file host hides citizens' data in them, and `Excel.createWorkbook(base64)` (ExcelApi 1.8) opens
 * the result as a new workbook, which the user saves. The open workbook is only read.
 */
export interface OfficeFileApi {
  readonly document: { getFileAsync: Office.Document['getFileAsync'] };
  readonly requirements: { isSetSupported(name: string, version?: string): boolean };
  /** `Office.context.platform`: 'OfficeOnline' is Excel on the web. */
  readonly platform?: string | null;
  readonly createWorkbook: (base64: string) => Promise<void>;
}

/** Why this Excel cannot make the copy, or null when it can. */
export type SuperiorCopyBlock = 'no-compressed-file' | 'no-create-workbook' | null;

/** Office.FileType.Compressed's value. */
const COMPRESSED = 'compressed' as unknown as Office.FileType;

/** The largest slice `getFileAsync` allows off the iPad (4 MB). */
const SLICE_SIZE = 4_194_304;

export function superiorCopyBlock(api: Pick<OfficeFileApi, 'requirements' | 'platform'>): SuperiorCopyBlock {
  const supported = (name: string, version?: string) => {
    try {
      return api.requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  if (api.platform === 'OfficeOnline' || !supported('CompressedFile')) return 'no-compressed-file';
  if (!supported('ExcelApi', '1.8')) return 'no-create-workbook';
  return null;
}

/** The block in words, for the panel (null: the button is offered). */
export function superiorCopyBlockText(block: SuperiorCopyBlock, t: Strings['superior'], pageUrl: string): string | undefined {
  if (block === 'no-compressed-file') return t.noCompressedFile(pageUrl);
  if (block === 'no-create-workbook') return t.noCreateWorkbook(pageUrl);
  return undefined;
}

/** Office's callbacks as a promise: the value, or a UserError naming what Excel said. */
function settle<T>(t: Strings['superior'], call: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    call((result) => {
      // Office.AsyncResultStatus.Succeeded is the string 'succeeded'; no Office global is needed here.
      if (String(result.status) === 'succeeded') resolve(result.value);
      else reject(new UserError(t.fileFailed(result.error?.message ?? result.error?.name ?? 'không rõ lỗi')));
    });
  });
}

/** The workbook's .xlsx bytes, slice by slice; the file is always closed (Excel keeps at most two open). */
export async function readCompressedFile(api: Pick<OfficeFileApi, 'document'>, t: Strings['superior']): Promise<Uint8Array> {
  const file = await settle<Office.File>(t, (done) => api.document.getFileAsync(COMPRESSED, { sliceSize: SLICE_SIZE }, done));
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await settle<Office.Slice>(t, (done) => file.getSliceAsync(i, done));
      parts.push(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  } finally {
    await new Promise<void>((resolve) => { file.closeAsync(() => resolve()); });
  }
}

/** Base64 in chunks: `String.fromCharCode(...bytes)` of a whole workbook would pass the argument limit. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The pane's action in Excel: read the file, hide, open the copy as a new workbook. */
export function officeSuperiorCopy(api: OfficeFileApi, strings: () => Strings): SuperiorCopyAction {
  return async ({ onProgress }) => {
    const t = strings().superior;
    onProgress(0, t.readingExcel);
    const bytes = await readCompressedFile(api, t);
    onProgress(0.4, t.working);
    const { superiorCopyOf } = await import('../app/superiorCopy');
    const copy = await superiorCopyOf(bytes, 'Excel.xlsx');
    onProgress(0.8, t.opening);
    await api.createWorkbook(toBase64(copy.bytes));
    return { fileName: null, hidden: copy.summary.hidden };
  };
}
