import fc from "fast-check";
import fs from "fs";
import path from "path";
import {
  applyFixes,
  createMatcher,
  describeReason,
  REASONS,
  suggestFix,
  type CellMatch,
  type PartStatus,
  type Reason,
} from "../../src/domain/matcher";
import { registryFromRows, yenBai2020 } from "../../src/domain/registry";
import { encodeTcvn3, encodeVni } from "../../src/domain/text";
import { propertyRuns } from "../helpers/property";

const matcher = createMatcher(yenBai2020);
const codes = (m: CellMatch) => m.parts.map((p) => p.agency?.code ?? p.suggestions[0]?.agency.code);
const statuses = (m: CellMatch) => m.parts.map((p) => p.status);

describe("every agency and group phrase the seed plan names", () => {
  const planFile = path.join(
    __dirname,
    "../../src/domain/plan/ke-hoach-tuyen-truyen-cchc-2020-yen-bai.txt",
  );
  const lines = fs.readFileSync(planFile, "utf8").split(/\r?\n/);

  // "- *Cơ quan chủ trì thực hiện:* …", "- *Cơ quan phối hợp*: …", "- Cơ quan phối hợp: …"
  const roleCells = lines
    .map((l) => l.replace(/\*/g, ""))
    .map((l) => /Cơ quan (?:chủ trì thực hiện|phối hợp)\s*:\s*(.+)$/.exec(l)?.[1])
    .filter((c): c is string => !!c);

  // The bodies heading each duty in section III ("1. Sở Nội vụ" … "6. Đề nghị Ủy ban MTTQ …").
  const sectionIII = lines.slice(
    lines.findIndex((l) => l.startsWith("III.")),
    lines.findIndex((l) => l.startsWith("IV.")),
  );
  const headings = sectionIII
    .map((l) => /^\d\.\s+(.+)$/.exec(l)?.[1])
    .filter((c): c is string => !!c)
    .map((c) => c.replace(/^Đề nghị\s+/, "")); // "Đề nghị" is the verb "we ask", not a name

  // The recipients, one per line; "Lưu: VT, NCPC." is the filing note, not a recipient.
  const from = lines.findIndex((l) => l.startsWith("Nơi nhận"));
  const recipients = lines
    .slice(from + 1)
    .filter((l) => l.startsWith("- ") && !l.startsWith("- Lưu:"))
    .map((l) => l.slice(2));

  it("finds the lines it is checking", () => {
    expect(roleCells).toHaveLength(13);
    expect(headings).toHaveLength(6);
    expect(recipients).toHaveLength(11);
  });

  it.each([...roleCells, ...headings, ...recipients])("resolves every part of: %s", (cell) => {
    const m = matcher.matchCell(cell);
    expect(m.parts.length).toBeGreaterThan(0);
    for (const p of m.parts)
      expect([p.text, p.status]).toEqual([p.text, expect.stringMatching(/^(exact|resolved)$/)]);
  });

  it("splits the plan's multi-agency cells at the right places", () => {
    expect(codes(matcher.matchCell(roleCells[0]))).toEqual([
      "NHOM-SBN-TINH",
      "NHOM-TW",
      "NHOM-UBND-HX",
    ]);
    expect(codes(matcher.matchCell(roleCells[4]))).toEqual([
      "DAI-PTTH",
      "BAO-YB",
      "CONG-TTDT",
      "NHOM-SBN-DP",
    ]);
    expect(codes(matcher.matchCell(headings[3]))).toEqual(["BAO-YB", "DAI-PTTH", "CONG-TTDT"]);
    expect(codes(matcher.matchCell(headings[4]))).toEqual(["NHOM-SBN", "NHOM-UBND-HTT"]);
    expect(codes(matcher.matchCell(headings[5]))).toEqual(["MTTQ", "NHOM-DOANTHE"]);
    expect(codes(matcher.matchCell("Đài PT&TH tỉnh, Báo Yên Bái"))).toEqual(["DAI-PTTH", "BAO-YB"]);
  });

  it("knows the plan's lead for II.2.c under its 2019–2020 name, the registry's 2020 name", () => {
    const m = matcher.matchCell("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh.");
    expect(m.parts).toHaveLength(1);
    expect(m.parts[0]).toMatchObject({ status: "exact", agency: { code: "VP-UBND" } });
  });
});

