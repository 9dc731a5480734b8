/** Lines the printed sample report (SAMPLE_MODEL) must show, in either output. */
// No «UBND HUYỆN HOÀI ĐỨC» above a UBND's heading (ND 30, Phụ lục I; issue 16): the parent agency is in «Nơi nhận».
export const REPORT_LINES = [
  '- UBND huyện Hoài Đức;', 'ỦY BAN NHÂN DÂN', 'XÃ AN THƯỢNG', 'Số: /BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc', 'An Thượng, ngày 20 tháng 3 năm 2024', 'BÁO CÁO', 'Kết quả thực hiện dân chủ ở cơ sở năm 2024',
  'I. CÔNG KHAI THÔNG TIN', 'II. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH', 'III. NHÂN DÂN THAM GIA Ý KIẾN', 'IV. TỒN TẠI, HẠN CHẾ',
  'V. PHƯƠNG HƯỚNG, KIẾN NGHỊ', '[Đơn vị bổ sung phương hướng, kiến nghị]', 'Nơi nhận:', '- Lưu: VT',
  'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Minh',
];
