import type { LocalDate } from '../domain/calendar/localDate';

export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** @example quarterOfDate({ y: 2024, m: 5, d: 2 }) // { year: 2024, quarter: 2 } */
export function quarterOfDate(date: LocalDate): Quarter {
  return { year: date.y, quarter: (Math.floor((date.m - 1) / 3) + 1) as Quarter['quarter'] };
}

/** @example quarterLabel({ year: 2024, quarter: 2 }) // "Quý II/2024" */
export function quarterLabel(q: Quarter): string {
  return `Quý ${['I', 'II', 'III', 'IV'][q.quarter - 1]}/${q.year}`;
}

/** @example quarterKey({ year: 2024, quarter: 2 }) // "2024-2" */
export function quarterKey(q: Quarter): string {
  return `${q.year}-${q.quarter}`;
}

export function parseQuarterKey(key: string): Quarter | null {
  const m = /^(\d{4})-([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter['quarter'] } : null;
}

/**
 * The quarters offered for the quarterly list: the reference date's quarter and the seven before
 * it, newest first (the list is posted for the quarter just ended, or kept up during the current one).
 */
export function recentQuarters(date: LocalDate, count = 8): Quarter[] {
  const start = quarterOfDate(date);
  return Array.from({ length: count }, (_, i) => {
    const index = start.year * 4 + (start.quarter - 1) - i;
    return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] };
  });
}