type Case = [string, string, PartStatus, Reason?, string?];

// Spellings from real habits: input, expected registry code, status, reason, cell font.
const MESSY: Case[] = [
  // typed without a Vietnamese keyboard
  ["So Noi vu", "SNV", "resolved", "missing-diacritics"],
  ["UBND huyen Van Yen", "H-VANYEN", "resolved", "missing-diacritics"],
  ["UBND huyen Van Chan", "H-VANCHAN", "resolved", "missing-diacritics"],
  ["UBND huyen Yen Binh", "H-YENBINH", "resolved", "missing-diacritics"],
  ["UBND huyen Tran Yen", "H-TRANYEN", "resolved", "missing-diacritics"],
  ["UBND huyen Tram Tau", "H-TRAMTAU", "resolved", "missing-diacritics"],
  ["UBND huyen Mu Cang Chai", "H-MUCANGCHAI", "resolved", "missing-diacritics"],
  ["UBND huyen Luc Yen", "H-LUCYEN", "resolved", "missing-diacritics"],
  ["UBND thanh pho Yen Bai", "TP-YENBAI", "resolved", "missing-diacritics"],
  ["UBND thi xa Nghia Lo", "TX-NGHIALO", "resolved", "missing-diacritics"],
  ["So Tu phap", "STP", "resolved", "missing-diacritics"],
  ["So Tai chinh", "STC", "resolved", "missing-diacritics"],
  ["So Van hoa, The thao va Du lich", "SVHTTDL", "resolved", "missing-diacritics"],
  ["Bao Yen Bai", "BAO-YB", "resolved", "missing-diacritics"],
  ["Dai Phat thanh - Truyen hinh tinh", "DAI-PTTH", "resolved", "missing-diacritics"],
  ["Cong Thong tin dien tu tinh", "CONG-TTDT", "resolved", "missing-diacritics"],
  ["Uy ban MTTQ Viet Nam tinh", "MTTQ", "resolved", "missing-diacritics"],
  ["So Giao duc va Dao tao", "SGDDT", "resolved", "missing-diacritics"],
  ["Thanh tra tinh", "TTRA", "resolved", "missing-diacritics"],
  ["Ban Dan toc", "BDT", "resolved", "missing-diacritics"],
  ["Báo Yên Bai", "BAO-YB", "resolved", "missing-diacritics"],
  ["Hội Nông dan tỉnh", "HND", "resolved", "missing-diacritics"],
  ["Sở Kế hoach và Đầu tư", "SKHDT", "resolved", "missing-diacritics"],
  // the other tone placement
  ["Sở Văn hoá, Thể thao và Du lịch", "SVHTTDL", "resolved", "tone-placement"],
  ["Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ", "resolved", "tone-placement"],
  ["Uỷ ban nhân dân tỉnh", "UBND-TINH", "resolved"],
  // legacy fonts
  [encodeTcvn3("Sở Nội vụ"), "SNV", "resolved", "legacy-encoding"],
  ["Së Tµi chÝnh", "STC", "resolved", "legacy-encoding"],
  ["UBND huyÖn V¨n ChÊn", "H-VANCHAN", "resolved", "legacy-encoding"],
  [
    encodeTcvn3("UBND HUYỆN VĂN YÊN", { capitalsFont: true }),
    "H-VANYEN",
    "resolved",
    "legacy-encoding",
    ".VnTimeH",
  ],
  ["§µi Ph¸t thanh - TruyÒn h×nh tØnh", "DAI-PTTH", "resolved", "legacy-encoding"],
  [
    encodeTcvn3("các sở, ban, ngành, địa phương có liên quan"),
    "NHOM-SBN-DP",
    "resolved",
    "legacy-encoding",
    ".VnTime",
  ],
  ["Sôû Noäi vuï", "SNV", "resolved", "legacy-encoding"],
  ["Baùo Yeân Baùi", "BAO-YB", "resolved", "legacy-encoding"],
  [encodeVni("UBND huyện Yên Bình"), "H-YENBINH", "resolved", "legacy-encoding"],
  [
    encodeVni("Đài Phát thanh - Truyền hình tỉnh"),
    "DAI-PTTH",
    "resolved",
    "legacy-encoding",
    "VNI-Times",
  ],
  [encodeVni("Ủy ban MTTQ Việt Nam tỉnh"), "MTTQ", "resolved", "legacy-encoding"],
  // case and spacing
  ["sở nội vụ", "SNV", "resolved", "case-spacing"],
  ["SỞ NỘI VỤ", "SNV", "resolved", "case-spacing"],
  ["Sở  Nội   vụ", "SNV", "resolved", "case-spacing"],
  ["Sở\u00a0Tư pháp", "STP", "resolved", "case-spacing"],
  ["Sở Lao động Thương binh và Xã hội", "SLDTBXH", "resolved", "case-spacing"],
  ["Sở Văn hóa Thể thao và Du lịch", "SVHTTDL", "resolved", "case-spacing"],
  ["Sở Giáo dục & Đào tạo", "SGDDT", "resolved", "case-spacing"],
  ["Sở Công thương", "SCT", "resolved", "case-spacing"],
  // abbreviations and other accepted names
  ["SNV", "SNV", "resolved", "abbreviation"],
  ["Sở TT&TT", "STTTT", "resolved", "abbreviation"],
  ["Sở VHTTDL", "SVHTTDL", "resolved", "abbreviation"],
  ["Sở NN&PTNT", "SNNPTNT", "resolved", "abbreviation"],
  ["Sở LĐ-TB&XH", "SLDTBXH", "resolved", "abbreviation"],
  ["Sở KH&ĐT", "SKHDT", "resolved", "abbreviation"],
  ["Sở TN&MT", "STNMT", "resolved", "abbreviation"],
  ["Sở GD&ĐT", "SGDDT", "resolved", "abbreviation"],
  ["Sở KH&CN", "SKHCN", "resolved", "abbreviation"],
  ["Sở GTVT", "SGTVT", "resolved", "abbreviation"],
  ["UBND TP Yên Bái", "TP-YENBAI", "resolved", "abbreviation"],
  ["UBND TP. Yên Bái", "TP-YENBAI", "resolved", "abbreviation"],
  ["UBND TX Nghĩa Lộ", "TX-NGHIALO", "resolved", "abbreviation"],
  ["TX Nghĩa Lộ", "TX-NGHIALO", "resolved", "abbreviation"],
  ["Ủy ban nhân dân huyện Văn Chấn", "H-VANCHAN", "resolved", "abbreviation"],
  ["UBND H. Trạm Tấu", "H-TRAMTAU", "resolved", "abbreviation"],
  ["Văn Yên", "H-VANYEN", "resolved", "abbreviation"],
  ["Đài PT-TH", "DAI-PTTH", "resolved", "abbreviation"],
  ["Đài PT&TH tỉnh", "DAI-PTTH", "resolved", "abbreviation"],
  ["Đài PTTH tỉnh", "DAI-PTTH", "resolved", "abbreviation"],
  ["Cổng TTĐT tỉnh", "CONG-TTDT", "resolved", "abbreviation"],
  ["Ủy ban MTTQ tỉnh", "MTTQ", "resolved", "abbreviation"],
  ["Hội LHPN tỉnh", "HLHPN", "resolved", "abbreviation"],
  ["LĐLĐ tỉnh", "LDLD", "resolved", "abbreviation"],
  ["Ban QL các KCN", "BQLKCN", "resolved", "abbreviation"],
  ["VP UBND tỉnh", "VP-UBND", "resolved", "abbreviation"],
  ["Ban Chỉ đạo CCHC của Chính phủ", "BCD-CCHC", "resolved", "abbreviation"],
  ["UBND các huyện, TX, TP", "NHOM-UBND-HTT", "resolved", "abbreviation"],
  // the office's 2020 name spelled out, and its later name (an alias in the 2020 registry)
  ["Văn phòng UBND tỉnh", "VP-UBND", "resolved", "abbreviation"],
  [
    "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh",
    "VP-UBND",
    "resolved",
    "abbreviation",
  ],
  // typos: offered, not applied
  ["Sở Nôi vụ", "SNV", "suggested", "typo"],
  ["Sở Tài chín", "STC", "suggested", "typo"],
  ["Sở Nộivụ", "SNV", "suggested", "typo"],
  ["Sở Văn hóa, Thể thao và Du lch", "SVHTTDL", "suggested", "typo"],
  ["UBND huyện Văn Chân", "H-VANCHAN", "suggested", "typo"],
  ["Sở Xây dưng", "SXD", "suggested", "typo"],
  ["Sở Tư phám", "STP", "suggested", "typo"],
  ["Sở Y tê", "SYT", "suggested", "typo"],
  ["UBND huyện Mù Căng Chải", "H-MUCANGCHAI", "suggested", "typo"],
  ["Cổng thông tin điên tử tỉnh", "CONG-TTDT", "suggested", "typo"],
  ["Sở Tài nguyên và Môi trườn", "STNMT", "suggested", "typo"],
  ["UBND huyện Văn Yến", "H-VANYEN", "suggested", "typo"],
];

