import fc from "fast-check";
import {
  AGENCY_GROUP_LIST,
  expectedReporters,
  formatIssue,
  GROUP_NAMES,
  isValidOn,
  REGISTRY_HEADERS,
  REGISTRY_SHEET,
  registryFromJson,
  registryFromRows,
  registryToJson,
  registryToRows,
  validateRegistry,
  yenBai2020,
  type Agency,
  type Registry,
} from "../../src/domain/registry";
import { AGENCY_CODES } from "../../src/domain/plan/codes";

const byCode = (code: string) => yenBai2020.agencies.find((a) => a.code === code);

describe("the built-in 2020 Yên Bái registry", () => {
  it("passes its own checks", () => {
    expect(validateRegistry(yenBai2020)).toEqual({ registry: yenBai2020 });
  });

  it("has the 19 provincial agencies and the 9 district-level UBND as the 28 reporters", () => {
    const province = yenBai2020.agencies.filter((a) => a.group === "province");
    const district = yenBai2020.agencies.filter((a) => a.group === "district");
    expect(province).toHaveLength(19);
    expect(district).toHaveLength(9);
    expect(province.filter((a) => a.name.startsWith("Sở "))).toHaveLength(15);
    for (const a of province)
      expect([a.code, a.reports, a.hasWebsite]).toEqual([a.code, true, true]);
    expect(expectedReporters(yenBai2020)).toEqual([...province, ...district]);
    expect(expectedReporters(yenBai2020, "2020-06-01")).toHaveLength(28);
  });

  it("names the districts as they sign their reports", () => {
    expect(yenBai2020.agencies.filter((a) => a.group === "district").map((a) => a.name)).toEqual([
      "UBND thành phố Yên Bái",
      "UBND thị xã Nghĩa Lộ",
      "UBND huyện Lục Yên",
      "UBND huyện Văn Yên",
      "UBND huyện Mù Cang Chải",
      "UBND huyện Trấn Yên",
      "UBND huyện Trạm Tấu",
      "UBND huyện Văn Chấn",
      "UBND huyện Yên Bình",
    ]);
    expect(byCode("H-VANYEN")?.name).toBe("UBND huyện Văn Yên");
    expect(byCode("TP-YENBAI")?.aliases).toContain("UBND TP Yên Bái");
  });

  it("ends every Yên Bái unit on 30/06/2025: from July 2025 nobody is expected", () => {
    expect(expectedReporters(yenBai2020, "2025-06-30")).toHaveLength(28);
    expect(expectedReporters(yenBai2020, "2025-07-01")).toEqual([]);
    const units = yenBai2020.agencies.filter((a) => a.group !== "phrase");
    expect(units.filter((a) => a.validTo !== "2025-06-30").map((a) => a.code)).toEqual([]);
    expect(isValidOn(byCode("H-VANYEN")!, "2025-06-30")).toBe(true);
    expect(isValidOn(byCode("H-VANYEN")!, "2025-07-01")).toBe(false);
  });

  it("keeps the media, the Front and group phrases out of the reporters", () => {
    for (const code of ["BAO-YB", "DAI-PTTH", "CONG-TTDT", "MTTQ", "NHOM-SBN-DP"])
      expect(byCode(code)?.reports).toBe(false);
    expect(byCode("NHOM-SBN-DP")?.group).toBe("phrase");
  });

  it("accepts the office's 2019–2020 name and the plan's misprint", () => {
    expect(byCode("VP-UBND")?.name).toBe("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh");
    expect(byCode("VP-UBND")?.aliases).toContain("Văn phòng UBND tỉnh");
    expect(byCode("CONG-TTDT")?.aliases).toContain("Công Thông tin điện tử tỉnh");
    expect(byCode("DAI-PTTH")?.aliases).toEqual(
      expect.arrayContaining([
        "Đài PT-TH tỉnh",
        "Đài PT&TH tỉnh",
        "Đài Phát thanh và Truyền hình tỉnh",
      ]),
    );
  });

  it("has every code the built-in plan refers to, in stable ASCII", () => {
    for (const code of Object.values(AGENCY_CODES)) expect(byCode(code)?.code).toBe(code);
    for (const a of yenBai2020.agencies) expect(a.code).toMatch(/^[A-Z0-9-]+$/);
  });
});

