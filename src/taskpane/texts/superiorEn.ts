import type { Strings } from '../stringsVi';

/** «Bản gửi cấp trên»: the copy for the level above without citizens' data, in English. */
export const superiorEn: Strings['superior'] = {
  region: 'Copy for the level above',
  intro: 'Makes a copy of the workbook to send to the level above: counts, decisions and texts stay; citizens\' names, phone numbers, addresses and ID numbers are hidden (Law on Personal Data Protection 91/2025/QH15). The open workbook is not changed.',
  run: 'Make the copy for the level above',
  working: 'Making the copy and hiding personal data…',
  readingExcel: 'Getting the workbook\'s file from Excel…',
  opening: 'Opening the copy as a new Excel workbook…',
  downloaded: (file: string) => `Downloaded «${file}».`,
  openedInExcel: 'The copy is open as a new Excel workbook: save it (File › Save) and send it.',
  hiddenColumn: (sheet: string, header: string, cells: number) => `Sheet «${sheet}», column «${header}»: ${cells} cells hidden.`,
  nothingHidden: 'The workbook has no column of citizens\' names or contacts with data: the copy is the same as the original.',
  checkTexts: 'Feedback texts are kept as written: if one names a citizen, check it before sending.',
  noCompressedFile: (page: string) =>
    `Excel on the web does not give a task pane the workbook's .xlsx file, so the copy cannot be made here. Open the workbook in desktop Excel, or download it (File › Save a copy › Download a copy), open ${page}, press «Open Excel file», choose it and press «Make the copy for the level above».`,
  noCreateWorkbook: (page: string) =>
    `This Excel lacks ExcelApi 1.8, which opens the copy as a new workbook, so the copy cannot be made here. Update Office, or open ${page}, press «Open Excel file», choose the workbook and press «Make the copy for the level above».`,
  fileFailed: (detail: string) => `Excel could not give DCCS the workbook's file (${detail}). Save the workbook (File › Save) and try again.`,
};
