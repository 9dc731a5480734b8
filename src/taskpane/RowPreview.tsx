import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import type { RowValues } from '../app/rowValues';
import { useStrings } from './i18n';

export interface RowPreviewProps {
  /** The row to show; null closes the dialog. */
  readonly row: RowValues | null;
  /** The sheet asked for when it is no longer in the file. */
  readonly missingSheet?: string | null;
  readonly onClose: () => void;
}

/**
 * The standalone page's answer to a click on a finding: no Excel to select the row in, so the
 * row's filled cells are shown with their headers (a modal dialog: Esc and «Đóng» close it and
 * focus goes back to the finding).
 */
export function RowPreview({ row, missingSheet = null, onClose }: RowPreviewProps) {
  const t = useStrings().row;
  const open = row !== null || missingSheet !== null;
  return (
    <Dialog open={open} onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{row ? t.title(row.sheet, row.row) : missingSheet}</DialogTitle>
          <DialogContent>
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
                    <TableRow key={cell.column}>
                      <TableCell>{cell.header ? `${cell.header} (${cell.column})` : cell.column}</TableCell>
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
