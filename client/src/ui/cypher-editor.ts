// The Cypher editor (CodeMirror 6 + @neo4j-cypher/codemirror, ~80% of the app's JavaScript) in its own chunk:
// console-panel.ts imports this file dynamically on the console's first opening, so a visit that never opens
// the console never downloads it.
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import "./cypher-editor.css";
import { EditorView } from "@codemirror/view";
export { createCypherEditor } from "@neo4j-cypher/codemirror";

/** The editing area's accessible name (CodeMirror's content element is a textbox without one). */
export const labelled = (label: string) => EditorView.contentAttributes.of({ "aria-label": label });
