/** Messages of the taskpane feature, Vietnamese first. Keys are "taskpane.<name>"; {name} placeholders. */
export const vi = {} as Record<string, string>;
export const en: Record<string, string> = {};
