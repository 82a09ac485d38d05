export * from "./currency";
export * from "./minor";
export * from "./parse";
export * from "./format";
