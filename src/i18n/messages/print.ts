/** Messages of the print feature, Vietnamese first. Keys are "print.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
