import { issueMessage } from '../../../src/domain/messages';
import { levelExistsOn, levelIssue, superiorLabelOn, superiorLevelOn, unitKind } from '../../../src/domain/units/level';
import { LEVELS, matchVocabulary } from '../../../src/domain/vocabulary';

// Issue 14, item 7: two-level local government from 01/07/2025 (Luật 97/2025/QH15; RULES.md, corrections).
const at = { sheet: 'Thông tin', row: 3 };

describe('unit levels under Luật 97/2025/QH15 (no district level from 01/07/2025)', () => {
  it.each(['xã', 'phường', 'đặc khu'])('accepts «%s» at any date', (label) => {
    const id = matchVocabulary(LEVELS, label)!;
    expect(levelIssue(id, { y: 2026, m: 3, d: 1 }, at)).toBeNull();
  });
  it.each([['huyện', 'district'], ['thị trấn', 'township'], ['thị xã', 'district-town']] as const)(
    'accepts «%s» for events before 01/07/2025 and warns after (Luật 97/2025/QH15)', (label, id) => {
      expect(matchVocabulary(LEVELS, label)).toBe(id);
      expect(levelExistsOn(id, { y: 2025, m: 6, d: 30 })).toBe(true);
      expect(levelIssue(id, { y: 2025, m: 6, d: 30 }, at)).toBeNull();
      const issue = levelIssue(id, { y: 2025, m: 7, d: 1 }, at)!;
      expect(issue).toMatchObject({ code: 'level-abolished', severity: 'warning', column: 'Cấp', value: label });
      expect(issueMessage(issue)).toBe(
        `Cấp "${label}" không còn từ ngày 01/07/2025 (chính quyền địa phương hai cấp, Luật số 97/2025/QH15): sổ có sự kiện từ ngày đó, ` +
        'ghi lại «Cấp» là một trong xã, phường, đặc khu; các sự kiện trước ngày 01/07/2025 vẫn được kiểm tra như cũ (sheet Thông tin, dòng 3, cột Cấp)');
    });
  it('names the province as the level above a commune from 01/07/2025, the district before', () => {
    expect(superiorLevelOn({ y: 2025, m: 6, d: 30 })).toBe('district');
    expect(superiorLevelOn({ y: 2025, m: 7, d: 1 })).toBe('province');
    expect(superiorLabelOn({ y: 2026, m: 1, d: 15 })).toBe('Ủy ban nhân dân tỉnh');
  });
  it('answers a cơ quan and a đơn vị sự nghiệp to the agency rules (Chương IV), every commune level and a blank one to the commune rules', () => {
    expect(LEVELS.entries.map((e) => [e.id, unitKind(e.id)]).filter(([, k]) => k === 'agency').map(([id]) => id)).toEqual(['agency', 'public-service-unit']);
    expect([unitKind('ward'), unitKind('special-zone'), unitKind(null)]).toEqual(['commune', 'commune', 'commune']);
  });
});
