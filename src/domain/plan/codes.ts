/**
 * Registry codes and groups the built-in plan's reporter rules name. The registry helper uses
 * the same codes: these strings are the contract between a plan and a registry.
 */

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
/** Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh. */
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

/** Every registry group and its Vietnamese label: one list, the registry's. */
export { AGENCY_GROUP_LIST as AGENCY_GROUPS } from "../registry/schema";
export { GROUP_NAMES as GROUP_LABELS } from "../registry/sheet";
