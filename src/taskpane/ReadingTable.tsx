import { Checkbox, Field, Input, makeStyles, Select, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { columnLetter } from '../app/check';
import { TABLE_KINDS, type ColumnReading, type Reading, type TableKind, type TableReading } from '../sheets/reading/types';
import { useStrings } from './i18n';
import {
  defaultableColumns, meaningsOf, setColumnMeaning, setDefault, setHeaderRow, setIgnored, setTableKind, type EditableTable,
} from './readingEdits';
import type { Strings } from './strings';

export interface ReadingTableProps {
  readonly table: EditableTable;
  readonly index: number;
  readonly disabled: boolean;
  readonly edit: (change: (reading: Reading) => Reading) => void;
}

const useStyles = makeStyles({
  card: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0,
  },
  proposed: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  select: { minWidth: 0, maxWidth: '100%' },
  small: { width: '8em' },
  wrap: { overflowWrap: 'anywhere' },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** How sure a column's meaning is, in words. */
function sureText(t: Strings['reading'], c: ColumnReading): string {
  const percent = Math.round(c.confidence * 100);
  if (c.from === 'user') return c.key === null ? `${t.notUsed} · ${t.chosen}` : t.chosen;
  if (c.status === 'unknown' || c.key === null) return t.unknown;
  return c.status === 'proposed' ? t.proposed(percent) : t.taken(percent);
}

function ColumnRow({ table, index, column, disabled, edit }: ReadingTableProps & { readonly column: ColumnReading }) {
  const s = useStrings();
  const t = s.reading;
  const styles = useStyles();
  const meanings = meaningsOf(table.kind);
  const label = `${t.column} ${columnLetter(column.column)} «${column.header}»`;
  return (
    <li className={column.status === 'proposed' ? styles.proposed : undefined}>
      <Field label={<span className={styles.wrap}>{label}</span>} hint={sureText(t, column)} validationState={column.status === 'proposed' ? 'warning' : 'none'}>
        <Select
          className={styles.select}
          aria-label={t.meaningOf(column.header)}
          value={column.key ?? ''}
          disabled={disabled}
          onChange={(_, d) => edit((r) => setColumnMeaning(r, index, column.column, d.value === '' ? null : d.value))}
        >
          <option value="">{t.notUsed}</option>
          {meanings.map((m) => <option key={m.key} value={m.key}>{t.columnName(m.key, m.header)}</option>)}
        </Select>
      </Field>
    </li>
  );
}

/** One table of the reading: where it is, its kind and header row, each column's meaning, its defaults. */
export function ReadingTable(props: ReadingTableProps) {
  const { table, index, disabled, edit } = props;
  const s = useStrings();
  const t = s.reading;
  const styles = useStyles();
  const kindName = t.kinds[table.kind];
  const [headerText, setHeaderText] = useState(String(table.headerRows[table.headerRows.length - 1] ?? ''));
  const headerValid = /^\s*\d{1,6}\s*$/.test(headerText) && Number(headerText) > 0;
  const ignored = groupIgnored(table, t);
  return (
    <section className={styles.card} aria-label={t.tableTitle(kindName, table.sheet)}>
      <Subtitle2 as="h3" className={styles.wrap}>{t.tableTitle(kindName, table.sheet)}{table.from === 'user' ? ` (${t.byUser})` : ''}</Subtitle2>
      <Text>{t.where(table.headerRows.join('–'), table.firstDataRow, table.lastRow)}</Text>
      {table.title && <Text className={styles.wrap}>{t.titled(table.title)}</Text>}
      <div className={styles.row}>
        <Field label={t.kind}>
          <Select value={table.kind} disabled={disabled} onChange={(_, d) => edit((r) => setTableKind(r, index, d.value as TableKind))}>
            {TABLE_KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </Select>
        </Field>
        <Field label={t.headerRow} validationState={headerValid ? 'none' : 'error'} validationMessage={headerValid ? undefined : t.headerRowInvalid}>
          <Input
            className={styles.small}
            inputMode="numeric"
            value={headerText}
            disabled={disabled}
            onChange={(_, d) => setHeaderText(d.value)}
            onBlur={() => { if (headerValid && Number(headerText) !== table.headerRows[table.headerRows.length - 1]) edit((r) => setHeaderRow(r, index, Number(headerText))); }}
          />
        </Field>
      </div>
      <Checkbox label={t.ignore} checked={table.ignore === true} disabled={disabled} onChange={(_, d) => edit((r) => setIgnored(r, index, d.checked === true))} />
      {table.ignore !== true && (
        <>
          <ul className={styles.columns} aria-label={t.columnsTable(kindName, table.sheet)}>
            {table.columns.map((c) => <ColumnRow key={c.column} {...props} column={c} />)}
          </ul>
          <Defaults {...props} />
          {ignored.map((line) => <Text key={line} size={200}>{line}</Text>)}
        </>
      )}
    </section>
  );
}

function Defaults({ table, index, disabled, edit }: ReadingTableProps) {
  const t = useStrings().reading;
  const styles = useStyles();
  const columns = defaultableColumns(table);
  if (columns.length === 0) return null;
  return (
    <fieldset className={styles.fieldset}>
      <legend><Text weight="semibold">{t.defaultsTitle}</Text></legend>
      {columns.map((c) => {
        const current = table.defaults.find((d) => d.key === c.key);
        const hint = current && current.from.how !== 'user' ? t.inferred(t.how[current.from.how], current.from.text) : undefined;
        return (
          <Field key={c.key} label={t.defaultFor(t.columnName(c.key, c.header))} hint={hint}>
            <Select value={current ? String(current.value) : ''} disabled={disabled} onChange={(_, d) => edit((r) => setDefault(r, index, c.key, d.value === '' ? null : d.value))}>
              <option value="">{t.noDefault}</option>
              {c.vocabulary?.entries.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}

function groupIgnored(table: TableReading, t: Strings['reading']): string[] {
  const rows = new Map<string, number[]>();
  for (const i of table.ignored) rows.set(t.why[i.why], [...(rows.get(t.why[i.why]) ?? []), i.row]);
  return [...rows].map(([why, list]) => t.ignoredRows(why, list.join(', ')));
}
