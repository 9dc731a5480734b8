import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, MessageBar, MessageBarBody,
  MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import type { RowValues } from '../app/check';
import { matchKey } from '../domain/text/normalize';
import type { RowFinding } from './actions';
import { useStrings } from './i18n';

export interface RowPreviewProps {
  /** The row to show; null closes the dialog. */
  readonly row: RowValues | null;
  /** The sheet asked for when it is no longer in the file. */
  readonly missingSheet?: string | null;
  /** The finding the row is shown for: said above the cells, its cell marked. */
  readonly finding?: RowFinding;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  fault: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const INTENT = { error: 'error', warning: 'warning', info: 'info' } as const;

/**
 * The standalone page's answer to a click on a finding: no Excel to select the row in, so the
 * row's filled cells are shown with their headers (a modal dialog: Esc and «Đóng» close it and
 * focus goes back to the finding).
 */
export function RowPreview({ row, missingSheet = null, finding, onClose }: RowPreviewProps) {
  const strings = useStrings();
  const t = strings.row;
  const styles = useStyles();
  const faultKey = finding?.column ? matchKey(finding.column) : null;
  const atFault = (header: string | null) => faultKey !== null && header !== null && matchKey(header) === faultKey;
  const open = row !== null || missingSheet !== null;
  return (
    <Dialog open={open} onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{row ? t.title(row.sheet, row.row) : missingSheet}</DialogTitle>
          <DialogContent className={styles.content}>
            {finding && (
              <MessageBar intent={INTENT[finding.severity]} layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{strings.severities[finding.severity]}</MessageBarTitle>
                  {finding.column ? `${finding.message} (${strings.findings.column(finding.column)})` : finding.message}
                </MessageBarBody>
              </MessageBar>
            )}
            {missingSheet !== null && <Text>{t.missing(missingSheet)}</Text>}
            {row && row.cells.length === 0 && <Text>{t.empty}</Text>}
            {row && row.cells.length > 0 && (
              <Table size="small" aria-label={t.title(row.sheet, row.row)}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.header}</TableHeaderCell>
                    <TableHeaderCell>{t.value}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {row.cells.map((cell) => (
                    <TableRow key={cell.column} className={atFault(cell.header) ? styles.fault : undefined} data-fault={atFault(cell.header) || undefined}>
                      <TableCell>{cell.header ? `${cell.header} (${cell.column})` : cell.column}{atFault(cell.header) ? ` — ${t.atFault}` : ''}</TableCell>
                      <TableCell>{cell.value}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>{t.close}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