describe("messy spellings from real habits", () => {
  it("cover at least 60 cases", () => {
    expect(MESSY.length).toBeGreaterThanOrEqual(60);
  });

  // Rows as objects: jest would take a missing trailing column for a `done` callback.
  const rows = MESSY.map(([text, code, status, reason, font]) => ({
    text,
    code,
    status,
    reason,
    font,
  }));
  it.each(rows)("$text -> $code ($status $reason)", ({ text, code, status, reason, font }) => {
    const m = matcher.matchCell(text, { font });
    expect(m.parts).toHaveLength(1);
    const [p] = m.parts;
    expect(p.status).toBe(status);
    if (reason) expect(p.reason).toBe(reason);
    if (status === "resolved") expect(p.agency?.code).toBe(code);
    else expect(p.suggestions[0].agency.code).toBe(code);
    expect(p.text).toBe(text.trim());
  });

  it("calls the registry's own spelling exact", () => {
    for (const a of yenBai2020.agencies) {
      const [p] = matcher.matchCell(a.name).parts;
      expect([a.name, p.status, p.agency?.code]).toEqual([a.name, "exact", a.code]);
    }
  });

  it("finds every alias, short name and former name", () => {
    for (const a of yenBai2020.agencies)
      for (const s of [a.shortName, ...a.aliases, ...(a.formerNames ?? [])]) {
        const m = matcher.matchCell(s);
        expect([s, m.parts.length, m.parts[0].agency?.code]).toEqual([s, 1, a.code]);
      }
  });
});

