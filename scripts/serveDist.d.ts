/** Types for scripts/serveDist.js (plain CommonJS, used by `npm start` and the browser tests). */
import type { Server } from 'node:http';
export function serveDist(options: { root: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
export function resolveRequest(root: string, urlPath: string): string | null;
