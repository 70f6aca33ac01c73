// Renders a text (one paragraph per line) as an ordinary document with real tools, for the reader's round-trip
// tests and benchmark: an A4 PDF printed by Chromium (title, paragraphs, a running head and page numbers in the
// page margins), and a .docx written by the docx package.
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import type { Page } from "playwright-core";

export interface RenderSpec {
  paragraphs: readonly string[];
  language: "zh" | "en";
  /** The running head; defaults to the first paragraph (the title), cut to 30 characters. */
  header?: string;
  /** English only: "indented" sets justified paragraphs with indented first lines and no space between them. */
  layout?: "spaced" | "indented";
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The HTML of the document: the first paragraph as <h1>, every other as <p>. */
export function documentHtml(spec: RenderSpec): string {
  const [title = "", ...rest] = spec.paragraphs;
  // Chinese as official documents set it: justified, first lines indented two characters, no space between
  // paragraphs. English as a report: ragged right, no indent, a blank half-line between paragraphs.
  const style =
    spec.language === "zh"
      ? `body{font-family:"Noto Serif CJK SC",serif;font-size:12pt;line-height:1.6;margin:0}
         p{margin:0;text-indent:2em;text-align:justify}`
      : `body{font-family:"DejaVu Serif","Liberation Serif",serif;font-size:11pt;line-height:1.45;margin:0}
         ${spec.layout === "indented" ? "p{margin:0;text-indent:1.5em;text-align:justify}" : "p{margin:0 0 .6em}"}`;
  return `<!doctype html><html lang="${spec.language === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">
<style>${style} h1{font-size:18pt;text-align:center;margin:0 0 1em}</style></head><body>
<h1>${escapeHtml(title)}</h1>
${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</body></html>`;
}

export async function renderPdf(page: Page, spec: RenderSpec): Promise<Uint8Array> {
  await page.setContent(documentHtml(spec), { waitUntil: "load" });
  const head = escapeHtml(
    spec.header ??
      Array.from(spec.paragraphs[0] ?? "")
        .slice(0, 30)
        .join(""),
  );
  const pageNo =
    spec.language === "zh"
      ? `第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页`
      : `Page <span class="pageNumber"></span> of <span class="totalPages"></span>`;
  const margin = `font-size:9pt;width:100%;text-align:center;font-family:serif;color:#444`;
  const pdf = await page.pdf({
    format: "A4",
    displayHeaderFooter: true,
    headerTemplate: `<div style="${margin}">${head}</div>`,
    footerTemplate: `<div style="${margin}">${pageNo}</div>`,
    margin: { top: "25mm", bottom: "25mm", left: "20mm", right: "20mm" },
    printBackground: false,
  });
  return new Uint8Array(pdf);
}

export async function renderDocx(spec: RenderSpec): Promise<Uint8Array> {
  const [title = "", ...rest] = spec.paragraphs;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
          ...rest.map((p) => new Paragraph(p)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A synthetic English policy report: headings, numbered items and paragraphs of generated sentences, the same
 * for a given seed. Compounds such as "long-term" recur, as they do in real reports.
 */
export function syntheticEnglish(paragraphCount: number, seed = 7): string[] {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const subjects = [
    "The ministry",
    "Each province",
    "The fund",
    "Local government",
    "The council",
    "Rural cooperatives",
    "The programme",
  ];
  const verbs = [
    "will strengthen",
    "shall establish",
    "is expected to improve",
    "will support",
    "must review",
    "will expand",
  ];
  const objects = [
    "long-term investment in rural infrastructure",
    "access to clean water and sanitation",
    "the income of small farmers",
    "cross-border trade in agricultural products",
    "public services in remote villages",
    "the well-being of elderly residents",
    "training for young entrepreneurs",
    "the quality of primary schools",
  ];
  const tails = [
    "by 2030",
    "within three years",
    "in every county",
    "with measurable targets",
    "under the new framework",
    "through annual reviews",
  ];
  const sentence = () => `${pick(subjects)} ${pick(verbs)} ${pick(objects)} ${pick(tails)}.`;
  const out = ["A synthetic report on rural development and public services"];
  let section = 0;
  for (let i = 1; i < paragraphCount; i++) {
    if (i % 7 === 1)
      out.push(`${++section}. ${pick(["Goals", "Measures", "Funding", "Monitoring", "Governance"])} of the plan`);
    else if (i % 7 === 4) out.push(`(${String.fromCharCode(96 + ((i % 5) + 1))}) ${sentence()}`);
    else out.push(Array.from({ length: 3 + Math.floor(rand() * 5) }, sentence).join(" "));
  }
  return out;
}
