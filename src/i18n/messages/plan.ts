/** Messages of the plan feature, Vietnamese first. Keys are "plan.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
