/**
 * The built-in registry: Yên Bái province's agencies as named in the 2020 CCHC communication
 * plan. Data only; a user replaces it through the "Danh mục cơ quan" sheet or a JSON file.
 */
import type { Agency, AgencyGroup, Registry } from "./types";

/** The last day of Yên Bái province and of its district level. */
export const YEN_BAI_ENDS = "2025-06-30";

/** First day the office goes by "Văn phòng UBND tỉnh" here: ours, the seed does not say. */
export const OFFICE_RENAMED = "2021-01-01";

type Extra = Partial<Omit<Agency, "code" | "name" | "shortName" | "aliases" | "group">>;

function entry(
  group: AgencyGroup,
  code: string,
  name: string,
  shortName: string,
  aliases: string[],
  extra: Extra = {},
): Agency {
  const reports = group === "province" || group === "district";
  const base: Agency = { code, name, shortName, aliases, group, reports };
  // Yên Bái is part of Lào Cai from 01/07/2025 (product brief 4.1): every unit of this
  // registry ends the day before. A later period needs the province's own registry.
  if (group !== "phrase") base.validTo = YEN_BAI_ENDS;
  if (group === "province") base.hasWebsite = true;
  return { ...base, ...extra };
}

const province = (code: string, name: string, short: string, aliases: string[], extra?: Extra) =>
  entry("province", code, name, short, aliases, extra);

/** The 19 provincial agencies ranked in the province's PAR index for 2020. */
const PROVINCIAL: Agency[] = [
  province("SNV", "Sở Nội vụ", "SNV", ["SNV", "Sở NV"]),
  province("STP", "Sở Tư pháp", "STP", ["STP", "Sở TP"]),
  province("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", [
    "Sở KH&ĐT",
    "Sở KH-ĐT",
    "Sở KHĐT",
    "SKHĐT",
    "Sở Kế hoạch - Đầu tư",
  ]),
  province("STC", "Sở Tài chính", "STC", ["STC"]),
  province("SCT", "Sở Công Thương", "SCT", ["SCT"]),
  province("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT", [
    "Sở NN&PTNT",
    "Sở NN-PTNT",
    "Sở NNPTNT",
    "Sở Nông nghiệp và PTNT",
    "Sở Nông nghiệp",
  ]),
  province("SGTVT", "Sở Giao thông vận tải", "Sở GTVT", ["Sở GTVT", "SGTVT"]),
  province("SXD", "Sở Xây dựng", "SXD", ["SXD"]),
  province("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT", [
    "Sở TN&MT",
    "Sở TN-MT",
    "Sở TNMT",
    "STNMT",
  ]),
  province("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT", [
    "Sở TT&TT",
    "Sở TT-TT",
    "Sở TTTT",
    "STTTT",
  ]),
  province("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH", [
    "Sở LĐ-TB&XH",
    "Sở LĐ-TBXH",
    "Sở LĐTB&XH",
    "Sở LĐTBXH",
    "SLĐTBXH",
  ]),
  province("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", [
    "Sở VHTTDL",
    "Sở VH-TT&DL",
    "Sở VH, TT&DL",
    "Sở VHTT&DL",
    "Sở VH-TT-DL",
    "SVHTTDL",
  ]),
  province("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN", [
    "Sở KH&CN",
    "Sở KH-CN",
    "Sở KHCN",
    "SKHCN",
  ]),
  province("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT", [
    "Sở GD&ĐT",
    "Sở GD-ĐT",
    "Sở GDĐT",
    "SGDĐT",
  ]),
  province("SYT", "Sở Y tế", "SYT", ["SYT"]),
  // The seed's own name (2019-2020: the three offices merged). The office is called
  // "Văn phòng UBND tỉnh" later; the seed does not say from when: 01/01/2021, the first day
  // after the seed's year, is ours (docs/behaviour.md). A province's registry gives the day.
  province(
    "VP-UBND",
    "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
    "VP UBND tỉnh",
    [
      "Văn phòng UBND tỉnh",
      "VP UBND tỉnh",
      "VPUBND tỉnh",
      "Văn phòng Đoàn ĐBQH, HĐND, UBND tỉnh",
      "VP Đoàn ĐBQH, HĐND và UBND tỉnh",
      // As it signed, with the province: the name itself ends in "tỉnh", so the usual
      // dropping of "tỉnh Yên Bái" after a unit's name would cut it short.
      "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Yên Bái",
      "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Yên Bái",
    ],
    { names: [{ name: "Văn phòng UBND tỉnh", from: OFFICE_RENAMED }] },
  ),
  province("TTRA", "Thanh tra tỉnh", "Thanh tra tỉnh", ["Thanh tra tỉnh Yên Bái"]),
  province("BDT", "Ban Dân tộc", "Ban Dân tộc", ["Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh Yên Bái"]),
  province("BQLKCN", "Ban Quản lý các khu công nghiệp", "Ban QL các KCN", [
    "Ban QL các KCN",
    "Ban Quản lý các KCN",
    "Ban Quản lý các khu công nghiệp tỉnh",
  ]),
];

