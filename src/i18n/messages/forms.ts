/** Messages of the forms feature, Vietnamese first. Keys are "forms.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
