import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  // dt/dd pairs wrapped in a div (valid in a dl) that the grid sees through.
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

export interface FactListProps {
  readonly facts: readonly (readonly [string, string | number])[];
  /** Values in semibold (the check's summary) or plain (the days-off list). */
  readonly strong?: boolean;
}

/** Term–value pairs as a two-column description list; `data-fact` names each value for tests. */
export function FactList({ facts, strong = false }: FactListProps) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={mergeClasses(styles.value, strong && styles.strong)} data-fact={term}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