describe("units with similar names are never confused", () => {
  const districts = yenBai2020.agencies.filter((a) => a.group === "district");
  const place = (name: string) => name.replace(/^UBND (huyện|thị xã|thành phố) /, "");

  it("matches each district's name, without marks, and short name to that district only", () => {
    for (const d of districts) {
      const stripped = d.name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d");
      for (const s of [d.name, stripped, d.shortName, `Huyện ${place(d.name)}`]) {
        if (s.startsWith("Huyện") && d.code.startsWith("T")) continue;
        const [p] = matcher.matchCell(s).parts;
        expect([s, p.agency?.code]).toEqual([s, d.code]);
      }
    }
  });

  it.each([
    ["UBND huyện Văn Yên", "H-VANYEN"],
    ["UBND huyện Văn Chấn", "H-VANCHAN"],
    ["UBND huyện Yên Bình", "H-YENBINH"],
    ["UBND thành phố Yên Bái", "TP-YENBAI"],
    ["UBND huyện Trấn Yên", "H-TRANYEN"],
    ["Van Yen", "H-VANYEN"],
    ["Van Chan", "H-VANCHAN"],
    ["Yen Binh", "H-YENBINH"],
    ["TP Yên Bái", "TP-YENBAI"],
    ["thành phố Yên Bái", "TP-YENBAI"],
    ["UBND tỉnh", "UBND-TINH"],
    ["UBND tỉnh Yên Bái", "UBND-TINH"],
    ["Ủy ban nhân dân tỉnh Yên Bái", "UBND-TINH"],
  ])("%s is %s", (text, code) => {
    const [p] = matcher.matchCell(text).parts;
    expect(p.agency?.code).toBe(code);
  });

  it.each([
    ["UBND huyện Văn Yến", "H-VANYEN"],
    ["UBND huyện Văn Chắn", "H-VANCHAN"],
    ["UBND huyện Yên Bìn", "H-YENBINH"],
    ["UBND thành phố Yên Bai", "TP-YENBAI"],
  ])("a typo in %s still points to %s first", (text, code) => {
    const [p] = matcher.matchCell(text).parts;
    expect(p.agency?.code ?? p.suggestions[0].agency.code).toBe(code);
  });

  it.each([
    "tỉnh Yên Bái",
    "Yên Bái",
    "UBND huyện Yên Bái",
    "huyện Yên Bái",
    "UBND thành phố Văn Yên",
  ])("%s is matched to no district", (text) => {
    const [p] = matcher.matchCell(text).parts;
    expect(p.agency?.group).not.toBe("district");
    expect(p.status).not.toBe("suggested");
    expect(p.suggestions.filter((s) => s.agency.group === "district")).toEqual([]);
  });
});

