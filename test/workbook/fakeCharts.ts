import type { FakeContext } from './fakeContext';
import { fakeError, type FakeChart, type FakeSheet } from './fakeModel';
import { blockAddress, FakeRange, parseAddress } from './fakeRange';

/**
 * Charts and manual page breaks of a fake worksheet. Every call is a queued action (so the
 * request's size counts toward the payload); the results land in the sheet's model.
 * Strict where Excel's documentation is silent: a chart type outside the list, data that is not a
 * range with a header row and a category column, or a position whose end is above or left of its
 * start fail the sync; a page break above row 1 or twice on one row fails too.
 */
const CHART_TYPES = ['ColumnClustered', 'BarClustered', 'ColumnStacked', 'BarStacked', 'Line', 'Pie'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];

type Act = (request: Record<string, unknown>, run: (s: FakeSheet) => void) => void;

export function fakeCharts(act: Act) {
  return {
    add(type: string, source: FakeRange, seriesBy = 'Auto') {
      let chart: FakeChart | null = null;
      const target = () => {
        if (!chart) throw fakeError('ItemNotFound', 'chart: its add failed');
        return chart;
      };
      act({ call: 'charts.add', args: [type, 'range', seriesBy] }, (s) => {
        if (!CHART_TYPES.includes(type) || !SERIES_BY.includes(seriesBy)) throw fakeError('InvalidArgument', `chart ${type} by ${seriesBy}`);
        if (!(source instanceof FakeRange)) throw fakeError('InvalidArgument', 'chart data must be a Range');
        const b = source.resolved(true)!;
        if (b.row2 - b.row < 1 || b.col2 - b.col < 1) throw fakeError('InvalidArgument', `chart data ${blockAddress(b)}: header row and category column needed`);
        chart = { type, source: blockAddress(b), seriesBy };
        s.charts.push(chart);
      });
      return {
        title: {
          set text(text: string) { act({ set: 'chart.title.text', value: text }, () => { target().title = text; }); },
          get text(): string { throw fakeError('PropertyNotLoaded', 'chart.title.text'); },
        },
        setPosition(start: string, end?: string) {
          act({ call: 'chart.setPosition', args: [start, end] }, (s) => {
            const a = parseAddress(s, start), z = parseAddress(s, end ?? start);
            if (z.row < a.row || z.col < a.col) throw fakeError('InvalidArgument', `setPosition(${start}, ${end})`);
            target().position = { start, end: end ?? start };
          });
        },
      };
    },
  };
}

export function fakePageBreaks(context: FakeContext, act: Act) {
  context.requireApi(9, 'Worksheet.horizontalPageBreaks');
  return {
    add(range: string | FakeRange) {
      act({ call: 'horizontalPageBreaks.add', args: [typeof range === 'string' ? range : 'range'] }, (s) => {
        const row = typeof range === 'string' ? parseAddress(s, range).row : range.resolved(true)!.row;
        if (row <= 1 || s.pageBreaks.includes(row)) throw fakeError('InvalidArgument', `page break before row ${row}`);
        s.pageBreaks.push(row);
        s.pageBreaks.sort((x, y) => x - y);
      });
    },
  };
}
