/**
 * A parser for the structure of the seed plan (Yên Bái's 2020 communication plan): section II.1
 * items a–d (with the documents listed under a), II.2 items a–g with their lead bodies,
 * coordinating bodies and time frames, the duties of III.1–III.6, and IV.
 *
 * It reads this document's layout, not any Vietnamese plan: numbered headings "II.", "1.",
 * lettered items "a)", bullets "- ", and the labelled lines "Cơ quan chủ trì thực hiện:",
 * "Cơ quan phối hợp:", "Thời gian thực hiện:". Markdown emphasis (*…*) from the text's
 * conversion is dropped, which also covers labels whose colon sits outside the italics.
 */
import type { PlanDocument, Task } from "./types";
import { namesAfterPhoiHopVoi, splitNames } from "./names";

export interface SeedTask {
  /** The plan's numbering: "II.1.a", "II.1.a.1", "II.2.g", "III.4", "IV". */
  code: string;
  parent?: string;
  section: Task["section"];
  /** III: the heading naming the bodies, as written ("Sở Nội vụ", "Đề nghị Ủy ban …"). */
  heading?: string;
  /** The plan's words for the item (III: the duties, one per line; bullets keep "- "). */
  content: string;
  /** III: each duty bullet or paragraph. */
  duties?: string[];
  lead: string[];
  coordinating: string[];
  /** "Thời gian thực hiện" where the plan states one for the item, else "" (it says none). */
  timeFrame: string;
  /** True where the plan states "Thời gian thực hiện" for the item. */
  timeFrameStated: boolean;
  /**
   * III: the heading asks ("Đề nghị …") rather than assigns: the bodies named are not under the
   * issuer, and what is asked of them is to coordinate (III.6), so they lead nothing.
   */
  requested?: boolean;
  /** II.1.a.n: the document the bullet cites. */
  document?: PlanDocument;
}

export interface ParsedSeed {
  /** The line under "KẾ HOẠCH", as written. */
  subtitle: string;
  /** The plan's name for itself in its closing sentence ("Kế hoạch tuyên truyền … của tỉnh …"). */
  name?: string;
  /** The plan year, read from the subtitle ("… năm 2020 …"). */
  year?: number;
  tasks: SeedTask[];
}

const ROMAN = /^(I|II|III|IV|V|VI)\.\s+(.+)$/;
const NUMBERED = /^(\d+)\.\s+(.+)$/;
const LETTERED = /^([a-z])\)\s+(.+)$/;
const BULLET = /^-\s*(.*)$/;
const LABEL =
  /^(Cơ quan chủ trì thực hiện|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian thực hiện)\s*:\s*(.*)$/u;
const DOCUMENT = /^(.+?) số (\S+) ngày (\d{1,2}\/\d{1,2}\/\d{4}) của (.+?) ((?:về|ban hành) .+)$/u;

/** Drop list punctuation at the end of a bullet: ";" or a single "." (an ellipsis stays). */
const dropListPunctuation = (s: string): string => s.replace(/;$/, "").replace(/(?<!\.)\.$/, "");

/** A cited document from a bullet of II.1.a, or an error naming the line. */
export function parseDocument(bullet: string): PlanDocument {
  const text = bullet.replace(/(\.\.\.|…|[;.])+$/u, "");
  const m = DOCUMENT.exec(text);
  if (!m) throw new Error(`Not a document citation: ${bullet}`);
  return { kind: m[1], number: m[2], date: m[3], issuer: m[4], title: m[5] };
}

