// Where a statement stands: APIM's sections of a policy document and its scopes, outermost first.
// `<base/>` in a scope's section runs the next outer scope's same section.

/** The sections of a `<policies>` document, in the order APIM runs them. */
export const SECTIONS = ["inbound", "backend", "outbound", "on-error"] as const;
export type SectionName = (typeof SECTIONS)[number];

/** APIM's scopes, outermost first. */
export const SCOPES = ["global", "workspace", "product", "api", "operation"] as const;
export type ScopeName = (typeof SCOPES)[number];
