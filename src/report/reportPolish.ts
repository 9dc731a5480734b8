import type { ReportBlock } from './reportBlocks';

/**
 * The report's prose as a reader expects it: citations in one order, the smaller unit
 * first as Vietnamese legal writing cites («khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở»,
 * «Điều 147 Bộ luật Dân sự 2015»), «không có … nào» instead of «0 …», and no doubled
 * punctuation («….», «..», «; ;»). The check's messages keep their own wording; this is applied
 * only where they are quoted in a report.
 */

const LAW_NAMES = /(?:Luật\s+(?:số\s+)?10\/2022\/QH15|Luật THDCCS|Luật Thực hiện dân chủ ở cơ sở(?: số 10\/2022\/QH15)?)/u;
// One clause or several: «2», «1, 2», «3 đến khoản 6», «1 và 2».
const CLAUSES = String.raw`\d+(?:(?:,\s*|\s+và\s+|\s+đến\s+khoản\s+)\d+)*`;
const COUNTED = '(nội dung|lượt|ý kiến|đợt|trường hợp|việc|công việc|hộ|lỗi)';

/**
 * @example polishCitations('Luật 10/2022/QH15, Điều 13 khoản 2') // 'khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở'
 * @example polishCitations('(Điều 12 khoản 3)') // '(khoản 3 Điều 12)'
 * @example polishCitations('Điều 15 khoản 3 đến khoản 6') // 'khoản 3 đến khoản 6 Điều 15'
 */
export function polishCitations(text: string): string {
  return text
    // «Luật …, Điều 13 khoản 2» → «khoản 2 Điều 13 Luật …»
    .replace(new RegExp(`${LAW_NAMES.source},\\s*Điều\\s+(\\d+)(?:\\s+khoản\\s+(${CLAUSES}))?`, 'gu'),
      (_m, article: string, clause?: string) => `${clause ? `khoản ${clause} ` : ''}Điều ${article} Luật Thực hiện dân chủ ở cơ sở`)
    .replace(new RegExp(`(Bộ luật Dân sự(?: năm)? 2015),?\\s+Điều\\s+(\\d+)(?:\\s+khoản\\s+(${CLAUSES}))?`, 'gu'),
      (_m, code: string, article: string, clause?: string) => `${clause ? `khoản ${clause} ` : ''}Điều ${article} ${code}`)
    .replace(new RegExp(`Điều\\s+(\\d+)\\s+khoản\\s+(${CLAUSES})`, 'gu'), 'khoản $2 Điều $1');
}

/** @example polishText('trong đó 0 nội dung được thông qua….') // 'trong đó không có nội dung nào được thông qua…' */
export function polishText(text: string): string {
  return polishCitations(text)
    .replace(new RegExp(`(^|[\\s(:;,])0 ${COUNTED}(?=[\\s,.;:)]|$)`, 'gu'), '$1không có $2 nào')
    .replace(/…\s*\.+/gu, '…')
    .replace(/\.{2,}(?!\/)/gu, (m) => (m.length >= 3 ? '…' : '.'))
    .replace(/([;,:])\s*\1/gu, '$1')
    .replace(/\s+([,.;:])/gu, '$1');
}

/** Every paragraph of the blocks polished; tables keep their numbers (a 0 in a table is a count). */
export function polishBlocks<B extends ReportBlock>(blocks: readonly B[]): B[] {
  return blocks.map((b) => (b.kind === 'paragraph' && b.role !== 'placeholder' ? { ...b, text: polishText(b.text) } : b));
}
