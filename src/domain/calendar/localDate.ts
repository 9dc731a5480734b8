/**
 * A calendar day with no time and no time zone. Every date in the core is one of these
 * (or its day number); a JS `Date` never crosses into `domain/`.
 */
export interface LocalDate {
  readonly y: number;
  readonly m: number; // 1–12
  readonly d: number; // 1–31
}

/** Days in month `m` (1–12) of year `y`, Gregorian. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True when y/m/d names a real Gregorian day. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Builds a LocalDate, or null when the day does not exist (31/02 is not a guess). */
export function makeDate(y: number, m: number, d: number): LocalDate | null {
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** Runtime guard: a plain `{y, m, d}` object. */
export function isLocalDate(v: unknown): v is LocalDate {
  return typeof v === 'object' && v !== null && !Array.isArray(v) &&
    typeof (v as LocalDate).y === 'number' && typeof (v as LocalDate).m === 'number' &&
    typeof (v as LocalDate).d === 'number';
}

/**
 * Days since 1970-01-01 (proleptic Gregorian), by integer arithmetic only.
 * @example toDayNumber({ y: 1970, m: 1, d: 2 }) // 1
 */
export function toDayNumber(date: LocalDate): number {
  // Howard Hinnant's days_from_civil.
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): LocalDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** @example addDays({ y: 2024, m: 2, d: 28 }, 2) // { y: 2024, m: 3, d: 1 } */
export function addDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function diffDays(b: LocalDate, a: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** @example formatIso({ y: 2024, m: 3, d: 6 }) // "2024-03-06" */
export function formatIso(date: LocalDate): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** @example formatVi({ y: 2024, m: 3, d: 6 }) // "06/03/2024" */
export function formatVi(date: LocalDate): string {
  return `${pad(date.d)}/${pad(date.m)}/${date.y}`;
}

/** Parses exactly `YYYY-MM-DD`; null for anything else or an impossible day. */
export function parseIso(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// Excel's serial 25569 is 1970-01-01 (1900 date system, with Lotus's phantom 29/02/1900 before serial 61).
const EXCEL_EPOCH_OFFSET = 25569;

/** Excel serial (1900 system) → day; the fraction (time of day) is dropped. */
export function fromExcelSerial(serial: number): LocalDate {
  return fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
}

/** Day → Excel serial (1900 system). */
export function toExcelSerial(date: LocalDate): number {
  return toDayNumber(date) + EXCEL_EPOCH_OFFSET;
}