describe("cells holding several agencies", () => {
  it.each([
    ["Sở Nội vụ; Sở Tư pháp", ["SNV", "STP"]],
    ["Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch và Báo Yên Bái", ["SNV", "SVHTTDL", "BAO-YB"]],
    [
      "Đài Phát thanh và Truyền hình tỉnh, Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
      ["DAI-PTTH", "VP-UBND"],
    ],
    ["Sở Nội vụ\nSở Tư pháp\n- Báo Yên Bái;", ["SNV", "STP", "BAO-YB"]],
    ["Sở Nội vụ và các sở, ban, ngành, địa phương có liên quan", ["SNV", "NHOM-SBN-DP"]],
    ["Sở Lao động - Thương binh và Xã hội, Sở Kế hoạch và Đầu tư", ["SLDTBXH", "SKHDT"]],
    ["Chủ tịch, các Phó Chủ tịch UBND tỉnh; Chánh Văn phòng", ["LD-UBND", "CVP"]],
    [
      "UBND huyện Văn Yên, UBND huyện Văn Chấn, UBND huyện Yên Bình",
      ["H-VANYEN", "H-VANCHAN", "H-YENBINH"],
    ],
    ["Sở Tài nguyên & Môi trường, Sở TT & TT", ["STNMT", "STTTT"]],
  ])("%s", (text, expected) => {
    const m = matcher.matchCell(text);
    expect(codes(m)).toEqual(expected);
    expect(statuses(m).every((s) => s === "exact" || s === "resolved")).toBe(true);
  });

  it("keeps good, near and unknown parts apart", () => {
    const m = matcher.matchCell("SNV, Sở Nôi vụ, Phòng Tài vụ xyz");
    expect(statuses(m)).toEqual(["resolved", "suggested", "unknown"]);
    expect(m.parts[2].text).toBe("Phòng Tài vụ xyz");
  });

  it("gives each part's position in the cell as written, legacy bytes included", () => {
    const cells: [string, string?][] = [
      ["  Sở Nội vụ ;  SNV và So Tu phap."],
      [encodeTcvn3("Sở Nội vụ, Sở Tư pháp và Báo Yên Bái")],
      [encodeVni("Sở Nội vụ; Đài Phát thanh - Truyền hình tỉnh"), "VNI-Times"],
      ["Sở Nội vụ".normalize("NFD") + ", Sở Tư pháp"],
    ];
    for (const [cell, font] of cells) {
      const m = matcher.matchCell(cell, { font });
      for (const p of m.parts) expect(cell.slice(p.start, p.end)).toBe(p.text);
    }
    const legacy = matcher.matchCell(cells[1][0]);
    expect(legacy.encoding).toBe("tcvn3");
    expect(legacy.parts.map((p) => p.repaired)).toEqual(["Sở Nội vụ", "Sở Tư pháp", "Báo Yên Bái"]);
    expect(legacy.parts[0].text).toBe("Së Néi vô");
  });
});

