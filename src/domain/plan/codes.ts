/**
 * Registry codes and groups the built-in plan's reporter rules name. The registry helper uses
 * the same codes; the plan never imports the registry, so these strings are the contract.
 */
import type { AgencyGroup } from "../registry/types";

/** Sở Nội vụ. */
export const SNV = "SNV";
/** Sở Thông tin và Truyền thông. */
export const STTTT = "STTTT";
/** Sở Văn hóa, Thể thao và Du lịch. */
export const SVHTTDL = "SVHTTDL";
/** Văn phòng UBND tỉnh (2019–2020: Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh). */
export const VP_UBND = "VP-UBND";
/** Báo Yên Bái. */
export const BAO_YB = "BAO-YB";
/** Đài Phát thanh - Truyền hình tỉnh. */
export const DAI_PTTH = "DAI-PTTH";
/** Cổng Thông tin điện tử tỉnh. */
export const CONG_TTDT = "CONG-TTDT";
/** Ủy ban MTTQ Việt Nam tỉnh. */
export const MTTQ = "MTTQ";

export const AGENCY_CODES = {
  SNV,
  STTTT,
  SVHTTDL,
  VP_UBND,
  BAO_YB,
  DAI_PTTH,
  CONG_TTDT,
  MTTQ,
} as const;

export const GROUP_PROVINCE = "province";
export const GROUP_DISTRICT = "district";
export const GROUP_MEDIA = "media";
export const GROUP_FRONT = "front";

/** Every registry group, for checking plans loaded from data (kept in step with AgencyGroup). */
export const AGENCY_GROUPS = [
  "province",
  "district",
  "commune",
  "media",
  "front",
  "central",
  "other",
  "phrase",
] as const satisfies readonly AgencyGroup[];

// Fails to compile when AgencyGroup gains a member this list lacks.
type MissingGroup = Exclude<AgencyGroup, (typeof AGENCY_GROUPS)[number]>;
const allGroupsListed: [MissingGroup] extends [never] ? true : false = true;
void allGroupsListed;

/** Vietnamese labels for groups in the readable "Đơn vị báo cáo" column (no commas or ";"). */
export const GROUP_LABELS: Record<AgencyGroup, string> = {
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
  media: "báo chí",
  front: "MTTQ và đoàn thể",
  central: "ngành dọc",
  other: "khác",
  phrase: "cụm từ",
};