describe("JSON form", () => {
  it("round-trips exactly", () => {
    const json = registryToJson(yenBai2020);
    expect(registryFromJson(json)).toEqual({ registry: yenBai2020 });
    expect(registryToJson(registryFromJson(json).registry!)).toBe(json);
  });

  it("names the row and field of each problem", () => {
    const data = JSON.parse(registryToJson(yenBai2020));
    data.agencies[2].group = "tỉnh";
    delete data.agencies[4].name;
    data.agencies[5].reports = "có";
    data.agencies[6].ghiChu = "?";
    const result = registryFromJson(JSON.stringify(data));
    expect(result.errors).toEqual([
      { row: 3, column: "Nhóm", message: expect.stringContaining('"tỉnh" không hợp lệ') },
      { row: 5, column: "Tên cơ quan", message: "không được để trống." },
      { row: 6, column: "Phải báo cáo", message: "sai kiểu dữ liệu (cần true/false)." },
      { row: 7, column: "ghiChu", message: "trường không xác định: ghiChu." },
    ]);
    expect(formatIssue(result.errors![0])).toMatch(/^Dòng 3, cột Nhóm: nhóm "tỉnh"/);
  });

  it("reports a code or a spelling used twice, pointing at the first use", () => {
    const data = JSON.parse(registryToJson(yenBai2020));
    data.agencies[1].code = "SNV";
    data.agencies[3].aliases.push("Sở  nội vụ");
    const result = registryFromJson(JSON.stringify(data), { lang: "en" });
    expect(result.errors).toEqual([
      { row: 2, column: "Code", message: 'code "SNV" is already used on row 1.' },
      {
        row: 4,
        column: "Other names",
        message: '"Sở nội vụ" is the same as a name of SNV on row 1.',
      },
    ]);
  });

  it("rejects broken JSON, an empty list, and dates out of order", () => {
    expect(registryFromJson("{").errors?.[0].message).toMatch(/^không đọc được JSON/);
    expect(registryFromJson('{"id":"x","agencies":[]}').errors?.[0].message).toMatch(
      /không có cơ quan/,
    );
    const a = { ...yenBai2020.agencies[0], validFrom: "2021-01-01", validTo: "2020-12-31" };
    expect(validateRegistry({ id: "x", agencies: [a] }).errors).toEqual([
      { row: 1, column: "Hiệu lực từ", message: expect.stringContaining("sau") },
    ]);
    const b = { ...yenBai2020.agencies[0], validTo: "2020-02-30" };
    expect(validateRegistry({ id: "x", agencies: [b] }).errors?.[0]).toMatchObject({
      row: 1,
      column: "Hiệu lực đến",
    });
  });
});

