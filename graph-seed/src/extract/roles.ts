// The role of each section, told from headings: problem parts hold problems, action parts measures, a
// requirements part its goals and principles. A section inherits the role of its nearest classified ancestor.
import type { ParsedDocument, Section } from "../document/index.ts";
import {
  CONTEXT_HEADING,
  GOALS_HEADING,
  HEADING_VERB_ZH,
  MEASURE_START_EN,
  PRINCIPLES_HEADING,
  PROBLEM_HEADING,
  REQUIREMENTS_HEADING,
} from "./cues.ts";
import type { SectionRole } from "./types.ts";

export function classifyHeading(title: string, topLevel: boolean): SectionRole | null {
  if (topLevel) {
    if (REQUIREMENTS_HEADING.test(title)) return "requirements";
    if (PROBLEM_HEADING.test(title)) return "problem";
    // A heading that opens with a verb prescribes ("夯实发展基础"), whatever nouns follow.
    if (HEADING_VERB_ZH.test(title) || MEASURE_START_EN.test(title)) return "action";
    if (CONTEXT_HEADING.test(title)) return "context";
    return "action";
  }
  if (PRINCIPLES_HEADING.test(title)) return "principles";
  if (GOALS_HEADING.test(title)) return "goals";
  return null;
}

/** Roles by section id; sub-sections are classified only inside a requirements part. */
export function sectionRoles(doc: ParsedDocument): Map<string, SectionRole> {
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const roles = new Map<string, SectionRole>();
  const visit = (s: Section, inherited: SectionRole | null) => {
    let role = inherited;
    if (s.level !== "preamble") {
      const own = classifyHeading(s.title, s.parentId === null);
      if (s.parentId === null) role = own;
      else if (inherited === "requirements" && own) role = own;
    } else role = "context";
    if (role) roles.set(s.id, role);
    for (const c of s.childIds) visit(byId.get(c)!, role);
  };
  for (const s of doc.sections) if (s.parentId === null) visit(s, null);
  return roles;
}
