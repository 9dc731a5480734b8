import { makeDate } from '../calendar/localDate';
import { fold } from '../text/normalize';
import type { PlanLine } from './planLines';
import type { PlanMeta } from './types';

/**
 * The plan's metadata from its first lines (Nghị định 30/2020/NĐ-CP layout): `Số: 52/KH-UBND`,
 * the dateline `An Thượng, ngày 14 tháng 3 năm 2024`, the word KẾ HOẠCH and the title under it,
 * and the issuing unit (the header block, or the sentence `UBND xã … xây dựng/ban hành Kế hoạch`).
 * What the text does not say stays null.
 */

const LEVEL = String.raw`(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)`;
const NAME = String.raw`(?:\p{Lu}[\p{L}\d]*)(?:[ -]+(?:\p{Lu}[\p{L}\d]*|\d+))*`;
const UNIT_SENTENCE = new RegExp(String.raw`((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+${LEVEL}\s+${NAME})\s+(?:xây dựng|ban hành|lập|triển khai)\b`, 'u');
const UNIT_HEADER = new RegExp(String.raw`^((?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s+.+)$`, 'iu');
const DATELINE = /^([^,]{2,40}),\s*ngày\s*([\d.…_ ]*?)\s*tháng\s*(\d{1,2}|[.…_ ]*)\s*năm\s*(\d{4})\b/iu;

const isPlanWord = (line: PlanLine) => fold(line.text) === 'ke hoach';

function titleAfter(lines: readonly PlanLine[], at: number): string | null {
  const parts: string[] = [];
  let previous = lines[at].no;
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (parts.length > 0 && line.no > previous + 1) break; // a blank line ends the title
    if (line.heading || /^(?:căn cứ|thực hiện (?:luật|kế hoạch|công văn|quyết định|chỉ thị|nghị quyết))/iu.test(line.text) && parts.length > 0) break;
    parts.push(line.text);
    previous = line.no;
    if (parts.length >= 4) break;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * @example readPlanMeta(splitPlanLines("Số: 12/KH-UBND\nAn Thượng, ngày 14 tháng 3 năm 2024\nKẾ HOẠCH\nLấy ý kiến")).date // { y: 2024, m: 3, d: 14 }
 */
export function readPlanMeta(lines: readonly PlanLine[]): PlanMeta {
  const planAt = lines.findIndex(isPlanWord);
  const head = lines.slice(0, planAt >= 0 ? planAt : Math.min(lines.length, 8));
  let number: string | null = null;
  let place: string | null = null;
  let date: PlanMeta['date'] = null;
  let year: number | null = null;
  let unit: string | null = null;
  for (const line of head) {
    const n = /^Số\s*:?\s*(\S.*)$/iu.exec(line.text);
    if (n && number === null) number = n[1].trim();
    const d = DATELINE.exec(line.text);
    if (d && year === null) {
      place = d[1].trim();
      year = Number(d[4]);
      const day = /\d+/.exec(d[2])?.[0];
      const month = /^\d+$/.test(d[3].trim()) ? Number(d[3]) : null;
      date = day && month ? makeDate(year, month, Number(day)) : null;
    }
    const u = UNIT_HEADER.exec(line.text);
    if (u && unit === null) unit = u[1].trim();
  }
  const title = planAt >= 0 ? titleAfter(lines, planAt) : null;
  if (year === null && title) {
    const y = /năm (\d{4})\b/u.exec(title);
    if (y) year = Number(y[1]);
  }
  if (unit === null) {
    for (const line of lines.slice(0, 60)) {
      const m = UNIT_SENTENCE.exec(line.text);
      if (m) { unit = m[1].replace(/^Uỷ/u, 'Ủy'); break; }
    }
  }
  return { number, unit, place, date, year, title };
}
