import {
  blankInKey,
  cleanSpaces,
  decodeTcvn3,
  decodeVni,
  detectEncoding,
  encodeTcvn3,
  encodeVni,
  fontEncoding,
  foldTones,
  LOWERCASE_LETTERS,
  looseKey,
  matchKey,
  nfc,
  repairText,
  stripDiacritics,
  UPPERCASE_LETTERS,
} from "../../src/domain/text";
import { yenBai2020 } from "../../src/domain/registry";

// Expected bytes per letter, in LOWERCASE_LETTERS order (a: à á ả ã ạ, ă, ă+tones, â, …, đ),
// taken from the TCVN 5712:1993 table in GNU libiconv (lib/tcvn.h), not from our own code.
const TCVN3_BYTES =
  "B5 B8 B6 B7 B9 A8 BB BE BC BD C6 A9 C7 CA C8 C9 CB CC D0 CE CF D1 AA D2 D5 D3 D4 D6 D7 DD D8 " +
  "DC DE DF E3 E1 E2 E4 AB E5 E8 E6 E7 E9 AC EA ED EB EC EE EF F3 F1 F2 F4 AD F5 F8 F6 F7 F9 FA " +
  "FD FB FC FE AE";

// VNI-Windows spelling of each letter, same order, from the VNI table of xvnkb (vni.h).
const VNI_SPELLINGS =
  "aø aù aû aõ aï aê aè aé aú aü aë aâ aà aá aå aã aä eø eù eû eõ eï eâ eà eá eå eã eä ì í æ ó ò " +
  "oø où oû oõ oï oâ oà oá oå oã oä ô ôø ôù ôû ôõ ôï uø uù uû uõ uï ö öø öù öû öõ öï yø yù yû yõ " +
  "î ñ";

describe("the Vietnamese letters", () => {
  it("are 67 lowercase and 67 capitals, all distinct and NFC", () => {
    const all = [...LOWERCASE_LETTERS, ...UPPERCASE_LETTERS];
    expect(LOWERCASE_LETTERS).toHaveLength(67);
    expect(new Set(all).size).toBe(134);
    for (const c of all) expect(c).toBe(c.normalize("NFC"));
    expect(LOWERCASE_LETTERS).toEqual(expect.arrayContaining(["ă", "ư", "đ", "ỵ", "ợ", "ẫ"]));
  });
});

describe("TCVN3 (ABC)", () => {
  const bytes = TCVN3_BYTES.split(" ").map((h) => String.fromCharCode(parseInt(h, 16)));

  it("writes every lowercase letter as the standard's byte", () => {
    LOWERCASE_LETTERS.forEach((letter, i) =>
      expect([letter, encodeTcvn3(letter)]).toEqual([letter, bytes[i]]),
    );
  });

  it("round-trips all 67 lowercase letters, and all 67 capitals through a capitals font", () => {
    for (const c of LOWERCASE_LETTERS) expect(decodeTcvn3(encodeTcvn3(c))).toBe(c);
    for (const c of UPPERCASE_LETTERS) {
      const encoded = encodeTcvn3(c, { capitalsFont: true });
      expect(encoded).toHaveLength(1);
      expect(decodeTcvn3(encoded, { capitalsFont: true })).toBe(c);
    }
  });

  it("has its own bytes for Ă Â Ê Ô Ơ Ư Đ in the ordinary font", () => {
    expect(encodeTcvn3("ĂÂÊÔƠƯĐ")).toBe("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7");
    expect(decodeTcvn3("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7")).toBe("ĂÂÊÔƠƯĐ");
  });

  it("refuses toned capitals without a capitals font", () => {
    expect(() => encodeTcvn3("Ủy ban")).toThrow(/capitals font/);
  });

  it("reads the soft hyphen as ư", () => {
    expect(decodeTcvn3("Tr\u00adêng")).toBe("Trường");
    expect(decodeTcvn3("®\u00adîc")).toBe("được");
  });

  it("reads whole sentences typed in .VnTime and .VnTimeH", () => {
    expect(decodeTcvn3("Céng hßa x· héi chñ nghÜa ViÖt Nam")).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
    );
    expect(decodeTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeTcvn3("ñy ban nh©n d©n tØnh yªn b¸i", { capitalsFont: true })).toBe(
      "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI",
    );
  });
});

