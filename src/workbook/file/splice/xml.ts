/** What the splice (workbook/file/splice/splice.ts) reads of a package's XML: attributes, escapes, and its way out. */

/** Something the splice does not handle: the caller saves the whole workbook with exceljs instead. */
export class Unsupported extends Error {}

export const unescapeXml = (s: string) => s.replace(/&(apos|quot|lt|gt|amp);/g, (_, e: string) =>
  ({ apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' } as Record<string, string>)[e]);
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}
