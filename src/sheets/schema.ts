import type { LocalDate } from '../domain/calendar/localDate';
import {
  CONTENT_GROUPS, DAY_OFF_KINDS, FEEDBACK_DECISIONS, LEVELS, POSTING_FORMS, SIGN_AUTHORITIES, VOTE_KINDS,
  VOTE_METHODS, type Vocabulary,
} from '../domain/vocabulary';

/**
 * Every input sheet of SCHEMA.md as data: the template writes `header`, the reader accepts
 * `header` or any alias (compared by `matchKey`). Keys are the English field names records carry.
 *
 * Column types:
 * - `text`: cleaned text (NFC, trimmed); a number or date cell is turned into its text.
 * - `date`: a day (`parseDateCell`).
 * - `number` / `integer`: `parseNumberCell`; `integer` also refuses fractions and negatives (counts).
 * - `vocab`: the id of a `vocabulary` entry (`matchVocabulary`).
 * - `deadline`: a date cell stays a day, text stays text for the deadline-phrase parser (`Thời hạn`
 *   holds both `10/6/2026` typed as a date and `Quý III/2024`).
 * - `numberOrText`: a number when the cell reads as one, else the text (`Quy định → Giá trị` holds
 *   `30` as well as `thường xuyên`). Never an error.
 */
export type ColumnType = 'text' | 'date' | 'number' | 'integer' | 'vocab' | 'deadline' | 'numberOrText';

export interface ColumnSpec {
  readonly key: string;
  /** Canonical header, as the template writes it. */
  readonly header: string;
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  readonly vocabulary?: Vocabulary;
  /**
   * The column must exist (one `column-missing` issue when it does not) and each data row must
   * fill it (`required-missing`).
   */
  readonly required?: boolean;
  /** Unit words a number may carry after it (`30 ngày`, `120 hộ`). */
  readonly units?: readonly string[];
}

