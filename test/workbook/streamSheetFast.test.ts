import { parseSheetFast, parseSheetGeneric, type SheetCells } from '../../src/workbook/file/stream/sheetXml';
import type { SheetContext } from '../../src/workbook/file/stream/cellValue';

/**
 * The sheet reader's fast path (sheetXml.ts `parseSheetFast`, a cell's tag read a character at a
 * time) against the scanner it stands in for: every way a cell may be written gives the same cells,
 * or the fast path hands the sheet to the scanner (null).
 */
const context: SheetContext = { sharedStrings: ['Nội dung', 'Đã niêm yết', ''], dateStyles: [false, true, false], date1904: false };
const sheet = (cells: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData>`
  + '<mergeCells count="1"><mergeCell ref="A3:B4"/></mergeCells></worksheet>';
const view = (read: SheetCells) => ({ grid: read.cells.grid(), merges: read.merges, tableParts: read.tableParts });

const READ_FAST: [string, string][] = [
  ['shared strings, a style, a date style', '<c r="A1" s="2" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>45658</v></c>'],
  ['single quotes and other attributes stepped over', `<c r='A1' t='s'><v>1</v></c><c r="B1" cm="1" vm='2' s="0"><v>42</v></c>`],
  ['a ">" inside another attribute', '<c r="A1" ph="a>b" s="1"><v>45000</v></c>'],
  ['numbers of every shape', '<c r="A1"><v>1234567890123456</v></c><c r="B1"><v>3.25</v></c><c r="C1"><v>-4</v></c><c r="D1"><v>1E-3</v></c><c r="E1" t="n"><v>007</v></c>'],
  ['empty cells', '<c r="A1" s="2"/><c r="B1" /><c r="C1"><v></v></c><c r="D1"><v>1</v></c>'],
  ['types other than numbers and shared strings', '<c r="A1" t="str"><v>văn bản</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="inlineStr"><is><t>x</t></is></c>'],
  ['a formula and its cached result', '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"</f><v>a</v></c>'],
  ['absolute addresses', '<c r="$A$1"><v>5</v></c><c r="B$1"><v>6</v></c>'],
  ['white space inside the tag', '<c  r="A1"\n\ts="1" ><v>9</v></c><c\nr="B1"><v>8</v></c>'],
  ['entities and line ends in a value', '<c r="A1" t="str"><v>a &amp; b&#13;\r\nc</v></c>'],
  ['rows written out with line breaks and indents', '\n    <c r="A1"><v>1</v></c>\n  </row>\n  <row r="2" spans="1:2"/>\n  <row r="3">\n    <c r="B3" t="s"><v>1</v></c>\n'],
];

const TO_SCANNER: [string, string][] = [
  ['white space around "="', '<c r = "A1"><v>1</v></c>'],
  ['no quotes', '<c r=A1><v>1</v></c>'],
  ['a cell without its address', '<c s="1"><v>1</v></c>'],
  ['a style that is not plain digits', '<c r="A1" s=" 1"><v>1</v></c>'],
  ['an entity in the type', '<c r="A1" t="&#115;"><v>0</v></c>'],
  ['attributes run together', '<c r="A1"s="1"><v>1</v></c>'],
  ['a comment among the rows', '<c r="A1"><v>1</v></c><!-- <c r="B1"><v>2</v></c> --><c r="C1"><v>3</v></c>'],
  ['a comment in a cell', '<c r="A1"><!-- </c> --><v>1</v></c>'],
  ['CDATA in a value', '<c r="A1" t="str"><v><![CDATA[a<b]]></v></c>'],
  ['another tag in a row', '<c r="A1"><v>1</v></c><extLst/>'],
];

describe('the sheet reader\'s fast path gives the scanner\'s cells', () => {
  it.each(READ_FAST)('%s', (_name, cells) => {
    const xml = sheet(cells);
    const fast = parseSheetFast(xml, context);
    expect(fast).not.toBeNull();
    expect(view(fast!)).toEqual(view(parseSheetGeneric(xml, context)));
  });

  it.each(TO_SCANNER)('hands the sheet to the scanner: %s', (_name, cells) => {
    expect(parseSheetFast(sheet(cells), context)).toBeNull();
  });

  it('hands the sheet to the scanner when a comment comes before the cells', () => {
    const xml = sheet('<c r="A1"><v>1</v></c>').replace('<sheetData>', '<!-- <sheetData/> --><sheetData>');
    expect(parseSheetFast(xml, context)).toBeNull();
    expect(view(parseSheetGeneric(xml, context)).grid).toEqual({ top: 1, left: 1, values: [[1]] });
  });

  it('refuses a shared string past the table, as the scanner does', () => {
    const xml = sheet('<c r="A1" t="s"><v>3</v></c>');
    expect(() => parseSheetFast(xml, context)).toThrow('shared string 3 is not in the table');
    expect(() => parseSheetGeneric(xml, context)).toThrow();
  });
});
