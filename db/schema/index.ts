export * from "./api-token";
export * from "./audit-entry";
export * from "./region";
export * from "./setting";
export * from "./user";