export interface SheetSpec {
  /** Canonical sheet name, as the template writes it. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly columns: readonly ColumnSpec[];
}

/** The value a column type yields (blank cells yield no value at all). */
export interface ColumnValues {
  text: string;
  date: LocalDate;
  number: number;
  integer: number;
  vocab: string;
  deadline: string | LocalDate;
  numberOrText: number | string;
}

type ValueOf<C extends ColumnSpec> =
  C extends { readonly vocabulary: Vocabulary<infer T> } ? T : ColumnValues[C['type']];

/** The typed record of one data row of sheet `S`: every field optional (blank or bad cell = absent). */
export type RecordOf<S extends SheetSpec> = {
  [C in S['columns'][number] as C['key']]?: ValueOf<C>;
};

const INDEX = { key: 'index', header: 'STT', aliases: ['TT', 'Số TT', 'Số thứ tự'], type: 'text' } as const;
const NOTE = { key: 'note', header: 'Ghi chú', aliases: [], type: 'text' } as const;
const CONSULTATION_ID = { key: 'consultationId', header: 'Mã đợt', aliases: ['Mã', 'Đợt'], type: 'text' } as const;
const AREA = { key: 'area', header: 'Thôn, tổ dân phố', aliases: ['Thôn', 'Tổ dân phố', 'Thôn, tổ', 'Đơn vị', 'Địa bàn'], type: 'text' } as const;

export const PLAN_SHEET = {
  name: 'Kế hoạch',
  columns: [
    INDEX,
    { key: 'title', header: 'Nội dung công việc', aliases: ['Nội dung', 'Nhiệm vụ', 'Công việc', 'Nội dung thực hiện'], type: 'text', required: true },
    { key: 'lead', header: 'Cơ quan chủ trì', aliases: ['Chủ trì', 'Đơn vị chủ trì', 'Cơ quan tham mưu thực hiện'], type: 'text' },
    { key: 'partners', header: 'Cơ quan phối hợp', aliases: ['Phối hợp', 'Đơn vị phối hợp'], type: 'text' },
    { key: 'due', header: 'Thời hạn', aliases: ['Thời gian thực hiện', 'Thời gian hoàn thành', 'Hạn hoàn thành', 'Hạn'], type: 'deadline' },
    { key: 'completed', header: 'Ngày hoàn thành', aliases: ['Hoàn thành ngày', 'Ngày thực hiện xong'], type: 'date' },
    { key: 'result', header: 'Kết quả', aliases: ['Kết quả thực hiện', 'Tình hình thực hiện', 'Sản phẩm'], type: 'text' },
    NOTE,
  ],
} as const satisfies SheetSpec;

export const POSTINGS_SHEET = {
  name: 'Công khai',
  columns: [
    { ...INDEX, aliases: ['TT'] },
    { key: 'title', header: 'Nội dung công khai', aliases: ['Nội dung', 'Thông tin công khai', 'Tên văn bản'], type: 'text', required: true },
    { key: 'group', header: 'Nhóm nội dung', aliases: ['Loại nội dung', 'Lĩnh vực'], type: 'vocab', vocabulary: CONTENT_GROUPS },
    { key: 'document', header: 'Văn bản', aliases: ['Số văn bản', 'Số, ký hiệu văn bản', 'Văn bản căn cứ'], type: 'text' },
    { key: 'documentDate', header: 'Ngày văn bản', aliases: ['Ngày ban hành', 'Ngày quyết định', 'Ngày ký'], type: 'date' },
    { key: 'form', header: 'Hình thức', aliases: ['Hình thức công khai'], type: 'vocab', vocabulary: POSTING_FORMS },
    { key: 'place', header: 'Địa điểm', aliases: ['Nơi niêm yết'], type: 'text' },
    { key: 'start', header: 'Ngày bắt đầu', aliases: ['Từ ngày', 'Ngày niêm yết', 'Bắt đầu niêm yết', 'Ngày đăng tải'], type: 'date' },
    { key: 'end', header: 'Ngày kết thúc', aliases: ['Đến ngày', 'Kết thúc niêm yết', 'Ngày hết niêm yết', 'Ngày kết thúc niêm yết'], type: 'date' },
    { key: 'requiredDays', header: 'Số ngày yêu cầu', aliases: ['Thời gian niêm yết yêu cầu', 'Số ngày tối thiểu'], type: 'integer', units: ['ngày'] },
    NOTE,
  ],
} as const satisfies SheetSpec;

export const CONSULTATIONS_SHEET = {
  name: 'Lấy ý kiến',
  columns: [
    { ...CONSULTATION_ID, key: 'id' },
    { key: 'subject', header: 'Nội dung lấy ý kiến', aliases: ['Nội dung'], type: 'text', required: true },
    { key: 'audience', header: 'Đối tượng', aliases: ['Đối tượng lấy ý kiến'], type: 'text' },
    // Free text: consultation forms (hội nghị, phiếu, hòm thư, cổng thông tin…) drive no rule.
    { key: 'form', header: 'Hình thức', aliases: ['Hình thức lấy ý kiến'], type: 'text' },
    { key: 'from', header: 'Từ ngày', aliases: ['Ngày bắt đầu'], type: 'date' },
    { key: 'to', header: 'Đến ngày', aliases: ['Ngày kết thúc'], type: 'date' },
    { key: 'synthesisDue', header: 'Hạn tổng hợp', aliases: [], type: 'deadline' },
    { key: 'synthesized', header: 'Ngày tổng hợp xong', aliases: ['Ngày tổng hợp'], type: 'date' },
    { key: 'resultPublished', header: 'Ngày công khai kết quả', aliases: [], type: 'date' },
  ],
} as const satisfies SheetSpec;

export const FEEDBACK_SHEET = {
  name: 'Ý kiến',
  columns: [
    INDEX,
    CONSULTATION_ID,
    { key: 'received', header: 'Ngày nhận', aliases: ['Ngày góp ý'], type: 'date' },
    { key: 'author', header: 'Người góp ý', aliases: ['Cá nhân/tổ chức góp ý', 'Cá nhân, tổ chức góp ý'], type: 'text' },
    AREA,
    { key: 'channel', header: 'Hình thức', aliases: ['Hình thức góp ý'], type: 'text' },
    { key: 'content', header: 'Nội dung góp ý', aliases: ['Nội dung ý kiến', 'Nội dung'], type: 'text', required: true },
    { key: 'position', header: 'Vị trí trong dự thảo', aliases: ['Điều, khoản'], type: 'text' },
    { key: 'decision', header: 'Hướng xử lý', aliases: ['Kết quả xử lý'], type: 'vocab', vocabulary: FEEDBACK_DECISIONS },
    { key: 'response', header: 'Nội dung tiếp thu, giải trình', aliases: ['Nội dung tiếp thu', 'Nội dung giải trình'], type: 'text' },
    { key: 'processed', header: 'Ngày xử lý', aliases: [], type: 'date' },
  ],
} as const satisfies SheetSpec;

export const VOTES_SHEET = {
  name: 'Biểu quyết',
  columns: [
    { key: 'title', header: 'Nội dung', aliases: ['Nội dung biểu quyết', 'Nội dung quyết định'], type: 'text', required: true },
    { key: 'kind', header: 'Loại việc', aliases: ['Loại'], type: 'vocab', vocabulary: VOTE_KINDS },
    AREA,
    { key: 'method', header: 'Hình thức', aliases: ['Hình thức biểu quyết'], type: 'vocab', vocabulary: VOTE_METHODS },
    { key: 'date', header: 'Ngày', aliases: ['Ngày biểu quyết', 'Ngày tổ chức'], type: 'date' },
    { key: 'households', header: 'Tổng số hộ', aliases: ['Số hộ'], type: 'integer', units: ['hộ'] },
    { key: 'participants', header: 'Số hộ tham gia', aliases: [], type: 'integer', units: ['hộ'] },
    { key: 'agree', header: 'Số hộ tán thành', aliases: ['Số hộ đồng ý'], type: 'integer', units: ['hộ'] },
    { key: 'sentToCommune', header: 'Ngày gửi UBND xã', aliases: ['Ngày gửi UBND', 'Ngày gửi'], type: 'date' },
  ],
} as const satisfies SheetSpec;

export const DAYS_OFF_SHEET = {
  name: 'Ngày nghỉ',
  columns: [
    { key: 'date', header: 'Ngày', aliases: [], type: 'date', required: true },
    { key: 'name', header: 'Tên', aliases: ['Tên ngày', 'Ngày lễ', 'Lý do'], type: 'text' },
    { key: 'kind', header: 'Loại', aliases: ['Loại ngày'], type: 'vocab', vocabulary: DAY_OFF_KINDS },
  ],
} as const satisfies SheetSpec;

/** `Quy định`: one rule of RULES.md per row, values a user may raise (SCHEMA.md). */
export const RULES_SHEET = {
  name: 'Quy định',
  columns: [
    { key: 'id', header: 'Mã quy định', aliases: ['Mã', 'Mã quy tắc'], type: 'text', required: true },
    { key: 'description', header: 'Nội dung', aliases: ['Quy định', 'Mô tả'], type: 'text' },
    { key: 'value', header: 'Giá trị', aliases: ['Mức', 'Số'], type: 'numberOrText' },
    { key: 'unit', header: 'Đơn vị', aliases: ['Đơn vị tính'], type: 'text' },
    { key: 'basis', header: 'Căn cứ', aliases: ['Căn cứ pháp lý', 'Cơ sở pháp lý'], type: 'text' },
  ],
} as const satisfies SheetSpec;

/** `Thông tin`: label | value pairs, read by `readInfo`; the "columns" here are the labels. */
export const INFO_SHEET = {
  name: 'Thông tin',
  columns: [
    { key: 'unit', header: 'Tên đơn vị', aliases: ['Đơn vị', 'Tên cơ quan', 'Tên cơ quan, đơn vị'], type: 'text', required: true },
    { key: 'level', header: 'Cấp', aliases: ['Cấp hành chính', 'Cấp đơn vị'], type: 'vocab', vocabulary: LEVELS },
    { key: 'parent', header: 'Cơ quan cấp trên', aliases: ['Cấp trên', 'Cơ quan chủ quản'], type: 'text' },
    { key: 'place', header: 'Địa danh', aliases: [], type: 'text' },
    { key: 'year', header: 'Năm báo cáo', aliases: ['Năm'], type: 'integer' },
    { key: 'asOf', header: 'Ngày đánh giá', aliases: ['Tính đến ngày', 'Ngày kiểm tra'], type: 'date' },
    { key: 'signer', header: 'Người ký', aliases: ['Họ tên người ký'], type: 'text' },
    { key: 'signerTitle', header: 'Chức vụ người ký', aliases: ['Chức vụ'], type: 'text' },
    { key: 'signAuthority', header: 'Quyền hạn ký', aliases: [], type: 'vocab', vocabulary: SIGN_AUTHORITIES },
    { key: 'reportSymbol', header: 'Ký hiệu báo cáo', aliases: ['Ký hiệu'], type: 'text' },
  ],
} as const satisfies SheetSpec;

/** Every input sheet, in the template's order. */
export const INPUT_SHEETS: readonly SheetSpec[] = [
  INFO_SHEET, PLAN_SHEET, POSTINGS_SHEET, CONSULTATIONS_SHEET, FEEDBACK_SHEET, VOTES_SHEET, DAYS_OFF_SHEET, RULES_SHEET,
];
