import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartGroup } from './actions';

/**
 * Compliance by content group as an SVG bar chart: the same picture as the native chart on
 * `Tổng hợp`, drawn here too so it shows where Excel draws none (the .xlsx written outside Excel).
 * Pure: no chart library, no measuring; a group with nothing judged shows «—», not 0 %.
 */
export interface ComplianceChartProps {
  readonly chart: readonly ChartGroup[];
  readonly title?: string;
  readonly emptyText?: string;
}

const WIDTH = 320;
const BAR_MAX = 220;
const ROW = 38;

/** @example complianceText({ label: 'Ngân sách', met: 3, total: 4 }) // "75% (3/4)"  @example complianceText({ label: 'X', met: 0, total: 0 }) // "—" */
export function complianceText({ met, total }: ChartGroup): string {
  return total > 0 ? `${Math.round((met / total) * 100)}% (${met}/${total})` : '—';
}

/** Bar length in the chart's units: proportional to met/total, 0 when nothing was judged. */
export function barWidth({ met, total }: ChartGroup): number {
  return total > 0 ? (Math.min(met, total) / total) * BAR_MAX : 0;
}

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold },
  svg: { width: '100%', maxWidth: `${WIDTH}px`, height: 'auto' },
});

export function ComplianceChart({ chart, title = 'Tỷ lệ nội dung công khai đạt yêu cầu, theo nhóm', emptyText = 'Chưa có số liệu.' }: ComplianceChartProps) {
  const styles = useStyles();
  const height = Math.max(1, chart.length) * ROW + 4;
  const summary = chart.map((g) => `${g.label}: ${complianceText(g)}`).join('; ');
  // The title shows above the chart too, not only to screen readers.
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} aria-hidden>{title}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}. ${summary || emptyText}`}>
        <title>{title}</title>
        {chart.length === 0 && <text x={0} y={16} fontSize={12} fill={tokens.colorNeutralForeground3}>{emptyText}</text>}
        {chart.map((g, i) => {
          const y = i * ROW;
          const w = barWidth(g);
          return (
            <g key={g.label} data-group={g.label}>
              <title>{`${g.label}: ${complianceText(g)}`}</title>
              <text x={0} y={y + 12} fontSize={12} fill={tokens.colorNeutralForeground1}>{g.label}</text>
              <rect x={0} y={y + 17} width={BAR_MAX} height={14} fill={tokens.colorNeutralBackground3} />
              <rect data-bar x={0} y={y + 17} width={w} height={14} fill={tokens.colorBrandBackground} />
              <text x={BAR_MAX + 6} y={y + 28} fontSize={11} fill={tokens.colorNeutralForeground2}>{complianceText(g)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
