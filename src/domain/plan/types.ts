/** A plan as data: the built-in 2020 Yên Bái plan, or another loaded from a sheet or JSON. */

/** What units count for a task, e.g. HN "hội nghị, tập huấn, tọa đàm, hội thảo" in "cuộc". */
export interface Indicator {
  code: string;
  name: string;
  unit: string;
  /** "count" sums; "flag" is 1 (có) / 0 (chưa). */
  kind: "count" | "flag";
  /** The plan's target where it gives one (III.3: at least 1 tiểu phẩm). */
  target?: number;
}

/**
 * Who reports on a task: every reporter, named agencies (registry codes), or districts optionally.
 * An empty rule ({}) means the row is in the matrix only and on no form (II.1.a.1–12, IV).
 * See rowsForUnit in reporters.ts for how the parts combine.
 */
export interface ReporterRule {
  all?: boolean;
  /** Registry codes of agencies whose form carries the row. */
  units?: string[];
  /** Registry groups whose forms carry the row (e.g. "district"). */
  groups?: string[];
  /** Provincial agencies flagged in the registry as having a website. */
  withWebsite?: boolean;
  /** Groups whose forms carry the row as optional, may stay empty (districts for II.2.b–d). */
  optionalFor?: string[];
}

/** A directing document listed in the plan (the sub-rows of II.1.a), as the plan cites it. */
export interface PlanDocument {
  /** "Quyết định", "Nghị quyết", "Nghị định", "Kết luận", "Kế hoạch". */
  kind: string;
  /** "225/QĐ-TTg". */
  number: string;
  /** As the plan writes it, day/month/year: "04/02/2016", "7/8/2017". */
  date: string;
  /** "Thủ tướng Chính phủ". */
  issuer: string;
  /** What it is about, as worded after the issuer: "về phê duyệt Kế hoạch CCHC …". */
  title: string;
}

export interface Task {
  /** The plan's own numbering: "II.1.a", "II.1.a.3", "II.2.g", "III.3", "IV". Stable. */
  code: string;
  /** Parent code for sub-rows (the documents under II.1.a). */
  parent?: string;
  /** "II.1" content topics, "II.2" forms of communication, "III" duties, "IV" budget note. */
  section: "II.1" | "II.2" | "III" | "IV";
  /** Short title for tables and forms. */
  title: string;
  /** The plan's wording. */
  content: string;
  /** Lead bodies (cơ quan chủ trì) as the plan names them: registry names or group phrases. */
  lead: string[];
  /** Coordinating bodies (cơ quan phối hợp). */
  coordinating: string[];
  /** Time frame (thời gian thực hiện). */
  timeFrame: string;
  indicators: Indicator[];
  reporters: ReporterRule;
  /** The document a sub-row cites (II.1.a.1 … II.1.a.12). */
  document?: PlanDocument;
}

export interface Plan {
  /** e.g. "yen-bai-2020". */
  id: string;
  year: number;
  province: string;
  title: string;
  /** Who issued the plan, e.g. "Ủy ban nhân dân tỉnh Yên Bái". */
  issuer: string;
  tasks: Task[];
}
