// The id grammar, written once: the seed schema, the importer, the API's schemas and the client's URL state all
// build on it. Pure (no node imports), so the client bundles it too.

/** Lowercase ascii words joined by '-', e.g. "industrial-chain-resilience": as a pattern to embed in others. */
export const KEBAB_ID = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** Node ids, document ids (they double as file stems: no path tricks) and rule names. */
export const KEBAB_ID_RE = new RegExp(`^${KEBAB_ID}$`);