describe("VNI-Windows", () => {
  const spellings = VNI_SPELLINGS.split(" ");

  it("writes every letter, in both cases, as the VNI table does", () => {
    LOWERCASE_LETTERS.forEach((letter, i) => {
      expect([letter, encodeVni(letter)]).toEqual([letter, spellings[i]]);
      expect([UPPERCASE_LETTERS[i], encodeVni(UPPERCASE_LETTERS[i])]).toEqual([
        UPPERCASE_LETTERS[i],
        spellings[i].toUpperCase(),
      ]);
    });
  });

  it("round-trips all 134 letters", () => {
    for (const c of [...LOWERCASE_LETTERS, ...UPPERCASE_LETTERS])
      expect(decodeVni(encodeVni(c))).toBe(c);
  });

  it("decodes the longest sequence first", () => {
    expect(decodeVni("oä")).toBe("ộ");
    expect(decodeVni("ôù")).toBe("ớ");
    expect(decodeVni("ô")).toBe("ơ");
    expect(decodeVni("Tröôøng")).toBe("Trường");
  });

  it("reads whole sentences", () => {
    expect(decodeVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
    );
    expect(decodeVni("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC")).toBe("ĐỘC LẬP - TỰ DO - HẠNH PHÚC");
  });
});

describe("round trips of sentences", () => {
  const sentences = [
    "Kế hoạch tuyên truyền công tác cải cách hành chính năm 2020 trên địa bàn tỉnh Yên Bái",
    "Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng ít nhất từ 01 đến 02 tiểu phẩm",
    "Báo cáo quý gửi trước ngày 05 tháng cuối cùng của quý về Sở Nội vụ",
    "Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể chính trị - xã hội",
    "Những người được khen thưởng: Nguyễn Thị Hường, Trần Quốc Vượng",
  ];
  it.each(sentences)("%s", (s) => {
    expect(decodeVni(encodeVni(s))).toBe(s);
    const lower = s.toLowerCase();
    expect(decodeTcvn3(encodeTcvn3(lower))).toBe(lower);
    const upper = s.toUpperCase();
    expect(decodeTcvn3(encodeTcvn3(upper, { capitalsFont: true }), { capitalsFont: true })).toBe(
      upper,
    );
    expect(repairText(encodeVni(s))).toEqual({ text: s, encoding: "vni", changed: true });
    expect(repairText(encodeTcvn3(lower))).toEqual({
      text: lower,
      encoding: "tcvn3",
      changed: true,
    });
    expect(repairText(s)).toEqual({ text: s, encoding: "unicode", changed: false });
  });
});

describe("detecting the encoding", () => {
  it("never repairs correct Unicode, even in a legacy-font cell", () => {
    expect(repairText("Sở Nội vụ")).toEqual({
      text: "Sở Nội vụ",
      encoding: "unicode",
      changed: false,
    });
    expect(repairText("Sở Nội vụ", ".VnTime").changed).toBe(false);
    expect(repairText("Báo Yên Bái", ".VnTime").changed).toBe(false);
    expect(repairText("Báo Yên Bái", "VNI-Times").changed).toBe(false);
    expect(detectEncoding("Văn hoá")).toBe("unicode");
  });

  it("tells plain ASCII apart", () => {
    expect(detectEncoding("UBND huyen Van Yen")).toBe("ascii");
  });

  it("recognises TCVN3 and VNI without a font", () => {
    expect(detectEncoding("Së Néi vô")).toBe("tcvn3");
    expect(detectEncoding("Sôû Noäi vuï")).toBe("vni");
    expect(detectEncoding("Baùo Yeân Baùi")).toBe("vni");
    expect(detectEncoding("UBND huyÖn V¨n ChÊn")).toBe("tcvn3");
  });

  it("follows the cell's font where the bytes alone are ambiguous", () => {
    expect(repairText("®Þa ph\u00ad\u00acng", ".VnTime").text).toBe("địa phương");
    expect(repairText("nh÷ng", ".VnTime").text).toBe("những");
    expect(repairText("b¸o c¸o", ".VnTimeH").text).toBe("BÁO CÁO");
    expect(repairText("baùo caùo", "VNI-Times").text).toBe("báo cáo");
    expect(fontEncoding(".VnTimeH")).toBe("tcvn3-capitals");
    expect(fontEncoding(".VnArial")).toBe("tcvn3");
    expect(fontEncoding("VNI-Helve")).toBe("vni");
    expect(fontEncoding("Times New Roman")).toBeUndefined();
  });

  it("normalises decomposed Unicode to NFC and says so", () => {
    const nfd = "Sở Nội vụ".normalize("NFD");
    expect(repairText(nfd)).toEqual({ text: "Sở Nội vụ", encoding: "unicode", changed: true });
  });
});

