import { CALENDAR_MESSAGES } from '../../src/domain/calendar/messages';
import { CONSULTATION_MESSAGES } from '../../src/domain/consultations/messages';
import { LAW_MESSAGES } from '../../src/domain/law/messages';
import type { MessageParams } from '../../src/domain/messages';
import { PLAN_MESSAGES } from '../../src/domain/plan/messages';
import { POSTING_MESSAGES } from '../../src/domain/postings/messages';
import { TASK_MESSAGES } from '../../src/domain/tasks/messages';
import { VOTE_MESSAGES } from '../../src/domain/votes/messages';

// Issue 14, item 10: no «null» or «undefined» in any message (a permanent posting once said «ít nhất null ngày»).
const TABLES = { ...POSTING_MESSAGES, ...VOTE_MESSAGES, ...TASK_MESSAGES, ...CONSULTATION_MESSAGES, ...PLAN_MESSAGES, ...CALENDAR_MESSAGES, ...LAW_MESSAGES };

/** Every parameter a message may read is null (a verdict with nothing known), or absent. */
const allNull = new Proxy({}, { get: () => null, has: () => true }) as MessageParams;
const none = {} as MessageParams;

describe('messages never print «null» or «undefined» (issue 14, item 10)', () => {
  it.each(Object.keys(TABLES))('words %s with every parameter null or absent', (code) => {
    for (const params of [allNull, none]) expect(TABLES[code](params)).not.toMatch(/\bnull\b|\bundefined\b|NaN|\$\{/);
  });
});
