/**
 * Fake services for the task pane's component tests: every use-case is a jest mock with a
 * plausible answer, so a test checks what the page asks for and what it shows.
 */
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostInfo, Mode } from "../../src/taskpane/host";
import { memorySettings } from "../../src/taskpane/settingsStore";
import type {
  AgencyProblem,
  Basics,
  Download,
  MergeOutcome,
  OverdueView,
  Services,
} from "../../src/taskpane/services";

export const BASICS: Basics = {
  year: 2020,
  reporters: [
    { code: "SNV", name: "Sở Nội vụ" },
    { code: "UBND-VANYEN", name: "UBND huyện Văn Yên" },
    { code: "UBND-TRAMTAU", name: "UBND huyện Trạm Tấu" },
  ],
  periods: [
    { code: "2020-Q1", name: "Quý I năm 2020", deadline: "2020-03-04" },
    { code: "2020-H1", name: "6 tháng đầu năm 2020", deadline: "2020-06-04" },
    { code: "2020-Q3", name: "Quý III năm 2020", deadline: "2020-09-04" },
    { code: "2020-Y", name: "Năm 2020", deadline: "2020-11-04" },
  ],
  current: "2020-H1",
};

/** A problem as the check gives it, from the fields a page shows (one part, its fix). */
function problem(
  p: Pick<AgencyProblem, "sheet" | "cell" | "text" | "message" | "suggestion" | "reason" | "safe">,
): AgencyProblem {
  return {
    ...p,
    kind: "unit",
    prefix: "",
    font: null,
    parts: [
      {
        text: p.text,
        status: "unknown",
        fix: p.suggestion,
        safe: p.safe,
        alternatives: [],
        message: p.message,
      },
    ],
    safeText: p.safe ? p.suggestion : null,
    severity: p.safe ? "warning" : "error",
  };
}

export const PROBLEMS: AgencyProblem[] = [
  problem({
    sheet: "Bảng phân công nhiệm vụ",
    cell: "D10",
    text: "Së Néi vô",
    message: "Tên cơ quan gõ bằng mã TCVN3",
    suggestion: "Sở Nội vụ",
    reason: "mã TCVN3",
    safe: true,
  }),
  problem({
    sheet: "Bảng phân công nhiệm vụ",
    cell: "E12",
    text: "So Tu phap",
    message: "Tên cơ quan viết không dấu",
    suggestion: "Sở Tư pháp",
    reason: "không dấu",
    safe: true,
  }),
  problem({
    sheet: "Bảng phân công nhiệm vụ",
    cell: "E15",
    text: "Sở Tài nguyên",
    message: "Không có trong danh mục",
    suggestion: "Sở Tài nguyên và Môi trường",
    reason: "gần giống",
    safe: false,
  }),
];

export const file = (name: string, text = "x"): Download => ({
  name,
  bytes: Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff),
  type: "application/octet-stream",
});

export const MERGE_OUTCOME: MergeOutcome = {
  period: "2020-H1",
  expected: 3,
  accepted: [
    { file: "snv.xlsx", unit: "Sở Nội vụ", warnings: [], conflicts: [] },
    {
      file: "van-yen.xlsx",
      unit: "UBND huyện Văn Yên",
      warnings: ["Tên đơn vị sai chính tả"],
      conflicts: [],
    },
  ],
  rejected: [{ file: "x.xlsx", reason: "Không phải biểu mẫu báo cáo" }],
  duplicates: [{ unit: "Sở Nội vụ", kept: "snv.xlsx", ignored: ["snv-cu.xlsx"] }],
  missing: ["UBND huyện Trạm Tấu"],
  summary: file("tong-hop-2020-H1.xlsx"),
  json: file("tong-hop-2020-H1.json"),
};

type MethodKeys = {
  [K in keyof Services]-?: NonNullable<Services[K]> extends (...a: never[]) => unknown ? K : never;
}[keyof Services];
export const OVERDUE: OverdueView = {
  period: { code: "2020-H1", name: "6 tháng đầu năm 2020" },
  today: "2020-06-16",
  units: [
    { unit: "UBND huyện Trạm Tấu", deadline: "2020-06-04", daysOverdue: 12 },
    { unit: "Sở Y tế", deadline: "2020-06-04", daysOverdue: 12 },
  ],
};

export type FakeServices = Services & { [K in MethodKeys]: jest.Mock };

export function fakeServices(mode: Mode, overrides: Partial<Services> = {}): FakeServices {
  const services = {
    mode,
    settings: memorySettings(),
    download: jest.fn(),
    openFile: jest.fn(async (name: string) => ({ name, sheets: ["Bảng phân công nhiệm vụ"] })),
    saveFile: jest.fn(async () => file("da-sua.xlsx")),
    basics: jest.fn(async () => BASICS),
    insertMatrix: jest.fn(async () => ({ message: "Đã chèn bảng phân công nhiệm vụ: 30 dòng." })),
    matrixFile: jest.fn(async () => file("ma-tran-2020.xlsx")),
    checkAgencies: jest.fn(async () => ({
      problems: PROBLEMS,
      message: "1 lỗi, 2 cảnh báo trong 40 ô tên cơ quan.",
      notes: [],
    })),
    fixOne: jest.fn(async () => undefined),
    fixAll: jest.fn(async (ps: AgencyProblem[]) => ps.length),
    select: jest.fn(async () => undefined),
    reportForm: jest.fn(async (unit: string, period: string) =>
      file(`bao-cao-${period}-${unit}.xlsx`),
    ),
    allForms: jest.fn(async () => file("mau-bao-cao-2020-H1.zip")),
    tracking: jest.fn(async () => ({
      message: "Đã ghi các trang: Theo dõi báo cáo, Lịch báo cáo, Ngày nghỉ.",
    })),
    overdue: jest.fn(async () => OVERDUE),
    highlightOverdue: jest.fn(async () => OVERDUE),
    merge: jest.fn(async () => MERGE_OUTCOME),
    unitForm: jest.fn(async () => ({
      file: file("bao-cao-van-yen.xlsx"),
      notOnForm: [],
      reports: 3,
    })),
    preparePrint: jest.fn(async () => ({
      sheet: "Tổng hợp 2020-H1",
      lines: ["Khổ A4, giấy nằm ngang", "Đạt yêu cầu của Nghị định 30/2020/NĐ-CP"],
    })),
    ...overrides,
  };
  return services as unknown as FakeServices;
}

export function renderPane(page: string, services: FakeServices, host: Partial<HostInfo> = {}) {
  const info: HostInfo = { mode: services.mode, lang: "vi", dark: false, ...host };
  return render(<App host={info} services={services} initialPage={page} />);
}

/** A resolvable promise, to hold a service call open while a test looks at the progress. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
