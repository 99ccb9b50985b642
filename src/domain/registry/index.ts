/** The agency registry: the built-in 2020 Yên Bái list, checks, JSON and sheet forms. */
export type { Agency, AgencyGroup, DatedName, Registry } from "./types";
export { yenBai2020, REGISTRY_PROVINCE } from "./yen-bai-2020";
export { isValidOn, nameOn, agencyOn, registryOn, expectedReporters, findAgency } from "./validity";
export {
  AGENCY_GROUP_LIST,
  AGENCY_FIELDS,
  agencySchema,
  registrySchema,
  validateRegistry,
  formatIssue,
  findByNameOrCode,
  type AgencyField,
  type RegistryIssue,
  type RegistryResult,
} from "./schema";
export { registryToJson, registryFromJson } from "./json";
export {
  REGISTRY_SHEET,
  REGISTRY_HEADERS,
  GROUP_NAMES,
  registryToRows,
  registryFromRows,
  type SheetCell,
  type RowsOptions,
} from "./sheet";
