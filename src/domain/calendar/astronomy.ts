/**
 * The two astronomical quantities the Vietnamese lunar calendar needs, after Hồ Ngọc Đức's
 * published algorithm ("Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/),
 * which takes them from Jean Meeus, *Astronomical Algorithms* (1998):
 *
 * - the moment of the k-th new moon, by Meeus' truncated periodic series (ch. 49 in its older
 *   form) with a polynomial ΔT correction (TT → UT);
 * - the apparent longitude of the sun, by the low-precision solar theory (ch. 25, ~0.01°).
 *
 * Everything here is arithmetic on Julian day numbers (JDN: the day that begins at noon UT), no
 * `Date` and no time zone of the machine: the calendar's zone is an argument in hours (+7 for
 * Việt Nam, meridian 105°E).
 *
 * Precision: the new-moon series is good to a few minutes over 1900–2199, the solar longitude to
 * about 0.01° (some 15 minutes of time at a solar term). A new moon or a major solar term that
 * falls within that margin of local midnight may land on the neighbouring day — exactly the cases
 * where the official calendar, computed with a full ephemeris, could disagree.
 */

const DEG = Math.PI / 180;

/** JDN of 1970-01-01 (day number 0 of `localDate.ts`). */
export const JDN_OF_DAY_ZERO = 2440588;

/** Mean synodic month in days (Meeus). */
export const SYNODIC_MONTH = 29.530588853;

/** Julian day (TT-corrected to UT) of the first new moon of 1900 (k = 0), as in Hồ Ngọc Đức's code. */
export const NEW_MOON_EPOCH = 2415021.076998695;

/**
 * Moment of the k-th new moon after 1900-01-01 as a Julian day in UT (fractional).
 * @example newMoonJd(0) // ≈ 2415021.08: the new moon of 1900-01-01, 13:51 UT
 */
export function newMoonJd(k: number): number {
  const T = k / 1236.85; // Julian centuries from 1900-01-0.5
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * DEG; // sun's mean anomaly
  const Mpr = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * DEG; // moon's mean anomaly
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * DEG; // moon's argument of latitude
  const c =
    (0.1734 - 0.000393 * T) * Math.sin(M) + 0.0021 * Math.sin(2 * M)
    - 0.4068 * Math.sin(Mpr) + 0.0161 * Math.sin(2 * Mpr) - 0.0004 * Math.sin(3 * Mpr)
    + 0.0104 * Math.sin(2 * F) - 0.0051 * Math.sin(M + Mpr) - 0.0074 * Math.sin(M - Mpr)
    + 0.0004 * Math.sin(2 * F + M) - 0.0004 * Math.sin(2 * F - M) - 0.0006 * Math.sin(2 * F + Mpr)
    + 0.0010 * Math.sin(2 * F - Mpr) + 0.0005 * Math.sin(2 * Mpr + M);
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/**
 * JDN of the local day on which the k-th new moon falls, in a zone `tz` hours east of Greenwich.
 * @example newMoonDay(1510, 7) // 2459612: 2022-02-01, Tết Nhâm Dần
 */
export function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + tz / 24);
}

/**
 * Apparent longitude of the sun in radians, [0, 2π), at Julian day `jd` (UT).
 * @example sunLongitude(2451545) // ≈ 4.894 (280.4°, 2000-01-01 at noon UT)
 */
export function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525; // Julian centuries from J2000.0
  const T2 = T * T;
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * DEG;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const C = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M)
    + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.00029 * Math.sin(3 * M);
  const L = (L0 + C) * DEG;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/**
 * Which 30° sector (0–11) the sun is in at the local midnight that starts day `jdn`; sector 9
 * begins at the winter solstice (270°). A month whose first day and the next month's first day lie
 * in the same sector contains no major solar term (trung khí).
 * @example sunSector(2460302, 7) // 9: 2023-12-23 starts after the solstice (22/12, 10:27 UTC+7)
 */
export function sunSector(jdn: number, tz: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}
