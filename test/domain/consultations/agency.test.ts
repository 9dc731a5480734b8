import { checkConsultation } from '../../../src/domain/consultations/checkConsultation';
import { synthesisDeadline } from '../../../src/domain/consultations/synthesisDeadline';
import { resolveRules } from '../../../src/domain/rules/resolve';
import { buildWorkCalendar } from '../../../src/domain/calendar/workingDays';
import { consultation, day, text } from './fixtures';

// Issue 14, item 4: agencies are not communes (RULES.md, corrections).
const calendar = buildWorkCalendar();
function judge(unit: 'commune' | 'agency', overrides: { id: string; value: number; row: number }[] = []) {
  const c = consultation({ from: '2024-03-01', to: '2024-03-11', resultPublished: '2024-03-15' });
  const opts = { asOf: day('2024-04-01'), reportYear: 2024, unit, rules: resolveRules(overrides, 'Quy định').rules, calendar };
  return checkConsultation(c, synthesisDeadline(c, 2024, calendar), [], [], opts);
}

describe('the consultation window of an agency (Luật 10/2022/QH15, Điều 28 khoản 2 binds UBND cấp xã; Điều 53–55)', () => {
  it('holds a commune to Điều 28 khoản 2’s 20 days: 10 days are short', () => {
    const r = judge('commune');
    expect([r.status, r.requiredDays]).toEqual(['short', 20]);
  });
  it('applies no minimum to a cơ quan or đơn vị sự nghiệp without a Quy định number', () => {
    const r = judge('agency');
    expect([r.status, r.requiredDays, r.findings.filter((f) => f.code.startsWith('YK_THOI_GIAN'))]).toEqual(['met', null, []]);
  });
  it('applies the agency’s own minimum from the Quy định sheet (CQ_LAY_Y_KIEN), and says the law sets none', () => {
    const r = judge('agency', [{ id: 'CQ_LAY_Y_KIEN', value: 15, row: 6 }]);
    expect([r.status, r.requiredDays]).toEqual(['short', 15]);
    expect(r.findings[0]).toMatchObject({ rule: 'CQ_LAY_Y_KIEN', code: 'YK_THOI_GIAN.short' });
    expect(text(r.findings[0])).toContain('theo sheet Quy định (CQ_LAY_Y_KIEN) cần ít nhất 15 ngày; luật không quy định cho cơ quan, đơn vị');
  });
});