describe(`sheet form ("${REGISTRY_SHEET}")`, () => {
  it("writes a Vietnamese header row, then one row per agency", () => {
    const rows = registryToRows(yenBai2020);
    expect(rows[0]).toEqual([
      "Mã",
      "Tên cơ quan",
      "Tên viết tắt",
      "Tên khác",
      "Nhóm",
      "Phải báo cáo",
      "Có trang TTĐT",
      "Hiệu lực từ",
      "Hiệu lực đến",
      "Tên cũ",
      "Thuộc",
      "Tên theo thời gian",
    ]);
    expect(rows).toHaveLength(yenBai2020.agencies.length + 1);
    expect(rows[1]).toEqual([
      "SNV",
      "Sở Nội vụ",
      "SNV",
      "SNV | Sở NV",
      "cấp tỉnh",
      "Có",
      "Có",
      null,
      "2025-06-30",
      null,
      null,
      null,
    ]);
  });

  it("round-trips the built-in registry exactly", () => {
    expect(registryFromRows(registryToRows(yenBai2020), { id: yenBai2020.id })).toEqual({
      registry: yenBai2020,
    });
  });

  it("reads a sheet typed by hand: title rows, columns moved, loose values", () => {
    const rows = [
      ["DANH MỤC CƠ QUAN, ĐƠN VỊ NĂM 2021"],
      [],
      ["Tên cơ quan", "Mã", "Nhóm", "Phải báo cáo", "Tên khác", "Hiệu lực từ", "Ghi chú"],
      ["  Sở  Nội vụ ", "SNV", "Cấp tỉnh", "x", "SNV\nSở NV", "1/2/2020", "ghi chú bất kỳ"],
      [null, null, null, null, null, null, null],
      ["UBND huyện Văn Yên", "H-VANYEN", "district", true, null, 43862, null],
    ];
    const result = registryFromRows(rows, { id: "tu-nhap" });
    expect(result.errors).toBeUndefined();
    expect(result.registry).toEqual({
      id: "tu-nhap",
      agencies: [
        {
          code: "SNV",
          name: "Sở Nội vụ",
          shortName: "Sở Nội vụ",
          aliases: ["SNV", "Sở NV"],
          group: "province",
          reports: true,
          validFrom: "2020-02-01",
        },
        {
          code: "H-VANYEN",
          name: "UBND huyện Văn Yên",
          shortName: "UBND huyện Văn Yên",
          aliases: [],
          group: "district",
          reports: true,
          validFrom: "2020-02-01",
        },
      ],
    });
  });

  it("reports each bad cell by sheet row and column header", () => {
    const rows = [
      ["Mã", "Tên cơ quan", "Nhóm", "Phải báo cáo", "Hiệu lực đến"],
      ["SNV", "Sở Nội vụ", "cấp tỉnh", "Có", null],
      ["S NV", "", "cấp trên", "chắc vậy", "31/02/2020"],
    ];
    const result = registryFromRows(rows);
    expect(result.errors?.map((e) => [e.row, e.column])).toEqual([
      [3, "Nhóm"],
      [3, "Phải báo cáo"],
      [3, "Hiệu lực đến"],
      [3, "Mã"],
      [3, "Tên cơ quan"],
    ]);
    expect(result.errors?.[0].message).toContain(GROUP_NAMES.province);
  });

  it("says which required column is missing", () => {
    const result = registryFromRows([
      ["Mã", "Tên cơ quan", "Nhóm"],
      ["SNV", "Sở Nội vụ", "cấp tỉnh"],
    ]);
    expect(result.errors).toEqual([
      { row: 1, column: "Phải báo cáo", message: 'thiếu cột "Phải báo cáo" trong dòng tiêu đề.' },
    ]);
    expect(registryFromRows([["a", "b"]]).errors?.[0].message).toMatch(
      /không tìm thấy dòng tiêu đề/,
    );
  });
});

