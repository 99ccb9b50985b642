/** Messages of the schedule feature, Vietnamese first. Keys are "schedule.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