const district = (code: string, kind: "huyện" | "thị xã" | "thành phố", place: string) => {
  const abbr = { huyện: "H.", "thị xã": "TX", "thành phố": "TP" }[kind];
  const short = kind === "huyện" ? place : `${abbr} ${place}`;
  const unit = `${kind[0].toUpperCase()}${kind.slice(1)} ${place}`;
  return entry("district", code, `UBND ${kind} ${place}`, short, [`UBND ${abbr} ${place}`, unit], {
    // District level abolished on 01/07/2025 (Luật Tổ chức chính quyền địa phương 2025).
    validTo: YEN_BAI_ENDS,
  });
};

/** The 9 district-level units, as they sign their reports. */
const DISTRICTS: Agency[] = [
  district("TP-YENBAI", "thành phố", "Yên Bái"),
  district("TX-NGHIALO", "thị xã", "Nghĩa Lộ"),
  district("H-LUCYEN", "huyện", "Lục Yên"),
  district("H-VANYEN", "huyện", "Văn Yên"),
  district("H-MUCANGCHAI", "huyện", "Mù Cang Chải"),
  district("H-TRANYEN", "huyện", "Trấn Yên"),
  district("H-TRAMTAU", "huyện", "Trạm Tấu"),
  district("H-VANCHAN", "huyện", "Văn Chấn"),
  district("H-YENBINH", "huyện", "Yên Bình"),
];

const media = (code: string, name: string, short: string, aliases: string[]) =>
  entry("media", code, name, short, aliases, { hasWebsite: true });

const MEDIA: Agency[] = [
  media("BAO-YB", "Báo Yên Bái", "Báo Yên Bái", ["Báo Yên Bái điện tử"]),
  media("DAI-PTTH", "Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh", [
    "Đài PT-TH tỉnh",
    "Đài PT&TH tỉnh",
    "Đài PT-TH",
    "Đài PTTH tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Đài Phát thanh - Truyền hình tỉnh Yên Bái",
    "Đài Phát thanh và Truyền hình tỉnh Yên Bái",
    "Đài PT-TH Yên Bái",
    "Đài PT&TH Yên Bái",
    "Đài Phát thanh - Truyền hình Yên Bái",
  ]),
  media("CONG-TTDT", "Cổng Thông tin điện tử tỉnh", "Cổng TTĐT tỉnh", [
    "Cổng TTĐT tỉnh",
    "Cổng Thông tin điện tử của tỉnh",
    "Cổng Thông tin điện tử tỉnh Yên Bái",
    "Cổng TTĐT tỉnh Yên Bái",
    // The plan's own misprint (Nơi nhận): a known spelling, not a near miss.
    "Công Thông tin điện tử tỉnh",
  ]),
];

const front = (code: string, name: string, short: string, aliases: string[]) =>
  entry("front", code, name, short, aliases);

const FRONT: Agency[] = [
  // The full name, as the 2020 plan writes it (III.6); the short form is an alias.
  front("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ tỉnh", [
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Ủy ban MTTQ tỉnh",
    "UBMTTQ tỉnh",
    "UB MTTQ tỉnh",
    "UBMTTQ Việt Nam tỉnh",
    "MTTQ tỉnh",
    "Mặt trận Tổ quốc tỉnh",
  ]),
  front("TINH-DOAN", "Tỉnh đoàn", "Tỉnh đoàn", [
    "Tỉnh đoàn Yên Bái",
    "Đoàn TNCS Hồ Chí Minh tỉnh",
    "Tỉnh đoàn TNCS Hồ Chí Minh",
  ]),
  front("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", [
    "Hội LHPN tỉnh",
    "Hội Phụ nữ tỉnh",
  ]),
  front("HND", "Hội Nông dân tỉnh", "Hội Nông dân tỉnh", ["Hội ND tỉnh"]),
  front("HCCB", "Hội Cựu chiến binh tỉnh", "Hội CCB tỉnh", ["Hội CCB tỉnh"]),
  front("LDLD", "Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh", [
    "LĐLĐ tỉnh",
    "Liên đoàn Lao động tỉnh Yên Bái",
  ]),
];

const other = (code: string, name: string, short: string, aliases: string[]) =>
  entry("other", code, name, short, aliases);

