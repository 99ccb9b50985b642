/** Messages of the matrix feature, Vietnamese first. Keys are "matrix.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  // Excel shows these when an entry is not in a drop-down list. Titles: at most 32 characters.
  "matrix.validation.agency.title": "Cơ quan không có trong danh mục",
  "matrix.validation.agency.message":
    "Tên này không có trong trang “Danh mục cơ quan”. Ô ghi nhiều cơ quan thì ngăn cách bằng dấu “;” và chọn Yes để giữ. Dùng “Kiểm tra cơ quan” để rà soát tên.",
  "matrix.validation.status.title": "Tình trạng ngoài danh sách",
  "matrix.validation.status.message":
    "Nên chọn một tình trạng trong danh sách: {options}. Chọn Yes để giữ nội dung đã gõ.",
  "matrix.title": "BẢNG PHÂN CÔNG NHIỆM VỤ",
  "matrix.details": "Tỉnh: {province} · Năm: {year} · Cơ quan ban hành: {issuer}",
  "matrix.lists.status": "Tình trạng",
  "matrix.registryUnreadable":
    "Trang “Danh mục cơ quan” trong sổ làm việc có lỗi nên dùng danh mục có sẵn để đối chiếu tên: {errors}",
  "matrix.registryNoHeader":
    "Không tìm thấy cột “Tên cơ quan” trên trang “Danh mục cơ quan”: các cột cơ quan không có danh sách thả xuống.",
  "matrix.done":
    "Đã chèn bảng phân công nhiệm vụ: {rows} dòng ({tasks} nhiệm vụ của kế hoạch); giữ nội dung đã nhập ở {kept} dòng; giữ {added} dòng do người dùng thêm.",
  "matrix.cli.wrote": "Đã ghi {file}: {rows} dòng nhiệm vụ trên trang “{sheet}”.",
  "matrix.cli.outRequired": "Cần --out FILE (tệp .xlsx để ghi).",
  "matrix.cli.notXlsx": "Tệp ghi ra phải có đuôi .xlsx: {file}",
};

export const en: Record<string, string> = {
  "matrix.validation.agency.title": "Agency not in the registry",
  "matrix.validation.agency.message":
    "This name is not on the “Danh mục cơ quan” sheet. For several agencies in one cell separate them with “;” and choose Yes to keep it. Use “Check agencies” to review names.",
  "matrix.validation.status.title": "Status not in the list",
  "matrix.validation.status.message":
    "Pick a status from the list: {options}. Choose Yes to keep what you typed.",
  "matrix.title": "TASK MATRIX",
  "matrix.details": "Tỉnh: {province} · Năm: {year} · Cơ quan ban hành: {issuer}",
  "matrix.lists.status": "Tình trạng",
  "matrix.registryUnreadable":
    "The workbook's “Danh mục cơ quan” sheet has errors, so the built-in registry is used to match names: {errors}",
  "matrix.registryNoHeader":
    "No “Tên cơ quan” column on the “Danh mục cơ quan” sheet: the agency columns get no drop-down list.",
  "matrix.done":
    "Task matrix inserted: {rows} rows ({tasks} plan tasks); typed values kept on {kept} rows; {added} rows added by the user kept.",
  "matrix.cli.wrote": "Wrote {file}: {rows} task rows on sheet “{sheet}”.",
  "matrix.cli.outRequired": "--out FILE is required (the .xlsx file to write).",
  "matrix.cli.notXlsx": "The output file must end in .xlsx: {file}",
};
