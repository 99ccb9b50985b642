/** Messages of the check feature, Vietnamese first. Keys are "check.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
