// Undo/redo over the canvas content: every content change pushes the previous content, bounded.
import { HISTORY_LIMIT, type AppState, type GraphContent } from "./types.ts";

export function sameContent(a: GraphContent, b: GraphContent): boolean {
  if (a.scope !== b.scope || a.nodes.length !== b.nodes.length || a.expanded.length !== b.expanded.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  for (let i = 0; i < a.expanded.length; i++) if (a.expanded[i] !== b.expanded[i]) return false;
  return true;
}

/** Replaces the content, recording the previous one; a change that changes nothing records nothing. */
export function commitContent(state: AppState, content: GraphContent): AppState {
  if (sameContent(state.view.content, content)) return state;
  const past = [...state.past, state.view.content].slice(-HISTORY_LIMIT);
  return { view: { ...state.view, content }, past, future: [] };
}

export function canUndo(state: AppState): boolean {
  return state.past.length > 0;
}

export function canRedo(state: AppState): boolean {
  return state.future.length > 0;
}

export function undo(state: AppState): AppState {
  const previous = state.past[state.past.length - 1];
  if (!previous) return state;
  return {
    view: { ...state.view, content: previous },
    past: state.past.slice(0, -1),
    future: [state.view.content, ...state.future],
  };
}

export function redo(state: AppState): AppState {
  const next = state.future[0];
  if (!next) return state;
  return {
    view: { ...state.view, content: next },
    past: [...state.past, state.view.content],
    future: state.future.slice(1),
  };
}
