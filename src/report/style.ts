import type { FontSpec, PageSetup } from './document';

/**
 * Shared look of every sheet the add-in writes. Times New Roman, as Nghị định 30/2020/NĐ-CP asks
 * of administrative documents, so a sheet printed as-is already looks like one.
 */
export const FONT = 'Times New Roman';
export const BODY: FontSpec = { name: FONT, size: 12 };
export const TITLE: FontSpec = { name: FONT, size: 14, bold: true };
export const HEADER: FontSpec = { name: FONT, size: 12, bold: true };
export const HEADER_FILL = '#DDEBF7';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A4 with the Nghị định 30/2020 margins (mm): top/bottom 20, left 30, right 15. */
export function a4(orientation: PageSetup['orientation'], printTitleRows?: [number, number]): PageSetup {
  return {
    orientation,
    paper: 'A4',
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    fitToWidth: true,
    ...(printTitleRows ? { printTitleRows } : {}),
  };
}
