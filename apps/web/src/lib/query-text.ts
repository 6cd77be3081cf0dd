// The search language's text: the domain's one definition (packages/domain/src/search-text.ts), read where the
// console's search controls are.
export * from "@paylens/domain/search-text";
