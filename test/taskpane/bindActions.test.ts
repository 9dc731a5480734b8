import { checkAndWriteFindings } from '../../src/app/check/check';
import { goToRow } from '../../src/app/check/goToRow';
import { writeReports } from '../../src/app/report/report';
import { createTemplate } from '../../src/app/template/template';
import { bindActions } from '../../src/taskpane/bindActions';
import type { WorkbookHost } from '../../src/workbook/port';

jest.mock('../../src/app/check/check', () => ({
  checkAndWriteFindings: jest.fn(() => Promise.resolve({ report: {}, issues: [], write: { written: ['KQ Kiểm tra'], skipped: [], skippedFeatures: [] } })),
}));
jest.mock('../../src/app/check/complianceByGroup', () => ({ complianceByGroup: jest.fn(() => [{ label: 'Ngân sách', met: 1, total: 2 }]) }));
jest.mock('../../src/app/check/goToRow', () => ({ goToRow: jest.fn(() => Promise.resolve()) }));
jest.mock('../../src/app/report/report', () => ({ writeReports: jest.fn(() => Promise.resolve({ written: ['Báo cáo'], renamed: [] })) }));
jest.mock('../../src/app/template/template', () => ({ createTemplate: jest.fn(() => Promise.resolve({ written: ['Thông tin'], skipped: [], skippedFeatures: [] })) }));

const host = {} as WorkbookHost;

describe('bindActions', () => {
  beforeEach(() => jest.clearAllMocks());

  it('checks on a fresh host with the as-of date, the progress listener and today read at run time', async () => {
    const makeHost = jest.fn(() => host);
    let day = 5;
    const actions = bindActions(makeHost, () => ({ y: 2024, m: 3, d: day }));
    const onProgress = jest.fn();
    day = 6; // the pane stayed open past midnight
    const result = await actions.check({ asOf: { y: 2024, m: 1, d: 31 }, onProgress });
    expect(makeHost).toHaveBeenCalledTimes(1);
    expect(checkAndWriteFindings).toHaveBeenCalledWith(host, {
      today: { y: 2024, m: 3, d: 6 }, asOf: { y: 2024, m: 1, d: 31 }, onProgress,
    });
    expect(result.skippedFeatures).toEqual([]);
    expect(result.chart).toEqual([{ label: 'Ngân sách', met: 1, total: 2 }]);
  });

  it('makes the reports on a fresh host with the quarter asked for and today read at run time', async () => {
    const actions = bindActions(() => host, () => ({ y: 2024, m: 3, d: 20 }));
    const onProgress = jest.fn();
    const result = await actions.makeReports({ quarter: { year: 2024, quarter: 1 }, onProgress });
    expect(writeReports).toHaveBeenCalledWith(host, { today: { y: 2024, m: 3, d: 20 }, asOf: undefined, quarter: { year: 2024, quarter: 1 }, onProgress });
    expect(onProgress).toHaveBeenCalledWith(0, 'Đang tải chức năng lập báo cáo…');
    expect(result.written).toEqual(['Báo cáo']);
  });

  it('creates the template with the year and unit as given', async () => {
    const actions = bindActions(() => host, () => ({ y: 2024, m: 3, d: 6 }));
    await expect(actions.createTemplate({ year: 2025, unit: '' }))
      .resolves.toEqual({ written: ['Thông tin'], skipped: [], skippedFeatures: [] });
    expect(createTemplate).toHaveBeenCalledWith(host, { year: 2025, unit: '' });
  });

  it('passes on the formatting the run\'s own write says it left out', async () => {
    const skippedFeatures = [{ sheet: 'Công khai', feature: 'dataValidation' as const, requirement: 'ExcelApi 1.8' }];
    jest.mocked(createTemplate).mockResolvedValueOnce({ written: ['Công khai'], skipped: [], skippedFeatures });
    jest.mocked(checkAndWriteFindings).mockResolvedValueOnce({ report: {}, issues: [], write: { written: ['KQ Kiểm tra'], skipped: [], skippedFeatures } } as never);
    const actions = bindActions(() => host, () => ({ y: 2024, m: 3, d: 6 }));
    expect((await actions.createTemplate({ year: 2025, unit: '' })).skippedFeatures).toBe(skippedFeatures);
    expect((await actions.check({ onProgress: jest.fn() })).skippedFeatures).toBe(skippedFeatures);
  });

  it('goes to a row on a fresh host each time (the user may have changed sheets since the check)', async () => {
    const makeHost = jest.fn(() => host);
    const actions = bindActions(makeHost, () => ({ y: 2024, m: 3, d: 6 }));
    await actions.goToRow('Công khai', 7);
    await actions.goToRow('Công khai', 9);
    expect(makeHost).toHaveBeenCalledTimes(2);
    expect(goToRow).toHaveBeenLastCalledWith(host, 'Công khai', 9);
  });
});
