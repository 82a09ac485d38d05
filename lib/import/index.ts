/** The import pipeline: upload → preview → commit → undo (DESIGN.md "lib/import"). */
export * from "./types";
export { previewImport } from "./preview";
export { commitImport, commitParsed } from "./commit";
export { undoImport, type UndoResult } from "./undo";
export { listImports } from "./list";
export { parseImportFile } from "./parse-input";