describe("fixes", () => {
  it("offers the registry's spelling and says which fixes are safe", () => {
    const [exact] = matcher.matchCell("Sở Nội vụ").parts;
    expect(suggestFix(exact)).toBeNull();
    const [tone] = matcher.matchCell("Sở Văn hoá, Thể thao và Du lịch").parts;
    expect(suggestFix(tone)).toEqual({ text: "Sở Văn hóa, Thể thao và Du lịch", safe: true });
    const [legacy] = matcher.matchCell("Së Néi vô").parts;
    expect(suggestFix(legacy)).toEqual({ text: "Sở Nội vụ", safe: true });
    const [alias] = matcher.matchCell("Sở TT&TT").parts;
    expect(suggestFix(alias)).toEqual({ text: "Sở Thông tin và Truyền thông", safe: true });
    const [bare] = matcher.matchCell("So Tu phap").parts;
    expect(suggestFix(bare)).toEqual({ text: "Sở Tư pháp", safe: false });
    const [typo] = matcher.matchCell("Sở Tài chín").parts;
    expect(suggestFix(typo)).toEqual({ text: "Sở Tài chính", safe: false });
    const [unknown] = matcher.matchCell("Phòng Tài vụ").parts;
    expect(suggestFix(unknown)).toBeNull();
  });

  it("applies safe fixes only, or all, keeping the separators", () => {
    const m = matcher.matchCell("sở nội vụ; SNV và So Tu phap, xyz");
    expect(applyFixes(m, { safeOnly: true })).toBe("Sở Nội vụ; Sở Nội vụ và So Tu phap, xyz");
    expect(applyFixes(m)).toBe("Sở Nội vụ; Sở Nội vụ và Sở Tư pháp, xyz");
  });

  it("writes a legacy cell back as Unicode", () => {
    const m = matcher.matchCell(encodeTcvn3("Sở Nội vụ, Sở Tư pháp và các đơn vị khác"));
    expect(applyFixes(m, { safeOnly: true })).toBe("Sở Nội vụ, Sở Tư pháp và các đơn vị khác");
  });

  it("explains every reason in Vietnamese and English", () => {
    for (const r of REASONS) {
      expect(describeReason(r)).not.toMatch(/^text\./);
      expect(describeReason(r, "en")).not.toMatch(/^text\./);
      expect(describeReason(r)).not.toBe(describeReason(r, "en"));
    }
  });
});

