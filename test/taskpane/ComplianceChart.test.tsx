/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { barWidth, ComplianceChart, complianceText } from '../../src/taskpane/ComplianceChart';
import { renderInFluent } from './render';

const chart = [
  { label: 'Ngân sách', met: 3, total: 4 },
  { label: 'Đất đai', met: 1, total: 4 },
  { label: 'Quy hoạch', met: 2, total: 2 },
  { label: 'Khác', met: 0, total: 0 },
];

describe('ComplianceChart', () => {
  it('draws bars in proportion to the share met, and nothing for a group with nothing judged', () => {
    const { container } = renderInFluent(<ComplianceChart chart={chart} />);
    const widths = [...container.querySelectorAll('rect[data-bar]')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(4);
    expect(widths[0] / widths[2]).toBeCloseTo(0.75);
    expect(widths[1] / widths[2]).toBeCloseTo(0.25);
    expect(widths[3]).toBe(0);
  });

  it('labels each bar with its group and its percentage, «—» for 0/0', () => {
    const { container } = renderInFluent(<ComplianceChart chart={chart} />);
    const texts = [...container.querySelectorAll('g[data-group] > text')].map((t) => t.textContent);
    expect(texts).toEqual(['Ngân sách', '75% (3/4)', 'Đất đai', '25% (1/4)', 'Quy hoạch', '100% (2/2)', 'Khác', '—']);
  });

  it('is an image with a title and a label that reads out every value', () => {
    renderInFluent(<ComplianceChart chart={chart} />);
    const img = screen.getByRole('img');
    expect(img.querySelector('title')?.textContent).toBe('Tỷ lệ nội dung công khai đạt yêu cầu, theo nhóm');
    expect(img.getAttribute('aria-label')).toContain('Ngân sách: 75% (3/4); Đất đai: 25% (1/4)');
    expect(img.getAttribute('aria-label')).toContain('Khác: —');
  });

  it('says there is no data rather than drawing an empty frame', () => {
    renderInFluent(<ComplianceChart chart={[]} />);
    expect(screen.getByRole('img').textContent).toContain('Chưa có số liệu.');
  });

  it('never draws past the track when more met than were judged (bad data upstream)', () => {
    expect(barWidth({ label: 'x', met: 5, total: 4 })).toBe(barWidth({ label: 'y', met: 4, total: 4 }));
    expect(complianceText({ label: 'x', met: 1, total: 3 })).toBe('33% (1/3)');
  });
});
