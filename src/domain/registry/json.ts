/** The registry as a JSON file (the CLI's --registry FILE). */
import { translate, type Lang } from "../../i18n";
import { canonicalAgency, fieldColumn, validateRegistry, type RegistryResult } from "./schema";
import type { Agency, Registry } from "./types";

/** Stable JSON: keys in a fixed order, two-space indent, trailing newline. */
export function registryToJson(registry: Registry): string {
  const data = { id: registry.id, agencies: registry.agencies.map(canonicalAgency) };
  return JSON.stringify(data, null, 2) + "\n";
}

export function registryFromJson(
  json: string,
  options: { lang?: Lang; above?: readonly Agency[] } = {},
): RegistryResult {
  const lang = options.lang ?? "vi";
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      errors: [
        {
          row: 0,
          column: fieldColumn(lang)("agencies"),
          message: translate(lang, "text.registry.err.json", { detail }),
        },
      ],
    };
  }
  return validateRegistry(data, { lang, above: options.above });
}
