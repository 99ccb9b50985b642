/** The agency registry: who exists, how they are spelled, who must report. Data, never code. */

export type AgencyGroup =
  | "province" // provincial agency ranked in the PAR index (sở, ban, ngành)
  | "district" // district-level UBND
  | "commune"
  | "media"
  | "front" // Ủy ban MTTQ and mass organisations
  | "central" // central agencies located in the province (ngành dọc)
  | "other"
  | "phrase"; // a group phrase used in the plan ("các sở, ban, ngành, địa phương có liên quan")

/** A name the body went by for a time. ISO dates, inclusive; an absent end is open. */
export interface DatedName {
  name: string;
  from?: string;
  to?: string;
}

export interface Agency {
  /** Stable short code, ASCII, e.g. "SNV", "UBND-VANYEN". */
  code: string;
  /** Official name as written in reports, e.g. "Sở Nội vụ", "UBND huyện Văn Yên". */
  name: string;
  /** Short name for narrow columns, e.g. "SNV", "Văn Yên". */
  shortName: string;
  /** Other accepted spellings: abbreviations, old names, the plan's wording. */
  aliases: string[];
  /**
   * Names the body had before (e.g. "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"): accepted like
   * aliases, reported as an old name. Sheet column "Tên cũ".
   */
  formerNames?: string[];
  /**
   * Names in force for a time (e.g. "Văn phòng UBND tỉnh" from 2021): a document for a day
   * shows the first one in force that day, else `name`. Each is also one of the spellings
   * above (an alias or a former name), so every one of them is matched on any day.
   * Sheet column "Tên theo thời gian".
   */
  names?: DatedName[];
  group: AgencyGroup;
  /** Expected to send periodic reports to Sở Nội vụ. */
  reports: boolean;
  /** Has its own website (forms carry II.2.g). */
  hasWebsite?: boolean;
  /** ISO dates, inclusive; absent means open-ended. */
  validFrom?: string;
  validTo?: string;
  /**
   * The unit this one belongs to, by name or code (a commune's district). Sheet column "Thuộc".
   * It may be a unit of this registry or of the registry above it (the built-in one by default).
   */
  parent?: string;
}

export interface Registry {
  /** e.g. "yen-bai-2020". */
  id: string;
  agencies: Agency[];
}
