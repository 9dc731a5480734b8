/** «Bản gửi cấp trên»: the copy for the level above without citizens' data, in Vietnamese. */
export const superiorVi = {
  region: 'Bản gửi cấp trên',
  intro: 'Tạo một bản sao của sổ để gửi cấp trên: giữ nguyên số liệu, quyết định và nội dung; ẩn họ tên, số điện thoại, địa chỉ, số định danh của người dân (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15). Sổ đang mở không bị thay đổi.',
  run: 'Tạo bản gửi cấp trên',
  working: 'Đang tạo bản sao và ẩn dữ liệu cá nhân…',
  readingExcel: 'Đang lấy nội dung sổ từ Excel…',
  opening: 'Đang mở bản sao thành một sổ Excel mới…',
  downloaded: (file: string) => `Đã tải về «${file}».`,
  openedInExcel: 'Đã mở bản sao thành một sổ Excel mới: hãy lưu sổ đó (Tệp › Lưu) rồi gửi cấp trên.',
  hiddenColumn: (sheet: string, header: string, cells: number) => `Sheet «${sheet}», cột «${header}»: ẩn ${cells} ô.`,
  nothingHidden: 'Sổ không có cột họ tên, liên hệ của người dân nào có dữ liệu: bản sao giống sổ gốc.',
  checkTexts: 'Nội dung góp ý vẫn được giữ nguyên: nếu trong đó có ghi tên người dân, hãy kiểm tra trước khi gửi.',
  noCompressedFile: (page: string) =>
    `Excel trên web không cho ngăn tác vụ lấy nội dung tệp (.xlsx) của sổ, nên chưa tạo được bản gửi cấp trên ở đây. Hãy mở sổ bằng Excel trên máy tính, hoặc tải sổ về (Tệp › Tạo bản sao › Tải xuống bản sao), mở trang ${page}, bấm «Mở tệp Excel», chọn sổ và bấm «Tạo bản gửi cấp trên».`,
  noCreateWorkbook: (page: string) =>
    `Excel này chưa có ExcelApi 1.8 để mở bản sao thành sổ mới, nên chưa tạo được bản gửi cấp trên ở đây. Hãy cập nhật Office, hoặc mở trang ${page}, bấm «Mở tệp Excel», chọn sổ và bấm «Tạo bản gửi cấp trên».`,
  fileFailed: (detail: string) => `Excel không đưa được nội dung tệp của sổ cho DCCS (${detail}). Hãy lưu sổ (Tệp › Lưu) rồi bấm lại.`,
};
