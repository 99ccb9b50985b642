/** The tracking sheet (F8): who has sent which period's report; written and read here. */
export * from "./sheet";
export * from "./read";
