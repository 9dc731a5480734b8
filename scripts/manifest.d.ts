/** Types for scripts/manifest.js (plain CommonJS: webpack.config.js requires it), for its tests. */
export const DEV_ORIGIN: string;
export function originFrom(value: string): string;
export function manifestFor(xml: string, origin: string): string;
