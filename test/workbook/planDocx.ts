import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * Builds a real .docx from a plan's text with the `docx` library: one Word paragraph per line
 * (markdown marks dropped, `**bold**` as bold runs), and a run of tab-separated lines as a Word
 * table, one cell per column, so the reader meets what officers' files hold.
 */
function paragraph(line: string): Paragraph {
  const clean = line.replace(/^#{1,6}\s+/, '');
  const runs = clean.split(/(\*\*[^*]+\*\*)/).filter((s) => s !== '').map((s) =>
    s.startsWith('**') ? new TextRun({ text: s.slice(2, -2), bold: true }) : new TextRun(s.replace(/\*/g, '')));
  return new Paragraph({ children: runs });
}

function table(rows: string[]): Table {
  const width = Math.max(...rows.map((r) => r.split('\t').length));
  return new Table({
    rows: rows.map((r) => {
      const cells = r.split('\t');
      return new TableRow({
        children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph(cells[i] ?? '')] })),
      });
    }),
  });
}

export async function planDocx(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i].includes('\t')) rows.push(lines[i++]);
      i--;
      children.push(table(rows));
    } else if (lines[i].trim() !== '') {
      children.push(paragraph(lines[i]));
    }
  }
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}