describe("normalising for comparison", () => {
  it("nfc composes", () => {
    expect(nfc("Ủy".normalize("NFD"))).toBe("Ủy");
  });

  it.each([
    ["hoà", "hòa"],
    ["hoá", "hóa"],
    ["hoạ", "họa"],
    ["hoả", "hỏa"],
    ["hoã", "hõa"],
    ["khoẻ", "khỏe"],
    ["thuỳ", "thùy"],
    ["tuý", "túy"],
    ["Uỷ ban", "Ủy ban"],
    ["thuỹ", "thũy"],
    ["luỵ", "lụy"],
    ["HOÀ", "HÒA"],
    ["UỶ", "ỦY"],
    ["Văn hoá, Thể thao", "Văn hóa, Thể thao"],
  ])("folds %s to %s", (from, to) => {
    expect(foldTones(from)).toBe(to);
    expect(foldTones(to)).toBe(to);
  });

  it("leaves tones that are rightly on the second vowel", () => {
    for (const w of ["hoàng", "kế hoạch", "huỳnh", "quý", "QUÝ", "toán", "ngoài", "khuya"])
      expect(foldTones(w)).toBe(w);
  });

  it("cleans spaces but keeps TCVN3's soft hyphen", () => {
    expect(cleanSpaces("  Sở\u00a0 Nội\n\tvụ  ")).toBe("Sở Nội vụ");
    expect(cleanSpaces(" Tr\u00adêng ")).toBe("Tr\u00adêng");
  });

  it("strips every mark, đ included", () => {
    expect(stripDiacritics("Ủy ban nhân dân huyện Văn Chấn, Đài PT-TH")).toBe(
      "Uy ban nhan dan huyen Van Chan, Dai PT-TH",
    );
    expect(stripDiacritics(LOWERCASE_LETTERS.join(""))).toMatch(/^[aeiouyd]+$/);
  });

  it("strips each character as the slow way (decompose, drop marks, compose) does alone", () => {
    const slow = (ch: string) =>
      ch
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .normalize("NFC");
    const byChar = (s: string) => [...s].map((ch) => (ch < "\u0080" ? ch : slow(ch))).join("");
    // Every unit of the 16-bit plane but the surrogates, between two letters.
    const wrong: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = `a${String.fromCharCode(c)}b`;
      if (stripDiacritics(s) !== byChar(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    // Marks on their own, characters outside the plane, a lone surrogate, a long text.
    for (const s of [
      "e\u0301\u0323",
      "Ủy 😀 ban",
      "x\ud800y",
      "ǅ ß ﬁ",
      "Ủy ban nhân dân ".repeat(500),
    ])
      expect(stripDiacritics(s)).toBe(byChar(s));
  });

  it("gives an empty key to text made only of what it counts as blank", () => {
    const blank: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (blankInKey(c)) blank.push(String.fromCharCode(c));
    expect(blank).toEqual(expect.arrayContaining([" ", "\t", "\n", ",", ";", "-", ".", ":"]));
    const wrong = blank.filter((ch) => matchKey(ch) !== "" || matchKey(`;${ch}\n- `) !== "");
    expect(wrong).toEqual([]);
    expect(matchKey(blank.join(""))).toBe("");
    expect(blankInKey("a".charCodeAt(0)) || blankInKey("&".charCodeAt(0))).toBe(false);
  });

  it("gives one key to spellings of the same name", () => {
    const same = [
      "Sở Lao động - Thương binh và Xã hội",
      "sở lao động, thương binh và xã hội",
      "SỞ LAO ĐỘNG – THƯƠNG BINH & XÃ HỘI",
      "  Sở  Lao động -Thương binh và Xã hội. ",
    ];
    for (const s of same) expect(matchKey(s)).toBe(matchKey(same[0]));
    expect(matchKey("Uỷ ban MTTQ")).toBe(matchKey("Ủy ban MTTQ"));
    expect(matchKey("Sở Tư pháp")).not.toBe(matchKey("Sở Tư Pháp x"));
    expect(looseKey("Sở Nội vụ")).toBe("so noi vu");
  });
});

describe("repairText on the registry's own spellings", () => {
  const spellings = yenBai2020.agencies.flatMap((a) => [
    a.name,
    a.shortName,
    ...a.aliases,
    ...(a.formerNames ?? []),
  ]);

  it("leaves every name, short name, alias and former name unchanged", () => {
    expect(spellings.length).toBeGreaterThan(150);
    for (const s of spellings)
      expect([s, repairText(s)]).toEqual([
        s,
        { text: s, encoding: expect.stringMatching(/unicode|ascii/), changed: false },
      ]);
  });

  it("leaves them unchanged in cells formatted with a legacy font too", () => {
    for (const font of [".VnTime", "VNI-Times"])
      for (const s of spellings) expect([font, s, repairText(s, font).text]).toEqual([font, s, s]);
  });

  it("decodes them from TCVN3 and VNI", () => {
    for (const s of spellings) {
      expect(repairText(encodeVni(s)).text).toBe(s);
      expect(
        repairText(encodeTcvn3(s.toUpperCase(), { capitalsFont: true }), ".VnTimeH").text,
      ).toBe(s.toUpperCase());
    }
  });
});
