/** Printing by Nghị định 30/2020/NĐ-CP, Phụ lục I: page layout, header and signature blocks. */
export * from "./layout";
export * from "./columns";
export * from "./header";
export * from "./settings";
export * from "./metrics";
export * from "./titles";
export * from "./prepare";
export * from "./pages";
