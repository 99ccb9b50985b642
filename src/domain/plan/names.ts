/**
 * Splitting the plan's lists of bodies ("Cơ quan chủ trì", "Cơ quan phối hợp") into names.
 *
 * Lists use ";" and "," as separators, but agency names and the plan's group phrases contain
 * commas too ("Sở Văn hóa, Thể thao và Du lịch", "các sở, ban, ngành, địa phương có liên quan"),
 * so a comma splits only where no known name spans it. The registry and its matcher live
 * elsewhere; this small list is just what the seed documents need.
 */

/** Names and group phrases that contain a comma, as the 2020 plan writes them. */
export const MULTI_COMMA_NAMES: readonly string[] = [
  "Sở Văn hóa, Thể thao và Du lịch",
  "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
  "các sở, ban, ngành, địa phương có liên quan",
  "các sở, ban, ngành địa phương có liên quan",
  "các sở, ngành, địa phương có liên quan",
  "các sở, ban, ngành cấp tỉnh",
  "các sở, ban, ngành có Trang thông tin điện tử",
  "các sở, ban, ngành",
  "các cơ quan, địa phương có liên quan",
  "các cơ quan, đơn vị liên quan",
  "UBND cấp huyện, cấp xã",
  "UBND các huyện, thị xã, thành phố",
];

/** Single names the duty paragraphs of section III name after "phối hợp với". */
const PLAIN_NAMES: readonly string[] = [
  "Sở Nội vụ",
  "Sở Nội",
  "Sở Tài chính",
  "Sở Thông tin và Truyền thông",
  "Báo Yên Bái",
  "Đài Phát thanh - Truyền hình tỉnh",
  "Cổng Thông tin điện tử tỉnh",
  "Thư viện tỉnh",
];

/**
 * Where the seed's name is plainly cut short or mistyped, the name is given in the spelling
 * the plan itself uses elsewhere (which is the registry's). The task's `content` keeps the
 * plan's text as written; only the lead/coordinating lists use these.
 */
export const NAME_CORRECTIONS: Readonly<Record<string, string>> = {
  // III.2 and III.3: "Chủ trì phối hợp với Sở Nội chỉ đạo…", "…với Sở Nội xây dựng…": "vụ" dropped.
  "Sở Nội": "Sở Nội vụ",
  // II.2.b: the comma is dropped; the heading of III.3 writes "Sở Văn hóa, Thể thao và Du lịch".
  "Sở Văn hóa Thể thao và Du lịch": "Sở Văn hóa, Thể thao và Du lịch",
  // II.2.c: the comma before "địa phương" is dropped; II.2.d and II.2.e write the same phrase with it.
  "các sở, ban, ngành địa phương có liên quan": "các sở, ban, ngành, địa phương có liên quan",
};

/** The registry spelling for a name the seed cut short; other names unchanged. */
export function correctName(name: string): string {
  return NAME_CORRECTIONS[name] ?? name;
}

const fold = (s: string): string => s.normalize("NFC").toLocaleLowerCase("vi");

const KNOWN_MULTI = MULTI_COMMA_NAMES.map(fold);

/**
 * Split one list of bodies as the plan writes it: ";" always separates; " và " separates when
 * a group phrase follows ("… tỉnh và các đoàn thể …"); "," separates except inside a known
 * name. A trailing "." is dropped. Names keep the plan's wording, then `correctName` applies.
 */
export function splitNames(list: string): string[] {
  const out: string[] = [];
  const body = list.trim().replace(/\.$/, "");
  for (const part of body.split(";")) {
    for (const piece of part.split(/\s+và\s+(?=các\s)/)) {
      out.push(...splitOnCommas(piece.trim()));
    }
  }
  return out.filter((n) => n !== "").map(correctName);
}

function splitOnCommas(text: string): string[] {
  const tokens = text.split(/\s*,\s*/);
  const names: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Take the longest run of tokens that spells a known multi-comma name.
    let taken = 1;
    for (let j = tokens.length; j > i + 1; j--) {
      if (KNOWN_MULTI.includes(fold(tokens.slice(i, j).join(", ")))) {
        taken = j - i;
        break;
      }
    }
    names.push(tokens.slice(i, i + taken).join(", "));
    i += taken;
  }
  return names;
}

const KNOWN_ALL = [...MULTI_COMMA_NAMES, ...PLAIN_NAMES].sort((a, b) => b.length - a.length);

/** The known name starting at `at` in `text` (whole words only), or undefined. */
function knownNameAt(text: string, at: number): string | undefined {
  const rest = fold(text.slice(at));
  for (const name of KNOWN_ALL) {
    const folded = fold(name);
    if (!rest.startsWith(folded)) continue;
    const next = rest.charAt(folded.length);
    if (next === "" || !/[\p{L}\p{N}]/u.test(next)) return text.slice(at, at + name.length);
  }
  return undefined;
}

/**
 * Bodies a duty paragraph names after "phối hợp với" ("Phối hợp với Sở Nội vụ và các cơ quan,
 * địa phương có liên quan tham gia…"): known names joined by " và " or ", ". Corrected.
 */
export function namesAfterPhoiHopVoi(text: string): string[] {
  const found: string[] = [];
  const re = /phối hợp với\s+/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let at = m.index + m[0].length;
    for (;;) {
      const name = knownNameAt(text, at);
      if (!name) break;
      found.push(correctName(name));
      at += name.length;
      const joiner = /^(\s+và\s+|\s*,\s*)/u.exec(text.slice(at));
      if (!joiner || !knownNameAt(text, at + joiner[0].length)) break;
      at += joiner[0].length;
    }
  }
  return [...new Set(found)];
}
