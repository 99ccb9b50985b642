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

/** Who reports on a task: every reporter, named agencies (registry codes), or districts optionally. */
export interface ReporterRule {
  all?: boolean;
  /** Registry codes of agencies whose form carries the row. */
  units?: string[];
  /** Registry groups whose forms carry the row (e.g. "district"). */
  groups?: string[];
  /** Provincial agencies flagged in the registry as having a website. */
  withWebsite?: boolean;
  /** Rows that these groups may leave empty (districts for II.2.b–d). */
  optionalFor?: string[];
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
}

export interface Plan {
  /** e.g. "yen-bai-2020". */
  id: string;
  year: number;
  province: string;
  title: string;
  /** Issuing document, e.g. "Kế hoạch tuyên truyền CCHC năm 2020". */
  issuer: string;
  tasks: Task[];
}
