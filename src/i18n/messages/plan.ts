/** Messages of the plan feature, Vietnamese first. Keys are "plan.<name>"; {name} placeholders. */
export const vi: Record<string, string> = {
  "plan.where.plan": "Kế hoạch",
  "plan.where.task": 'Nhiệm vụ "{code}"',
  "plan.where.taskAt": "Nhiệm vụ thứ {n}",
  "plan.where.field": '{where}, trường "{field}"',

  "plan.type.string": "văn bản",
  "plan.type.number": "số",
  "plan.type.boolean": "true/false",
  "plan.type.array": "danh sách",
  "plan.type.object": "đối tượng",

  "plan.err.notObject": "{where}: cần một đối tượng (object) JSON.",
  "plan.err.required": "{where}: thiếu giá trị.",
  "plan.err.invalidType": "{where}: sai kiểu dữ liệu (cần {expected}).",
  "plan.err.empty": "{where}: không được để trống.",
  "plan.err.unknownKeys": "{where}: trường không xác định: {keys}.",
  "plan.err.enum": '{where}: giá trị "{value}" không hợp lệ, cần một trong: {options}.',
  "plan.err.invalid": "{where}: giá trị không hợp lệ ({detail}).",
  "plan.err.noTasks": "{where}: kế hoạch phải có ít nhất một nhiệm vụ.",
  "plan.err.planId":
    '{where}: mã kế hoạch "{value}" không hợp lệ (chỉ chữ không dấu, chữ số, ".", "-", "_").',
  "plan.err.year": '{where}: năm "{value}" không hợp lệ (số nguyên từ 1900 đến 2200).',
  "plan.err.taskCode":
    '{where}: mã nhiệm vụ "{value}" không hợp lệ (không chứa khoảng trắng, "/" hoặc ";", tối đa 32 ký tự).',
  "plan.err.indicatorCode":
    '{where}: mã chỉ tiêu "{value}" không hợp lệ (chữ in hoa hoặc chữ số, có thể thêm "-", "_"; tối đa 16 ký tự).',
  "plan.err.unitCode":
    '{where}: mã cơ quan "{value}" không hợp lệ (chữ không dấu, chữ số, ".", "-", "_").',
  "plan.err.listText":
    '{where}: "{value}" không được chứa dấu ";" hay xuống dòng (dùng để ngăn cách trong ô).',
  "plan.err.unitText":
    '{where}: đơn vị tính "{value}" không được chứa "(", ")", "[", "]", ";" hay xuống dòng.',
  "plan.err.target": '{where}: mục tiêu "{value}" phải là số không âm.',
  "plan.err.flagTarget": "{where}: chỉ tiêu có/chưa chỉ nhận mục tiêu 0 hoặc 1.",
  "plan.err.date": '{where}: ngày "{value}" không hợp lệ (cần ngày/tháng/năm, ví dụ 04/02/2016).',
  "plan.err.duplicateTask": 'Mã nhiệm vụ "{code}" bị trùng (nhiệm vụ thứ {first} và thứ {second}).',
  "plan.err.duplicateIndicator": '{where}: mã chỉ tiêu "{code}" bị trùng.',
  "plan.err.unknownParent": '{where}: mục cha "{parent}" không có trong kế hoạch.',
  "plan.err.parentSelf": "{where}: mục cha không được là chính nhiệm vụ này.",
  "plan.err.parentOrder": '{where}: mục cha "{parent}" phải đứng trước nhiệm vụ này.',

  "plan.json.syntax": "Tệp kế hoạch không phải JSON hợp lệ: {detail}",
  "plan.json.format": 'Định dạng "{value}" không được hỗ trợ (cần "{expected}").',

  "plan.rows.noHeader": 'Không tìm thấy dòng tiêu đề của bảng nhiệm vụ (dòng có ô "{column}").',
  "plan.rows.missingColumn": 'Thiếu cột "{column}" trong dòng tiêu đề.',
  "plan.rows.duplicateColumn": 'Cột "{column}" xuất hiện hai lần trong dòng tiêu đề.',
  "plan.rows.unknownKey": 'Khóa "{value}" không xác định trong phần thông tin kế hoạch.',
  "plan.rows.missingKey": 'Thiếu dòng "{column}" trong phần thông tin kế hoạch.',
  "plan.rows.missingCode": "Dòng có nội dung nhưng thiếu mã nhiệm vụ.",
  "plan.rows.cell": "Ô chứa giá trị không đọc được: {value}.",
  "plan.rows.indicator":
    'Chỉ tiêu "{value}" không đúng dạng "MÃ: tên (đơn vị tính)", thêm " [có/chưa]" cho chỉ tiêu có/chưa.',
  "plan.rows.target": 'Mục tiêu "{value}" không đúng dạng "MÃ ≥ số".',
  "plan.rows.targetUnknown": 'Mục tiêu cho "{code}" nhưng cột Chỉ tiêu không có mã này.',
  "plan.rows.targetTwice": 'Mục tiêu cho "{code}" được ghi hai lần.',
  "plan.rows.reporters":
    'Không hiểu "{value}"; dùng: "Mọi đơn vị báo cáo", "Đơn vị: SNV, …", "Nhóm: cấp huyện, …", "Cơ quan cấp tỉnh có trang thông tin điện tử", "Không bắt buộc: cấp huyện" hoặc "Không (chỉ có trong bảng phân công nhiệm vụ)".',
  "plan.rows.group": 'Nhóm "{value}" không xác định; dùng một trong: {options}.',
  "plan.rows.documentPart": 'Thiếu "{column}": các cột văn bản phải điền đủ hoặc để trống cả.',
};

