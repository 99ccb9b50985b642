/** Messages of the merge feature, Vietnamese first. Keys are "merge.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
