import type { VoteThreshold } from './types';

/**
 * Exact tallies of Luật 10/2022/QH15, Điều 21 khoản 1: "từ hai phần ba tổng số đại diện hộ gia đình
 * trở lên" for Điều 15 khoản 1–2, "trên 50% tổng số đại diện hộ gia đình" for khoản 3–6. The base is
 * every household of the thôn/tổ dân phố, not those present. Integer arithmetic in BigInt, so a
 * count past 2^53 / 3 cannot round the verdict; no floating point decides anything.
 */

/**
 * Whether `agree` of `households` passes: `3·agree ≥ 2·households` or `2·agree > households`.
 * @example isPassed('2/3', 80, 120) // true
 * @example isPassed('2/3', 79, 120) // false
 * @example isPassed('>50%', 60, 120) // false: exactly half is not "trên 50%"
 */
export function isPassed(threshold: VoteThreshold, agree: number, households: number): boolean {
  const a = BigInt(agree);
  const h = BigInt(households);
  return threshold === '2/3' ? 3n * a >= 2n * h : 2n * a > h;
}

/**
 * The fewest agreeing households that pass: ⌈2h/3⌉, or ⌊h/2⌋ + 1.
 * @example neededToPass('2/3', 100) // 67
 * @example neededToPass('>50%', 120) // 61
 */
export function neededToPass(threshold: VoteThreshold, households: number): number {
  const h = BigInt(households);
  return Number(threshold === '2/3' ? (2n * h + 2n) / 3n : h / 2n + 1n);
}

/**
 * `part / whole` as a percentage with one decimal and a decimal comma, rounded half up — for display
 * only, beside the exact fraction (80/120 shows 66,7% and passes 2/3; the verdict never reads this).
 * @example percentText(85, 120) // "70,8%"
 * @example percentText(0, 0) // "—"
 */
export function percentText(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = BigInt(part);
  const w = BigInt(whole);
  const tenths = (2000n * p + w) / (2n * w); // round(1000·p / w)
  return `${tenths / 10n},${tenths % 10n}%`;
}