export function parseSeed(text: string): ParsedSeed {
  const lines = text
    .normalize("NFC")
    .split(/\r?\n/)
    .map((l) => l.replace(/\*/g, "").trim())
    .filter((l) => l !== "");

  const tasks: SeedTask[] = [];
  let subtitle = "";
  let name: string | undefined;
  let roman = "";
  let num = "";
  let current: SeedTask | undefined;
  let year: number | undefined;

  const fail = (line: string, why: string): never => {
    throw new Error(`Seed plan: ${why}: "${line}"`);
  };
  const start = (task: Omit<SeedTask, "timeFrame" | "timeFrameStated">): SeedTask => {
    const made: SeedTask = { ...task, timeFrame: "", timeFrameStated: false };
    tasks.push(made);
    return made;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "KẾ HOẠCH" && !subtitle) {
      subtitle = lines[++i] ?? "";
      const y = /năm (\d{4})/.exec(subtitle);
      if (y) year = Number(y[1]);
      continue;
    }
    const closing = /^Trên đây là (Kế hoạch .+?)\./u.exec(line);
    if (closing) {
      name = closing[1];
      break; // what follows is the closing, recipients and signature
    }
    const r = ROMAN.exec(line);
    if (r) {
      roman = r[1];
      num = "";
      current = undefined;
      if (roman === "IV")
        current = start({ code: "IV", section: "IV", content: "", lead: [], coordinating: [] });
      continue;
    }
    if (roman === "II") {
      const n = NUMBERED.exec(line);
      if (n) {
        num = n[1];
        current = undefined;
        continue;
      }
      const l = LETTERED.exec(line);
      if (l) {
        if (num !== "1" && num !== "2") fail(line, "item outside II.1/II.2");
        current = start({
          code: `II.${num}.${l[1]}`,
          section: num === "1" ? "II.1" : "II.2",
          content: l[2],
          lead: [],
          coordinating: [],
        });
        continue;
      }
      const b = BULLET.exec(line);
      if (b && current) {
        const label = LABEL.exec(b[1]);
        if (label) {
          if (current.section !== "II.2") fail(line, "labelled line outside II.2");
          if (label[1].startsWith("Cơ quan chủ trì")) current.lead = splitNames(label[2]);
          else if (label[1] === "Cơ quan phối hợp") current.coordinating = splitNames(label[2]);
          else {
            current.timeFrame = label[2].replace(/\.$/, "");
            current.timeFrameStated = true;
          }
          continue;
        }
        if (current.section === "II.1") {
          // A document under II.1.a: a sub-row of its own.
          const parent = current.parent ?? current.code;
          const siblings = tasks.filter((t) => t.parent === parent).length;
          tasks.push({
            code: `${parent}.${siblings + 1}`,
            parent,
            section: "II.1",
            content: dropListPunctuation(b[1]),
            lead: [],
            coordinating: [],
            timeFrame: "",
            timeFrameStated: false,
            document: parseDocument(b[1]),
          });
          continue;
        }
        fail(line, "unexpected bullet in II.2");
      }
      if (current) {
        current.content += `\n${line}`;
        continue;
      }
      fail(line, "text outside an item of II");
    }
    if (roman === "III") {
      const n = NUMBERED.exec(line);
      if (n) {
        const heading = n[2];
        const requested = /^Đề nghị\s+/u.test(heading);
        const bodies = splitNames(heading.replace(/^Đề nghị\s+/u, ""));
        current = start({
          code: `III.${n[1]}`,
          section: "III",
          heading,
          content: "",
          duties: [],
          // "Đề nghị X … Phối hợp với Sở Nội vụ": X is asked to coordinate, not to lead.
          lead: requested ? [] : bodies,
          coordinating: requested ? bodies : [],
        });
        if (requested) current.requested = true;
        continue;
      }
      const task = current ?? fail(line, "text outside an item of III");
      const b = BULLET.exec(line);
      task.duties = [...(task.duties ?? []), b ? b[1] : line];
      task.content = task.content ? `${task.content}\n${line}` : line;
      continue;
    }
    if (roman === "IV" && current) {
      current.content = current.content ? `${current.content}\n${line}` : line;
      continue;
    }
    // Section I (purposes) and the preamble carry no tasks.
  }

  for (const task of tasks) {
    if (task.section === "III" && !task.requested) {
      // Bodies named after "phối hợp với" in the duties, minus the leads themselves. A requested
      // body's "phối hợp với Sở Nội vụ" names whom it works with, not who coordinates.
      task.coordinating = namesAfterPhoiHopVoi(task.content).filter((n) => !task.lead.includes(n));
    }
  }
  return { subtitle, name, year, tasks };
}