describe("any cell (fast-check)", () => {
  const spellings = yenBai2020.agencies.flatMap((a) => [a.name, a.shortName, ...a.aliases]);
  const item = fc.oneof(
    fc.constantFrom(...spellings),
    fc.constantFrom(...spellings).map((s) => s.toLowerCase()),
    fc.constantFrom(...spellings).map((s) => s.slice(0, Math.max(1, s.length - 2))),
    fc.string({ maxLength: 12 }),
  );
  const cell = fc.tuple(
    fc.array(item, { minLength: 1, maxLength: 5 }),
    fc.constantFrom(", ", "; ", " và ", "\n", ",", " & "),
    fc.constantFrom("none", "vni", "tcvn3"),
  );

  it("covers the cell in order, and the gaps and parts rebuild its text", () => {
    fc.assert(
      fc.property(cell, ([items, sep, enc]) => {
        const unicode = items.join(sep);
        let text = unicode;
        if (enc === "vni") text = encodeVni(unicode);
        if (enc === "tcvn3") text = encodeTcvn3(unicode.toLowerCase());
        const m = matcher.matchCell(text);
        let last = 0;
        let rebuilt = m.gaps[0];
        m.parts.forEach((p, k) => {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(text.slice(p.start, p.end)).toBe(p.text);
          last = p.end;
          rebuilt += (p.repaired ?? p.text) + m.gaps[k + 1];
          if (p.status === "exact" || p.status === "resolved") expect(p.agency).toBeDefined();
        });
        expect(rebuilt).toBe(m.repaired);
        expect(m.gaps).toHaveLength(m.parts.length + 1);
      }),
      propertyRuns(400, 120),
    );
  });
});

describe("another registry, loaded as data", () => {
  const result = registryFromRows([
    ["Mã", "Tên cơ quan", "Tên viết tắt", "Tên khác", "Nhóm", "Phải báo cáo"],
    ["SNV-LC", "Sở Nội vụ", "SNV", "Sở Nội vụ tỉnh Lào Cai", "cấp tỉnh", "Có"],
    ["SVH-LC", "Sở Văn hoá, Thể thao và Du lịch", "Sở VHTTDL", null, "cấp tỉnh", "Có"],
    ["X-BATXAT", "UBND xã Bát Xát", "Bát Xát", null, "cấp xã", "Có"],
  ]);
  const other = createMatcher(result.registry!);

  it("matches by its own names and codes", () => {
    expect(codes(other.matchCell("Sở Nội vụ tỉnh Lào Cai; UBND xã Bát Xát"))).toEqual([
      "SNV-LC",
      "X-BATXAT",
    ]);
    expect(other.matchCell("UBND huyện Văn Yên").parts[0].status).toBe("unknown");
  });

  it("writes the registry's own tone placement, whichever it is", () => {
    const [p] = other.matchCell("Sở Văn hóa, Thể thao và Du lịch").parts;
    expect(p).toMatchObject({ status: "resolved", reason: "tone-placement" });
    expect(suggestFix(p)?.text).toBe("Sở Văn hoá, Thể thao và Du lịch");
  });
});

describe("dates and determinism", () => {
  it("treats a unit out of force on the date as unknown, pointing at the old unit", () => {
    const [p] = matcher.matchCell("UBND huyện Văn Yên", { date: "2026-01-01" }).parts;
    expect(p.status).toBe("unknown");
    expect(p.reason).toBe("old-name");
    expect(p.suggestions[0].agency.code).toBe("H-VANYEN");
    expect(matcher.matchCell("UBND huyện Văn Yên", { date: "2020-06-30" }).parts[0].status).toBe(
      "exact",
    );
  });

  it("gives the same answer every time, from any matcher", () => {
    const cells = MESSY.map(([t]) => t).concat([
      "SNV, Sở Nôi vụ, xyz",
      "tỉnh Yên Bái",
      "UBND thành phố",
    ]);
    const again = createMatcher(yenBai2020);
    for (const c of cells) {
      const a = matcher.matchCell(c);
      expect(again.matchCell(c)).toEqual(a);
      expect(matcher.matchCell(c)).toEqual(a);
    }
  });

  it("returns no parts for an empty cell", () => {
    expect(matcher.matchCell("  ").parts).toEqual([]);
    expect(matcher.matchCell("").gaps).toEqual([""]);
  });
});
