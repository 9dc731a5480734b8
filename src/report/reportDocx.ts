import {
  AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild,
} from 'docx';
import type { ReportModel } from './model';
import type { ReportParagraph } from './reportBlocks';
import { buildReportContent, type ReportContent } from './reportContent';
import { centred, dataTable, headerTable, rule, run, signatureTable, TEXT_WIDTH } from './reportDocxParts';

/**
 * The report as a Word draft (.docx), the same content as the `Báo cáo` sheet, set as Nghị định
 * 30/2020/NĐ-CP, Phụ lục I asks: A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt body,
 * justified with a 1.27 cm first-line indent and 6 pt between paragraphs, the two-column header
 * as a borderless table, page numbers centred at the top from page 2, tables whose header row
 * repeats on each page. Runs in Node and in the browser: the bytes come from JSZip as a Uint8Array.
 */
export async function buildReportDocx(model: ReportModel): Promise<Uint8Array> {
  return Packer.pack(reportDocument(model), 'uint8array');
}

const MM = 56.7; // twips per millimetre
const BODY = 14;

/** The docx `Document` (exposed for tests that look inside before packing). */
export function reportDocument(model: ReportModel): Document {
  return contentDocument(buildReportContent(model), model.unit.name);
}

/** Any report content as a Word draft, set as `reportDocument` sets it (the consolidated report shares it). */
export async function buildContentDocx(content: ReportContent, creator: string): Promise<Uint8Array> {
  return Packer.pack(contentDocument(content, creator), 'uint8array');
}

export function contentDocument(content: ReportContent, creator: string): Document {
  const children: FileChild[] = [
    headerTable(content),
    centred(content.title, 14, { bold: true }, { spacing: { before: 360, after: 0 } }),
    centred(content.subject, 14, { bold: true }),
    rule(TEXT_WIDTH, 2400),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    ...content.intro.map((p) => paragraph(p)),
  ];
  for (const section of content.sections) {
    children.push(paragraph({ kind: 'paragraph', role: 'heading', text: section.title }));
    for (const block of section.blocks) children.push(block.kind === 'table' ? dataTable(block) : paragraph(block));
  }
  // The last lines stay with the signature (ND 30: a signature never stands alone on a page).
  children.push(paragraph(content.closing, true), new Paragraph({ keepNext: true, children: [] }), signatureTable(content));
  return new Document({
    creator,
    title: `${content.title} ${content.subject}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY * 2 } } } },
    sections: [{
      properties: {
        titlePage: true, // no number on page 1
        page: {
          size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT },
          margin: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM, header: 10 * MM, footer: 10 * MM },
        },
      },
      headers: {
        default: new Header({ children: [new Paragraph({
          alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28, font: 'Times New Roman' })],
        })] }),
        first: new Header({ children: [new Paragraph({ children: [] })] }),
      },
      children,
    }],
  });
}

function paragraph(p: ReportParagraph, keepNext = false): Paragraph {
  const spacing = { before: 120, after: 0, line: 276 };
  switch (p.role) {
    case 'heading':
      return new Paragraph({ indent: { firstLine: 720 }, spacing: { ...spacing, before: 200 }, keepNext: true, children: [run(p.text, BODY, { bold: true })] });
    case 'caption':
      return centred(p.text, 13, { bold: true }, { spacing: { before: 120, after: 60 }, keepNext: true });
    case 'note':
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: 60, after: 0 }, children: [run(p.text, 12, { italics: true })] });
    case 'placeholder':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing,
        // Brackets and italics mark it; a highlight would print.
        children: [run(p.text, BODY, { italics: true })],
      });
    default:
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing, keepNext, children: [run(p.text, BODY)] });
  }
}
