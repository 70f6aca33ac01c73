// graphology-gexf's browser entry also loads a DOMParser-based parser at import time; the client only writes,
// so it imports the writer module alone (its default export), which also keeps it testable under node.
declare module "graphology-gexf/browser/writer" {
  import type { write } from "graphology-gexf/browser";
  const writer: typeof write;
  export default writer;
}

// @neo4j-cypher/codemirror ships its types at src/codemirror.d.ts but its "exports" map hides them from
// moduleResolution "Bundler"; point the bare import at them.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
