/** Messages of the text feature, Vietnamese first. Keys are "text.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
