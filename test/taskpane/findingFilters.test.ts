import { filterGroups, filterOptions, groupFindings, INPUT_RULE, NO_FILTER } from '../../src/taskpane/findingGroups';

const groups = groupFindings([
  { sheet: 'Công khai', row: 7, rule: 'CK_NIEM_YET', severity: 'error', message: 'a' },
  { sheet: 'Công khai', row: 9, rule: 'CK_THOI_DIEM', severity: 'warning', message: 'b' },
  { sheet: 'Biểu quyết', row: 3, rule: 'BQ_QUA_NUA', severity: 'info', message: 'c' },
], [{ sheet: 'Kế hoạch', row: 4, column: 'Thời hạn', value: 'x', message: 'd' }]);

const lines = (filtered: ReturnType<typeof filterGroups>) => filtered.flatMap((g) => g.items.map((i) => `${g.sheet}:${i.row}`));

describe('filterGroups', () => {
  it('lets everything through with no filter', () => {
    expect(lines(filterGroups(groups, NO_FILTER))).toEqual(['Công khai:7', 'Công khai:9', 'Biểu quyết:3', 'Kế hoạch:4']);
  });

  it('keeps the lines passing every filter and drops sheets left empty', () => {
    expect(lines(filterGroups(groups, { ...NO_FILTER, severity: 'error' }))).toEqual(['Công khai:7', 'Kế hoạch:4']);
    expect(lines(filterGroups(groups, { ...NO_FILTER, rule: INPUT_RULE }))).toEqual(['Kế hoạch:4']);
    expect(lines(filterGroups(groups, { severity: 'error', rule: '', sheet: 'Công khai' }))).toEqual(['Công khai:7']);
    expect(lines(filterGroups(groups, { severity: 'info', rule: 'CK_NIEM_YET', sheet: '' }))).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('offers only what occurs: severities worst first, rules sorted, sheets in list order', () => {
    expect(filterOptions(groups)).toEqual({
      severities: ['error', 'warning', 'info'],
      rules: ['BQ_QUA_NUA', 'CK_NIEM_YET', 'CK_THOI_DIEM', INPUT_RULE],
      sheets: ['Công khai', 'Biểu quyết', 'Kế hoạch'],
    });
  });
});