const OTHERS: Agency[] = [
  other("UBND-TINH", "UBND tỉnh", "UBND tỉnh", [
    "Ủy ban nhân dân tỉnh",
    "UBND tỉnh Yên Bái",
    "Ủy ban nhân dân tỉnh Yên Bái",
  ]),
  other("HDND-TINH", "HĐND tỉnh", "HĐND tỉnh", ["Hội đồng nhân dân tỉnh", "HĐND tỉnh Yên Bái"]),
  other("TINH-UY", "Tỉnh ủy", "Tỉnh ủy", ["Tỉnh ủy Yên Bái"]),
  other("BTV-TU", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy", ["BTV Tỉnh ủy"]),
  other("TT-TU", "Thường trực Tỉnh ủy", "TT Tỉnh ủy", ["TT Tỉnh ủy", "TT. Tỉnh ủy"]),
  other("LD-UBND", "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "CT, PCT UBND tỉnh", [
    "Chủ tịch, Phó Chủ tịch UBND tỉnh",
    "CT, các PCT UBND tỉnh",
    "Lãnh đạo UBND tỉnh",
  ]),
  other("CVP", "Chánh Văn phòng UBND tỉnh", "Chánh Văn phòng", ["Chánh Văn phòng", "Chánh VP"]),
  other("THU-VIEN", "Thư viện tỉnh", "Thư viện tỉnh", ["Thư viện tỉnh Yên Bái"]),
  other("BNV", "Bộ Nội vụ", "BNV", ["BNV"]),
  other("BCD-CCHC", "Ban Chỉ đạo cải cách hành chính của Chính phủ", "BCĐ CCHC Chính phủ", [
    "Ban Chỉ đạo CCHC của Chính phủ",
    "BCĐ CCHC của Chính phủ",
    "BCĐ CCHC Chính phủ",
  ]),
];

const central = (code: string, name: string, short: string, aliases: string[]) =>
  entry("central", code, name, short, aliases);

/** Central agencies located in the province (ngành dọc). */
const CENTRAL: Agency[] = [
  central("CONG-AN", "Công an tỉnh", "Công an tỉnh", ["Công an tỉnh Yên Bái"]),
  central("KBNN", "Kho bạc Nhà nước tỉnh", "KBNN tỉnh", ["KBNN tỉnh", "Kho bạc Nhà nước Yên Bái"]),
  central("CUC-THUE", "Cục Thuế tỉnh", "Cục Thuế tỉnh", ["Cục Thuế Yên Bái"]),
  central("BHXH", "Bảo hiểm xã hội tỉnh", "BHXH tỉnh", ["BHXH tỉnh", "Bảo hiểm xã hội Yên Bái"]),
  central("CUC-TK", "Cục Thống kê tỉnh", "Cục Thống kê tỉnh", ["Cục Thống kê Yên Bái"]),
  central("BUU-DIEN", "Bưu điện tỉnh", "Bưu điện tỉnh", ["Bưu điện tỉnh Yên Bái"]),
];

const phrase = (code: string, name: string, aliases: string[] = []) =>
  entry("phrase", code, name, name, aliases);

/** The group phrases the plan uses where an agency name would stand. Valid entries, not typos. */
const PHRASES: Agency[] = [
  phrase("NHOM-SBN-DP", "các sở, ban, ngành, địa phương có liên quan"),
  phrase("NHOM-SN-DP", "các sở, ngành, địa phương có liên quan"),
  phrase("NHOM-SBN-TINH", "Các sở, ban, ngành cấp tỉnh"),
  phrase("NHOM-SBN", "các sở, ban, ngành", ["các sở, ngành"]),
  phrase("NHOM-SBN-UBND", "Các sở, ban, ngành thuộc UBND tỉnh"),
  phrase("NHOM-SBN-WEB", "Các sở, ban, ngành có Trang thông tin điện tử", [
    "Các sở, ban, ngành có website",
  ]),
  phrase("NHOM-TW", "các cơ quan Trung ương đóng trên địa bàn", [
    "các cơ quan Trung ương đóng trên địa bàn tỉnh",
    "Các cơ quan ngành dọc TW đóng trên địa bàn tỉnh",
    "Các cơ quan ngành dọc Trung ương đóng trên địa bàn tỉnh",
    "các cơ quan ngành dọc",
  ]),
  phrase("NHOM-UBND-HX", "UBND cấp huyện, cấp xã"),
  phrase("NHOM-UBND-H", "UBND cấp huyện"),
  phrase("NHOM-UBND-X", "UBND cấp xã"),
  phrase("NHOM-UBND-HTT", "UBND các huyện, thị xã, thành phố", ["UBND các huyện, TX, TP"]),
  phrase("NHOM-CQ-DP", "các cơ quan, địa phương có liên quan"),
  phrase("NHOM-CQ-DV", "các cơ quan, đơn vị liên quan", [
    "các cơ quan, đơn vị có liên quan",
    "các đơn vị liên quan",
    "các đơn vị có liên quan",
  ]),
  phrase("NHOM-CQ-DV-DP", "các cơ quan, đơn vị, địa phương", [
    "các cơ quan, đơn vị, địa phương có liên quan",
  ]),
  phrase("NHOM-BAOCHI", "các cơ quan truyền thông, báo chí", ["các cơ quan báo chí"]),
  phrase("NHOM-DOANTHE", "các đoàn thể chính trị - xã hội", ["các tổ chức chính trị - xã hội"]),
  phrase("NHOM-DOANTHE-TINH", "Các đoàn thể cấp tỉnh"),
];

/** The province whose units the registry lists: units sign "Sở Nội vụ tỉnh Yên Bái". */
export const REGISTRY_PROVINCE = "Yên Bái";

export const yenBai2020: Registry = {
  id: "yen-bai-2020",
  agencies: [...PROVINCIAL, ...DISTRICTS, ...MEDIA, ...FRONT, ...OTHERS, ...CENTRAL, ...PHRASES],
};
