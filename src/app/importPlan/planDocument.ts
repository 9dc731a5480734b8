import mammoth from 'mammoth';
import { PlanFileError } from './planFileError';

export { PlanFileError, type PlanFileErrorCode } from './planFileError';

/**
 * Reads a plan (KẾ HOẠCH) from the file a user gives: a Word .docx through mammoth, or plain text.
 * Runs in Node (CLI) and in the browser (task pane): bytes in, text out. Tables come out as one
 * line per row with tab-separated cells, as Word itself copies them, so the plan reader sees the
 * same thing whether the officer uploads the file or pastes its text.
 */

export const planFileMessages = {
  doc: (file: string) => `Không đọc được tệp "${file}": đây là tệp .doc cũ; hãy mở bằng Word và lưu lại dưới dạng .docx rồi thử lại.`,
  notDocx: (file: string) => `Không đọc được tệp "${file}": cần một tệp Word .docx hoặc một tệp văn bản .txt.`,
  corrupt: (file: string) => `Không đọc được tệp "${file}": tệp .docx bị hỏng hoặc không mở được.`,
  notText: (file: string) => `Không đọc được tệp "${file}": tệp không phải văn bản UTF-8.`,
} as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

const inline = (html: string) => decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

function tableText(table: string): string {
  const rows = table.match(/<tr[\s>][\s\S]*?<\/tr>/gi) ?? [];
  return rows.map((row) => (row.match(/<t[dh][\s>][\s\S]*?<\/t[dh]>/gi) ?? []).map(inline).join('\t')).join('\n');
}

/** Word's own list numbering is not in the text mammoth gives; an ordered list gets `1.`, `1.1.` back. */
function listsText(html: string): string {
  const out: string[] = [];
  const counters: { ordered: boolean; n: number }[] = [];
  for (const token of html.split(/(<\/?(?:ol|ul|li)\b[^>]*>)/i)) {
    const tag = /^<(\/?)(ol|ul|li)\b/i.exec(token);
    if (!tag) { out.push(token); continue; }
    const [, close, name] = tag;
    const lower = name.toLowerCase();
    if (lower === 'ol' || lower === 'ul') {
      if (close) counters.pop(); else counters.push({ ordered: lower === 'ol', n: 0 });
      out.push('\n');
    } else if (!close) {
      const top = counters[counters.length - 1];
      if (top?.ordered) {
        top.n++;
        out.push(`\n${counters.filter((c) => c.ordered).map((c) => c.n).join('.')}. `);
      } else out.push('\n- ');
    } else out.push('\n');
  }
  return out.join('');
}

/** mammoth's HTML → lines: one per paragraph, heading or list item; one per table row. */
export function htmlToPlanText(html: string): string {
  const parts = html.split(/(<table[\s>][\s\S]*?<\/table>)/i);
  const text = parts.map((part) => {
    if (/^<table/i.test(part)) return `\n${tableText(part)}\n`;
    return decode(listsText(part).replace(/<\/(?:p|h[1-6])>|<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
  }).join('');
  return text.split('\n').map((l) => (l.includes('\t') ? l : l.replace(/[ \t]+/g, ' ').trim())).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;
const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * The text of a plan file: `.docx` through mammoth, anything else as UTF-8 text.
 * @throws PlanFileError for an old .doc, a broken .docx, or bytes that are not text.
 */
export async function readPlanFile(bytes: Uint8Array, fileName: string): Promise<string> {
  if (isOle(bytes)) throw new PlanFileError('doc', planFileMessages.doc(fileName));
  if (/\.docx$/i.test(fileName) || isZip(bytes)) {
    if (!isZip(bytes)) throw new PlanFileError('not-docx', planFileMessages.notDocx(fileName));
    try {
      const copy = new Uint8Array(bytes).buffer; // a copy: a Node Buffer's slice() is a view of a shared pool
      // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build.
      const input = { buffer: bytes, arrayBuffer: copy } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
      const { value } = await mammoth.convertToHtml(input);
      return htmlToPlanText(value);
    } catch (cause) {
      throw new PlanFileError('corrupt', planFileMessages.corrupt(fileName), { cause });
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (cause) {
    throw new PlanFileError('not-text', planFileMessages.notText(fileName), { cause });
  }
}
