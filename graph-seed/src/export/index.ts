// Export: a document's graph from Neo4j back to the files the loader reads (graph-seed/documents/<doc-id>/).
export { exportDocument, ExportError, SCHEMA_REFS, type ExportedDocument } from "./export-document.ts";
export { exportFiles, writeExport } from "./write-files.ts";
export { printSeedJson } from "./print-json.ts";
export { SYSTEM_PROPS, fileLocator, sortEdges, sortNodes, toEdgeEntry, toNodeEntry } from "./canonical.ts";
