/** The 2020 tracking sheet of Yên Bái's expected reporters, as the tests set it up. */
import { buildTrackingEdit } from "../../src/domain/tracking";
import { yenBai2020 } from "../../src/domain/registry";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  DEFAULT_SETTINGS,
  reportersOfYear,
} from "../../src/domain/schedule";
import type { WorkbookEdit } from "../../src/domain/sheet";

export interface TrackingSpec {
  /** Fixed reference date (ISO); absent → =TODAY(). */
  today?: string;
  /** Received dates typed in: unit name → period code → ISO date. */
  received?: Record<string, Record<string, string>>;
  year?: number;
}

export function tracking2020(spec: TrackingSpec = {}): WorkbookEdit {
  const year = spec.year ?? 2020;
  return buildTrackingEdit({
    year,
    reporters: reportersOfYear(yenBai2020, year).map((a) => ({ code: a.code, name: a.name })),
    schedule: DEFAULT_SCHEDULE,
    holidays: DEFAULT_HOLIDAYS,
    settings: { ...DEFAULT_SETTINGS },
    ...(spec.today ? { today: spec.today } : {}),
    ...(spec.received ? { received: spec.received } : {}),
  });
}
