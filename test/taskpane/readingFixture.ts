import type { Reading } from '../../src/sheets/reading/types';

/**
 * A staff-made postings book as recognition reads it: «Ngày treo» not recognised, «Số ngày niêm
 * yết» only proposed (so the reading is weak), the unit inferred from the title.
 */
export function weakReading(): Reading {
  return {
    version: 1,
    tables: [{
      kind: 'postings', sheet: 'Bảng tin', headerRows: [4], firstDataRow: 5, lastRow: 9, firstColumn: 1, lastColumn: 5,
      columns: [
        { column: 1, header: 'STT', key: 'index', confidence: 1, status: 'taken', from: 'words' },
        { column: 2, header: 'Nội dung', key: 'title', confidence: 0.9, status: 'taken', from: 'words' },
        { column: 3, header: 'Ngày treo', key: null, confidence: 0, status: 'unknown', from: 'words' },
        { column: 4, header: 'Ngày hạ', key: 'end', confidence: 0.8, status: 'taken', from: 'words' },
        {
          column: 5, header: 'Số ngày niêm yết', key: 'requiredDays', confidence: 0.6, status: 'proposed', from: 'words',
          alternatives: [{ key: 'note', confidence: 0.2 }],
        },
      ],
      defaults: [{ key: 'form', value: 'niem-yet', label: 'Niêm yết', from: { sheet: 'Bảng tin', row: null, how: 'sheet-name', text: 'Bảng tin' } }],
      ignored: [{ row: 9, why: 'signature', text: 'NGƯỜI LẬP BIỂU' }],
      confidence: 0.9, from: 'header', title: 'THEO DÕI NIÊM YẾT NĂM 2024',
    }],
    facts: [
      { key: 'unit', value: 'UBND xã Tân Lập', from: { sheet: 'Bảng tin', row: 1, how: 'title', text: 'UBND XÃ TÂN LẬP' } },
      { key: 'level', value: 'commune', from: { sheet: 'Bảng tin', row: 1, how: 'title', text: 'UBND XÃ TÂN LẬP' } },
    ],
    notFound: ['plan', 'consultations', 'feedback', 'votes', 'daysOff', 'rules', 'info'],
    otherSheets: ['Ghi chép'],
  };
}

/** The same book with nothing left to confirm. */
export function sureReading(): Reading {
  const r = weakReading();
  return {
    ...r,
    tables: r.tables.map((t) => ({ ...t, columns: t.columns.map((c) => (c.status === 'proposed' ? { ...c, status: 'taken' as const, confidence: 0.9 } : c)) })),
  };
}
