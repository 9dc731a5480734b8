/**
 * The in-memory workbook behind the fake Excel API: what tests seed and inspect. It also holds
 * Excel's own reading of typed input (`coerceInput`): a string set through `values`/`formulas`
 * becomes a formula, a number, a date or a boolean unless the cell's number format is "@" — so a
 * host that forgets to protect text gets caught.
 */
export type FakeValue = string | number | boolean | null;

export interface FakeCell {
  value: FakeValue;
  formula?: string; // with the leading "="
  numberFormat: string;
  font: Record<string, unknown>;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Record<string, { style: string; weight?: string }>;
}

export interface FakeHyperlink { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }
export interface FakeValidation { range: string; source: string; error?: string }
/** A workbook-level name: it holds its sheet, so it follows a rename and breaks when the sheet goes. */
export interface FakeName { name: string; sheet: FakeSheet; row: number; column: string; comment: string }
export interface FakeChart { type: string; source: string; seriesBy: string; title?: string; position?: { start: string; end: string } }

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly tables: { name: string; range: string; showHeaders: boolean; showTotals: boolean }[] = [];
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>(); // points
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>(); // points
  readonly autofitRows = new Set<number>(); // rows Excel was asked to fit to their text
  readonly hyperlinks = new Map<string, FakeHyperlink>();
  readonly validations: FakeValidation[] = [];
  freeze = { rows: 0, columns: 0 };
  pageLayout: Record<string, unknown> = {};
  tabColor = '';
  visibility = 'Visible';
  /** The AutoFilter's range (`A4:G120`), or null. */
  autoFilter: string | null = null;
  /** Rows a manual page break starts a new printed page at. */
  readonly pageBreaks: number[] = [];
  readonly charts: FakeChart[] = [];
  /** Colour scales: the range and the criteria set on it. */
  readonly colorScales: { range: string; criteria?: Record<string, unknown> }[] = [];
  /** Review → Protect Sheet: Excel refuses any change to it (AccessDenied); activating and selecting still work. */
  protected = false;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: 'General', font: {}, borders: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Smallest block holding every non-empty value, or null (getUsedRange(valuesOnly = true)). */
  usedBounds(): { row: number; col: number; row2: number; col2: number } | null {
    let row = Infinity, col = Infinity, row2 = 0, col2 = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === null || cell.value === '') continue;
      const [r, c] = key.split(',').map(Number);
      row = Math.min(row, r); col = Math.min(col, c); row2 = Math.max(row2, r); col2 = Math.max(col2, c);
    }
    return row2 === 0 ? null : { row, col, row2, col2 };
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  /** Set by `Worksheet.activate()` (none until then: the fake does not guess Excel's start-up tab). */
  activeSheet: FakeSheet | null = null;
  /** The last `Range.select()`, as the user would see it. */
  selection: { sheet: string; address: string } | null = null;
  /** A cell is being edited (the user typed into it): Excel refuses every batch (InvalidOperationInCellEditMode). */
  editMode = false;
  /** Review → Protect Workbook (structure): no sheet can be added, deleted, renamed or moved (AccessDenied). */
  structureProtected = false;
  /**
   * The user moves to another workbook after this many more syncs. Excel then fails every sync of
   * this one — GeneralException on Windows (OfficeDev/office-js#771), InvalidSelection on a Mac
   * (#6365) — until they come back, which the fake leaves to the test (set it to null again).
   */
  switchedAwayAfter: number | null = null;
  switchedAwayError: 'GeneralException' | 'InvalidSelection' = 'GeneralException';

  /** Excel compares sheet names case-insensitively (no Unicode normalisation: `Công` NFC ≠ NFD). */
  find(name: string): FakeSheet | undefined {
    const key = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === key);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`fake model: no sheet ${name}`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

