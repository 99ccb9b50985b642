/** Messages of the common feature, Vietnamese first. Keys are "common.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
