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
  // `x % 1 === 0` rather than Number.isInteger: global look-ups are slow in a vm context (see fdiv).
  return typeof y === 'number' && y % 1 === 0 && typeof m === 'number' && m % 1 === 0 && typeof d === 'number' && d % 1 === 0 &&
    m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Builds a LocalDate, or null when the day does not exist (31/02 is not a guess). */
export function makeDate(y: number, m: number, d: number): LocalDate | null {
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

/** Runtime guard: a plain `{y, m, d}` object. */
export function isLocalDate(v: unknown): v is LocalDate {
  // An array has no numeric `y`, so no Array.isArray look-up is needed.
  return typeof v === 'object' && v !== null &&
    typeof (v as LocalDate).y === 'number' && typeof (v as LocalDate).m === 'number' &&
    typeof (v as LocalDate).d === 'number';
}

// Floor division of integers without `Math`: a global look-up is slow where code runs in a `vm`
// context (jest, some add-in sandboxes), and these run for every date cell of every sheet.
const mod = (a: number, b: number) => ((a % b) + b) % b;
const fdiv = (a: number, b: number) => (a - mod(a, b)) / b;

/**
 * Days since 1970-01-01 (proleptic Gregorian), by integer arithmetic only.
 * @example toDayNumber({ y: 1970, m: 1, d: 2 }) // 1
 */
export function toDayNumber(date: LocalDate): number {
  // Howard Hinnant's days_from_civil.
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = fdiv(y, 400);
  const yoe = y - era * 400;
  const mp = (date.m + 9) % 12;
  const doy = fdiv(153 * mp + 2, 5) + date.d - 1;
  const doe = yoe * 365 + fdiv(yoe, 4) - fdiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): LocalDate {
  const z = n + 719468;
  const era = fdiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = fdiv(doe - fdiv(doe, 1460) + fdiv(doe, 36524) - fdiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + fdiv(yoe, 4) - fdiv(yoe, 100));
  const mp = fdiv(5 * doy + 2, 153);
  const d = doy - fdiv(153 * mp + 2, 5) + 1;
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

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number) => (n >= 1000 ? `${n}` : `${n}`.padStart(4, '0'));

/**
 * A day's text, made once per day and format: a checked row writes its dates several times over
 * (explanation, JSON, findings) and a book's rows share few days, so 100,000 rows make some
 * hundreds of strings instead of a million pieces of them. Days of years 1–9999 only, and at
 * most `DAY_TEXTS` of them; any other is made each time.
 */
function dayText(texts: Map<number, string>, date: LocalDate, make: (date: LocalDate) => string): string {
  const { y, m, d } = date;
  if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && y % 1 === 0 && m % 1 === 0 && d % 1 === 0)) return make(date);
  const key = (y * 16 + m) * 32 + d;
  const known = texts.get(key);
  if (known !== undefined) return known;
  const text = make(date);
  if (texts.size < DAY_TEXTS) texts.set(key, text);
  return text;
}

const DAY_TEXTS = 100_000;
const isoTexts = new Map<number, string>();
const viTexts = new Map<number, string>();
const iso = (date: LocalDate) => `${pad4(date.y)}-${pad2(date.m)}-${pad2(date.d)}`;
const vi = (date: LocalDate) => `${pad2(date.d)}/${pad2(date.m)}/${date.y}`;

/** @example formatIso({ y: 2024, m: 3, d: 6 }) // "2024-03-06" */
export function formatIso(date: LocalDate): string {
  return dayText(isoTexts, date, iso);
}

/** @example formatVi({ y: 2024, m: 3, d: 6 }) // "06/03/2024" */
export function formatVi(date: LocalDate): string {
  return dayText(viTexts, date, vi);
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
  return fromDayNumber(serial - mod(serial, 1) - EXCEL_EPOCH_OFFSET);
}

/** Day → Excel serial (1900 system). */
export function toExcelSerial(date: LocalDate): number {
  return toDayNumber(date) + EXCEL_EPOCH_OFFSET;
}