/** What a cell holds after Excel parses input typed (or set by the API) into it. */
export function coerceInput(cell: FakeCell, input: unknown): void {
  delete cell.formula;
  if (input === null || input === undefined) return; // null in a values array leaves the cell as is
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') throw fakeError('InvalidArgument', `unsupported cell input ${JSON.stringify(input)}`);
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  const numeric = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.exec(input);
  if (numeric) {
    cell.value = Number(input);
    return;
  }
  if (/^\s*[+-]?\d+(\.\d+)?%\s*$/.test(input)) {
    cell.value = parseFloat(input) / 100;
    return;
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(input) || /^\d{4}-\d{2}-\d{2}$/.test(input)) {
    cell.value = 45000; // Excel turns it into some date serial (which one depends on the locale)
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toUpperCase() === 'TRUE';
    return;
  }
  if (/^[=+\-@]/.test(input)) {
    const formula = input.startsWith('=') ? input : `=${input}`;
    cell.formula = formula;
    cell.value = evaluateFormula(formula.slice(1));
    return;
  }
  cell.value = input;
}

/**
 * A tiny evaluator: arithmetic on literals and HYPERLINK("…","text"). A formula Excel would
 * reject (`=+84 912`) throws InvalidArgument as Excel does; any other function gives #NAME?.
 */
export function evaluateFormula(formula: string): FakeValue {
  const link = /^HYPERLINK\(\s*"[^"]*"\s*,\s*"([^"]*)"\s*\)$/i.exec(formula);
  if (link) return link[1];
  if (/^[\d\s+\-*/().]+$/.test(formula)) {
    const tokens = formula.match(/\d+(\.\d+)?|[+\-*/()]/g) ?? [];
    if (tokens.join('') !== formula.replace(/\s+/g, '')) throw fakeError('InvalidArgument', `bad formula =${formula}`);
    let i = 0;
    const expr = (): number => {
      let v = term();
      while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + term() : v - term();
      return v;
    };
    const term = (): number => {
      let v = factor();
      while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * factor() : v / factor();
      return v;
    };
    const factor = (): number => {
      const t = tokens[i++];
      if (t === '(') { const v = expr(); if (tokens[i++] !== ')') throw fakeError('InvalidArgument', `bad formula =${formula}`); return v; }
      if (t === '-') return -factor();
      if (t === '+') return factor();
      if (t === undefined || Number.isNaN(Number(t))) throw fakeError('InvalidArgument', `bad formula =${formula}`);
      return Number(t);
    };
    const v = expr();
    if (i !== tokens.length) throw fakeError('InvalidArgument', `bad formula =${formula}`);
    return v;
  }
  if (isFormulaSyntax(formula)) return null; // valid, but the fake computes no references or functions
  throw fakeError('InvalidArgument', `bad formula =${formula}`);
}

/**
 * Whether text after "=" lexes as an Excel formula: references (`C6`, `$A$1`, `'Tổng hợp'!B2:B9`),
 * numbers, strings, function calls and operators, with no two operands side by side. Text a host
 * forgot to protect ("=Đề nghị công khai…", "=+84 912") fails, as it would in Excel.
 */
function isFormulaSyntax(formula: string): boolean {
  const token = /\s*(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|\s*("(?:[^"]|"")*")|\s*(\d+(?:\.\d+)?%?)|\s*([A-Z][A-Z0-9.]*)\(|\s*(<=|>=|<>|[-+*/^&=<>,():])/y;
  let operand = false;
  let i = 0;
  while (i < formula.length) {
    token.lastIndex = i;
    const m = token.exec(formula);
    if (!m) return false;
    const isOperand = m[2] !== undefined || m[3] !== undefined || m[4] !== undefined;
    if (isOperand && operand) return false;
    operand = isOperand || m[6] === ')';
    if (m[5] !== undefined) operand = false;
    i = token.lastIndex;
  }
  return true;
}

/** Errors shaped like OfficeExtension.Error: a `code` the host can test, a message. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export function fakeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}
