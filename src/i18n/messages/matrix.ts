/** Messages of the matrix feature, Vietnamese first. Keys are "matrix.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
