import { linkFeedback } from '../../../src/domain/consultations/linkFeedback';
import { CONSULTATION_MESSAGES } from '../../../src/domain/consultations/messages';
import { consultation, feedbackRow } from './fixtures';

const cols = { consultation: 'Mã đợt', feedback: 'Mã đợt' };

describe('linkFeedback', () => {
  const two = [consultation({ row: 4, id: 'YK01' }), consultation({ row: 5, id: 'Đợt 2' })];

  it('gives a blank Mã đợt to the only consultation', () => {
    const r = linkFeedback([consultation({ id: null })], [feedbackRow({ consultationId: null })], cols);
    expect(r).toEqual({ links: [0], issues: [] });
  });

  it('matches codes without regard to case, accents or spacing', () => {
    const r = linkFeedback(two, [feedbackRow({ consultationId: 'dot  2' }), feedbackRow({ consultationId: 'yk01' })], cols);
    expect(r).toEqual({ links: [1, 0], issues: [] });
  });

  it('refuses a blank Mã đợt when there are several consultations, naming the row', () => {
    const r = linkFeedback(two, [feedbackRow({ row: 7, consultationId: null })], cols);
    expect(r.links).toEqual([null]);
    expect(r.issues).toEqual([{ code: 'feedback-consultation-blank', severity: 'error', sheet: 'Ý kiến', row: 7, column: 'Mã đợt',
      params: { count: 2, known: 'YK01, Đợt 2' } }]);
  });

  it('refuses an unknown code and lists the known ones', () => {
    const r = linkFeedback(two, [feedbackRow({ row: 8, consultationId: 'YK09' })], cols);
    expect(r.links).toEqual([null]);
    expect(CONSULTATION_MESSAGES[r.issues[0].code]({ ...r.issues[0].params, value: r.issues[0].value }))
      .toBe('Mã đợt "YK09" không có ở sheet Lấy ý kiến. Các mã đợt: YK01, Đợt 2');
  });

  it('keeps codes apart that differ only in brackets', () => {
    const r = linkFeedback([consultation({ id: 'Đợt (1)' }), consultation({ row: 5, id: 'Đợt (2)' })], [feedbackRow({ consultationId: 'Đợt (2)' })], cols);
    expect(r).toEqual({ links: [1], issues: [] });
  });

  it('reports a duplicate code and a consultation without a code among several', () => {
    const r = linkFeedback([...two, consultation({ row: 6, id: 'yk01' }), consultation({ row: 7, id: null })], [feedbackRow()], cols);
    expect(r.links).toEqual([0]);
    expect(r.issues.map((i) => [i.code, i.row, i.severity])).toEqual([
      ['consultation-id-duplicate', 6, 'error'], ['consultation-id-missing', 7, 'warning'],
    ]);
  });
});

describe('CONSULTATION_MESSAGES', () => {
  it('words every code without a placeholder, whatever is missing', () => {
    for (const [code, make] of Object.entries(CONSULTATION_MESSAGES)) {
      expect([code, /undefined|null|NaN|\$\{/.test(make({}))]).toEqual([code, false]);
    }
  });

  it('cites an article in every finding', () => {
    for (const [code, make] of Object.entries(CONSULTATION_MESSAGES)) {
      if (code.startsWith('YK_')) expect([code, /Điều \d+/.test(make({}))]).toEqual([code, true]);
    }
  });
});
