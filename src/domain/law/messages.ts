import type { MessageFn, MessageParams } from '../messages';

/**
 * Messages of the law's editions and of unit levels (`law/edition.ts`, `units/level.ts`): part of the
 * one message table. A missing parameter reads «…».
 */
const or = (v: MessageParams[string]) => (v === null || v === undefined || v === '' ? '…' : String(v));

export const LAW_MESSAGES: Record<string, MessageFn> = {
  // Luật 97/2025/QH15: two-level local government from 01/07/2025.
  'level-abolished': (p) =>
    `Cấp "${or(p.value)}" không còn từ ngày ${or(p.since)} (chính quyền địa phương hai cấp, Luật số 97/2025/QH15): ` +
    `sổ có sự kiện từ ngày đó, ghi lại «Cấp» là một trong ${or(p.accepted)}; các sự kiện trước ngày ${or(p.since)} vẫn được kiểm tra như cũ`,
};
