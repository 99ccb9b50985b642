/** Messages about files on disk: inputs refused, output paths, writes. Keys "files.<name>". */
export const vi: Record<string, string> = {
  // Why an entry found is not read
  "files.refused.fifo": "là một FIFO (ống dẫn), không phải tệp thường; không đọc",
  "files.refused.device": "là một thiết bị (như /dev/zero), không phải tệp thường; không đọc",
  "files.refused.socket": "là một socket, không phải tệp thường; không đọc",
  "files.refused.dangling": "là liên kết tới tệp không còn tồn tại",
  "files.refused.loop": "là liên kết vòng (trỏ về chính nó)",
  "files.refused.tooLarge": "tệp {mb} MB, vượt giới hạn {limit} MB; không đọc",
  "files.refused.unreadable": "không đọc được ({message})",
  "files.refused.ownTemp": "tệp tạm hoặc tệp khóa của lệnh cchc; không đọc",
  "files.refusedLine": "Không đọc {path}: {reason}",
  "files.earlierOutput": "Bỏ qua {path}: kết quả của lần chạy trước, sẽ được ghi lại.",

  // Output paths, checked before anything is read
  "files.out.noDir": "Thư mục để ghi {path} không tồn tại.",
  "files.out.isFolder": "{option} {path} là một thư mục, không phải tệp để ghi.",
  "files.out.notRegular":
    "{option} {path} không phải tệp thường (liên kết hỏng, thiết bị hoặc FIFO); không ghi vào đó.",
  "files.out.notWritable": "Không ghi được {option} {path}: {reason}. Chưa đọc tệp nào.",
  "files.out.same":
    "{option} và {other} trỏ vào cùng một tệp ({path}); --out, --json và --received phải là các tệp khác nhau.",
  "files.out.isInput":
    "{option} trỏ vào tệp đầu vào {path}; lệnh không bao giờ ghi đè biểu mẫu báo cáo.",
  "files.out.inInputFolder":
    "{option} {path} nằm trong thư mục đầu vào và là tệp lệnh sẽ đọc (không phải kết quả cũ của lệnh này); lệnh không ghi đè biểu mẫu báo cáo. Hãy chọn tên hoặc thư mục khác.",
  "files.out.receivedInInputFolder":
    "--received {path} nằm trong thư mục đầu vào nên sẽ bị đọc như một biểu mẫu báo cáo; hãy để bảng theo dõi ở thư mục khác.",
  "files.reason.EACCES": "không có quyền ghi",
  "files.reason.EPERM": "không có quyền ghi",
  "files.reason.EROFS": "ổ đĩa chỉ đọc",
  "files.reason.ENOSPC": "đĩa đầy",
  "files.reason.EDQUOT": "hết hạn mức dung lượng",
  "files.reason.other": "lỗi {code}",

  // Writing
  "files.locked":
    "Tệp {path} đang được một lệnh cchc khác ghi (tiến trình {pid}); hãy chờ lệnh đó xong rồi chạy lại.",
  "files.writeFailed":
    "Không ghi được {path}: {reason}. Không tệp kết quả nào bị thay: các tệp đã có giữ nguyên như trước.",
  "files.backup": "Bản sao bảng theo dõi trước khi cập nhật: {path}",
};

export const en: Record<string, string> = {
  "files.refused.fifo": "is a FIFO (pipe), not a regular file; not read",
  "files.refused.device": "is a device (such as /dev/zero), not a regular file; not read",
  "files.refused.socket": "is a socket, not a regular file; not read",
  "files.refused.dangling": "is a link to a file that no longer exists",
  "files.refused.loop": "is a link loop (it points back at itself)",
  "files.refused.tooLarge": "the file is {mb} MB, over the {limit} MB limit; not read",
  "files.refused.unreadable": "cannot be read ({message})",
  "files.refused.ownTemp": "a temporary or lock file of cchc; not read",
  "files.refusedLine": "Not read {path}: {reason}",
  "files.earlierOutput": "Skipped {path}: the output of an earlier run, written again.",

  "files.out.noDir": "The folder to write {path} in does not exist.",
  "files.out.isFolder": "{option} {path} is a folder, not a file to write.",
  "files.out.notRegular":
    "{option} {path} is not a regular file (a broken link, a device or a FIFO); nothing is written there.",
  "files.out.notWritable": "{option} {path} cannot be written: {reason}. No file was read.",
  "files.out.same":
    "{option} and {other} name the same file ({path}); --out, --json and --received must be different files.",
  "files.out.isInput": "{option} names the input file {path}; forms sent in are never overwritten.",
  "files.out.inInputFolder":
    "{option} {path} lies in an input folder and is a file the merge would read (not an earlier output of this command); forms sent in are never overwritten. Choose another name or folder.",
  "files.out.receivedInInputFolder":
    "--received {path} lies in an input folder and would be read as a form sent in; keep the tracking workbook in another folder.",
  "files.reason.EACCES": "permission denied",
  "files.reason.EPERM": "permission denied",
  "files.reason.EROFS": "read-only file system",
  "files.reason.ENOSPC": "disk full",
  "files.reason.EDQUOT": "disk quota exceeded",
  "files.reason.other": "error {code}",

  "files.locked":
    "{path} is being written by another cchc command (process {pid}); wait for it to finish and run again.",
  "files.writeFailed":
    "{path} cannot be written: {reason}. No output was replaced: the files already there are as they were.",
  "files.backup": "Copy of the tracking workbook before the update: {path}",
};
