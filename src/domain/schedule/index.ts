/** Reporting schedule, holidays, deadlines and statuses (F8): pure data and functions. */
export * from "./dates";
export * from "./periods";
export * from "./holidays";
export * from "./deadline";
export * from "./status";
export * from "./sheets";
export * from "./reporters";