describe("dated names (column “Tên theo thời gian”)", () => {
  const office = byCode("VP-UBND")!;

  it("the built-in office: its 2020 name, and its later name from a day (ours) in JSON and on the sheet", () => {
    expect(office.names).toEqual([{ name: "Văn phòng UBND tỉnh", from: "2021-01-01" }]);
    const json = JSON.parse(registryToJson(yenBai2020));
    expect(json.agencies.find((a: Agency) => a.code === "VP-UBND").names).toEqual(office.names);
    const rows = registryToRows(yenBai2020);
    const row = rows.find((r) => r[0] === "VP-UBND")!;
    expect(row[rows[0].indexOf("Tên theo thời gian")]).toBe("Văn phòng UBND tỉnh (từ 01/01/2021)");
  });

  it("a JSON file from before dated names still reads, and means the same", () => {
    const data = JSON.parse(registryToJson(yenBai2020));
    for (const a of data.agencies) delete a.names;
    const result = registryFromJson(JSON.stringify(data));
    expect(result.errors).toBeUndefined();
    const read = result.registry!.agencies.find((a) => a.code === "VP-UBND")!;
    expect(read.names).toBeUndefined();
    expect(read.name).toBe("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh");
  });

  it("reads the sheet's ways of writing dates, and says what is wrong with the others", () => {
    const header = ["Mã", "Tên cơ quan", "Tên khác", "Nhóm", "Phải báo cáo", "Tên theo thời gian"];
    const row = (names: string) => ["X", "Cũ", "Mới | Mới hơn", "cấp tỉnh", "Có", names];
    const read = registryFromRows([
      header,
      row("Mới (từ 01/01/2021 đến 2022-12-31) | Mới hơn (tu 1/1/2023)"),
    ]);
    expect(read.errors).toBeUndefined();
    expect(read.registry!.agencies[0].names).toEqual([
      { name: "Mới", from: "2021-01-01", to: "2022-12-31" },
      { name: "Mới hơn", from: "2023-01-01" },
    ]);
    const bad = registryFromRows([header, row("Mới (sau 2021)")]);
    expect(bad.errors?.map((e) => formatIssue(e))).toEqual([
      'Dòng 2, cột Tên theo thời gian: "Mới (sau 2021)" không đọc được; viết "Tên (từ dd/mm/yyyy)", "Tên (đến dd/mm/yyyy)" hoặc "Tên (từ dd/mm/yyyy đến dd/mm/yyyy)".',
    ]);
    const unknown = registryFromRows([header, row("Khác (từ 01/01/2021)")]);
    expect(unknown.errors?.map((e) => formatIssue(e))).toEqual([
      'Dòng 2, cột Tên theo thời gian: "Khác" phải là tên, tên khác hoặc tên cũ của cơ quan này (thêm vào cột "Tên khác").',
    ]);
  });
});

describe("round trips of any registry (fast-check)", () => {
  const word = fc
    .array(fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔàáảãạầếộờựỳữ"), {
      minLength: 1,
      maxLength: 6,
    })
    .map((cs) => cs.join(""));
  const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" "));
  const date = fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  const agency = (code: string, i: number): fc.Arbitrary<Agency> =>
    fc
      .record({
        name: phrase,
        shortName: fc.option(phrase, { nil: undefined }),
        aliases: fc.array(phrase, { maxLength: 3 }),
        formerNames: fc.option(fc.array(phrase, { minLength: 1, maxLength: 2 }), {
          nil: undefined,
        }),
        group: fc.constantFrom(...AGENCY_GROUP_LIST),
        reports: fc.boolean(),
        hasWebsite: fc.option(fc.boolean(), { nil: undefined }),
        validFrom: fc.option(date, { nil: undefined }),
        validTo: fc.option(date, { nil: undefined }),
        // A dated name: one of the aliases, with a start, an end or both.
        dated: fc.option(fc.tuple(fc.option(date, { nil: undefined }), date, fc.boolean()), {
          nil: undefined,
        }),
      })
      .map((r) => {
        // Unique spellings per agency: the registry refuses a spelling two agencies share.
        const tag = (s: string, k: number | string) => `${s} ${code}${k}`;
        const a: Agency = {
          code,
          name: tag(r.name, "n"),
          shortName: r.shortName ? tag(r.shortName, "s") : tag(r.name, "n"),
          aliases: r.aliases.map((s, k) => tag(s, `a${k}`)),
          group: r.group,
          reports: r.reports,
        };
        if (r.hasWebsite !== undefined) a.hasWebsite = r.hasWebsite;
        const [from, to] = [r.validFrom, r.validTo].sort();
        if (r.validFrom !== undefined) a.validFrom = r.validTo !== undefined ? from : r.validFrom;
        if (r.validTo !== undefined) a.validTo = r.validFrom !== undefined ? to : r.validTo;
        if (r.formerNames) a.formerNames = r.formerNames.map((s, k) => tag(s, `f${k}`));
        if (r.dated && a.aliases.length > 0) {
          const [one, two, startOnly] = r.dated;
          const [from, to] = one === undefined ? [two, undefined] : [one, two].sort();
          a.names = [
            startOnly || to === undefined
              ? { name: a.aliases[0], from }
              : { name: a.aliases[0], ...(one !== undefined && { from }), to },
          ];
        }
        void i;
        return a;
      });

  const registry: fc.Arbitrary<Registry> = fc
    .uniqueArray(fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(-[A-Z0-9]{1,4})?$/), {
      minLength: 1,
      maxLength: 8,
    })
    .chain((codes) => fc.tuple(...codes.map((c, i) => agency(c, i))))
    .map((agencies) => ({ id: "thu-nghiem", agencies }));

  it("sheet rows -> registry is exact", () => {
    fc.assert(
      fc.property(registry, (r) => {
        expect(registryFromRows(registryToRows(r), { id: r.id })).toEqual({ registry: r });
      }),
      { numRuns: 150 },
    );
  });

  it("JSON -> registry is exact", () => {
    fc.assert(
      fc.property(registry, (r) => {
        expect(registryFromJson(registryToJson(r))).toEqual({ registry: r });
      }),
      { numRuns: 150 },
    );
  });

  it("header names are the documented ones", () => {
    expect(Object.values(REGISTRY_HEADERS)).toEqual(registryToRows({ id: "x", agencies: [] })[0]);
  });
});

