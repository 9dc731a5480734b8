/** Types for scripts/start.js (plain CommonJS so `npm start` needs no build), for its tests. */
export interface FindExcelOptions {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  regQuery?: (key: string) => string | null;
}
export function findExcel(options?: FindExcelOptions): string | null;
export function parseRegDefault(stdout: string | null): string | null;
