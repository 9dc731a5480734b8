import { formatIso, type LocalDate } from '../domain/calendar/localDate';

/**
 * A unit name as ASCII for a file name: Windows, mail gateways and USB sticks formatted long ago
 * all keep it intact.
 * @example fileSlug('UBND xã An Thượng') // "UBND-xa-An-Thuong"
 */
export function fileSlug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** @example reportFileName('UBND xã An Thượng', { y: 2024, m: 3, d: 6 }) // "Bao-cao-UBND-xa-An-Thuong-2024-03-06.docx" */
export function reportFileName(unit: string | undefined, date: LocalDate): string {
  const slug = fileSlug(unit ?? '');
  return `Bao-cao-${slug ? `${slug}-` : ''}${formatIso(date)}.docx`;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves bytes the pane already holds as a file: a Blob URL and a clicked `<a download>`, so no
 * request leaves the machine. The URL is revoked after the click has been handled.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, mime = DOCX_MIME, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