describe('who belongs to whom (column "Thuộc")', () => {
  const header = ["Mã", "Tên cơ quan", "Nhóm", "Phải báo cáo", "Thuộc"];
  const commune = (code: string, name: string, parent: string) => [
    code,
    name,
    "cấp xã",
    "Có",
    parent,
  ];

  it("reads a district's communes whose parent is in the built-in registry, by name or code", () => {
    const result = registryFromRows([
      header,
      commune("XA-AN-THINH", "UBND xã An Thịnh", "UBND huyện Văn Yên"),
      commune("XA-DONG-CUONG", "UBND xã Đông Cuông", "H-VANYEN"),
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.registry!.agencies.map((a) => [a.group, a.parent])).toEqual([
      ["commune", "UBND huyện Văn Yên"],
      ["commune", "H-VANYEN"],
    ]);
    // Written back the same way, in "Thuộc".
    const rows = registryToRows(result.registry!);
    expect(rows[1][rows[0].indexOf("Thuộc")]).toBe("UBND huyện Văn Yên");
  });

  it("names the row of a parent that resolves nowhere, and of each unit in a cycle", () => {
    const unknown = registryFromRows([header, commune("XA-A", "UBND xã A", "UBND huyện Không Có")]);
    expect(unknown.errors).toEqual([
      { row: 2, column: "Thuộc", message: expect.stringContaining("UBND huyện Không Có") },
    ]);
    const cycle = registryFromRows([
      header,
      commune("XA-A", "UBND xã A", "XA-B"),
      commune("XA-B", "UBND xã B", "UBND xã A"),
      commune("XA-C", "UBND xã C", "XA-A"),
    ]);
    expect(cycle.errors!.map((e) => [e.row, e.column])).toEqual([
      [2, "Thuộc"],
      [3, "Thuộc"],
    ]);
    expect(cycle.errors![0].message).toContain("XA-A (2) → XA-B (3) → XA-A (2)");
  });

  it("resolves parents against another registry when given one", () => {
    const above = [{ ...yenBai2020.agencies[0], code: "HUYEN-X", name: "UBND huyện X" }];
    const rows = [header, commune("XA-A", "UBND xã A", "UBND huyện X")];
    expect(registryFromRows(rows).errors).toHaveLength(1);
    expect(registryFromRows(rows, { above }).errors).toBeUndefined();
  });
});