export const en: Record<string, string> = {
  "plan.where.plan": "Plan",
  "plan.where.task": 'Task "{code}"',
  "plan.where.taskAt": "Task number {n}",
  "plan.where.field": '{where}, field "{field}"',

  "plan.type.string": "text",
  "plan.type.number": "a number",
  "plan.type.boolean": "true/false",
  "plan.type.array": "a list",
  "plan.type.object": "an object",

  "plan.err.notObject": "{where}: a JSON object is needed.",
  "plan.err.required": "{where}: a value is missing.",
  "plan.err.invalidType": "{where}: wrong type ({expected} expected).",
  "plan.err.empty": "{where}: must not be empty.",
  "plan.err.unknownKeys": "{where}: unknown field(s): {keys}.",
  "plan.err.enum": '{where}: "{value}" is not allowed; use one of: {options}.',
  "plan.err.invalid": "{where}: invalid value ({detail}).",
  "plan.err.noTasks": "{where}: a plan needs at least one task.",
  "plan.err.planId":
    '{where}: plan id "{value}" is invalid (ASCII letters, digits, ".", "-", "_" only).',
  "plan.err.year": '{where}: year "{value}" is invalid (a whole number from 1900 to 2200).',
  "plan.err.taskCode":
    '{where}: task code "{value}" is invalid (no spaces, "/" or ";", at most 32 characters).',
  "plan.err.indicatorCode":
    '{where}: indicator code "{value}" is invalid (capital letters or digits, optionally "-", "_"; at most 16 characters).',
  "plan.err.unitCode":
    '{where}: agency code "{value}" is invalid (ASCII letters, digits, ".", "-", "_").',
  "plan.err.listText":
    '{where}: "{value}" must not contain ";" or a line break (they separate items in a cell).',
  "plan.err.unitText":
    '{where}: unit "{value}" must not contain "(", ")", "[", "]", ";" or a line break.',
  "plan.err.target": '{where}: target "{value}" must be a non-negative number.',
  "plan.err.flagTarget": "{where}: a yes/no indicator takes only 0 or 1 as its target.",
  "plan.err.date": '{where}: date "{value}" is invalid (day/month/year, e.g. 04/02/2016).',
  "plan.err.duplicateTask": 'Task code "{code}" is used twice (tasks {first} and {second}).',
  "plan.err.duplicateIndicator": '{where}: indicator code "{code}" is used twice.',
  "plan.err.unknownParent": '{where}: parent "{parent}" is not in the plan.',
  "plan.err.parentSelf": "{where}: a task cannot be its own parent.",
  "plan.err.parentOrder": '{where}: parent "{parent}" must come before this task.',

  "plan.json.syntax": "The plan file is not valid JSON: {detail}",
  "plan.json.format": 'Format "{value}" is not supported ("{expected}" expected).',

  "plan.rows.noHeader": 'The task table\'s header row (the row with a "{column}" cell) is missing.',
  "plan.rows.missingColumn": 'Column "{column}" is missing from the header row.',
  "plan.rows.duplicateColumn": 'Column "{column}" appears twice in the header row.',
  "plan.rows.unknownKey": 'Unknown key "{value}" in the plan details.',
  "plan.rows.missingKey": 'The plan details lack a "{column}" row.',
  "plan.rows.missingCode": "The row has content but no task code.",
  "plan.rows.cell": "The cell holds a value that cannot be read: {value}.",
  "plan.rows.indicator":
    'Indicator "{value}" is not of the form "CODE: name (unit)", plus " [có/chưa]" for a yes/no indicator.',
  "plan.rows.target": 'Target "{value}" is not of the form "CODE ≥ number".',
  "plan.rows.targetUnknown": 'A target for "{code}", but the Indicators column has no such code.',
  "plan.rows.targetTwice": 'The target for "{code}" is given twice.',
  "plan.rows.reporters":
    'Cannot read "{value}"; use "Mọi đơn vị báo cáo", "Đơn vị: SNV, …", "Nhóm: cấp huyện, …", "Cơ quan cấp tỉnh có trang thông tin điện tử", "Không bắt buộc: cấp huyện" or "Không (chỉ có trong bảng phân công nhiệm vụ)".',
  "plan.rows.group": 'Unknown group "{value}"; use one of: {options}.',
  "plan.rows.documentPart":
    '"{column}" is missing: fill in all the document columns or leave them all empty.',
};
