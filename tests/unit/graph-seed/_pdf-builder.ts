// A tiny PDF writer for the reader's unit tests: text placed at exact positions, in Courier (ASCII, 0.6 em a character) or in
// STSong-Light through the predefined UniGB-UCS2-H CMap (Chinese that pdf.js can only read with its bundled
// CMaps), a page without text (a "scan"), or an /Encrypt dictionary (a password-protected file).

export interface PdfText {
  text: string;
  x: number;
  y: number;
  size?: number;
}

export interface PdfSpec {
  pages: PdfText[][];
  /** Draw a filled rectangle instead of text on pages without text. */
  encrypted?: boolean;
  width?: number;
  height?: number;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);
const latin = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
const ucs2 = (s: string) =>
  `<${Array.from(s)
    .map((c) => c.charCodeAt(0).toString(16).padStart(4, "0"))
    .join("")}>`;

export function buildPdf(spec: PdfSpec): Uint8Array {
  const width = spec.width ?? 595;
  const height = spec.height ?? 842;
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesObj = add("");
  const helv = add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
  const cidFont = add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor " +
      `${objects.length + 2} 0 R /DW 1000 >>`,
  );
  const song = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`,
  );
  add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
  const pageIds: number[] = [];
  for (const texts of spec.pages) {
    const ops =
      texts.length === 0
        ? "0.5 g 50 50 400 600 re f"
        : texts
            .map((t) => {
              const size = t.size ?? 12;
              const font = isAscii(t.text) ? `/F1 ${size} Tf ${latin(t.text)}` : `/F2 ${size} Tf ${ucs2(t.text)}`;
              return `BT ${font.replace(/ (\(|<)/, ` 1 0 0 1 ${t.x} ${t.y} Tm $1`)} Tj ET`;
            })
            .join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${helv} 0 R /F2 ${song} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  // RC4-40 with owner and user keys that no empty password opens: pdf.js asks for a password.
  const encrypt = spec.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> /P -44 >>`)
    : 0;
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  const id = `<${"0123456789abcdef".repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

export interface FlowOptions {
  /** Characters per line (a Chinese character counts as two Courier columns: 1 em against 0.6 em). */
  columns?: number;
  linesPerPage?: number;
  size?: number;
  /** Indent the first line of each paragraph by two ems. */
  indent?: boolean;
  /** Extra space between paragraphs, in ems. */
  paragraphGap?: number;
  header?: string;
  /** The footer of page n (1-based) of total. */
  footer?: (n: number, total: number) => string;
}

const cjk = (c: string) => c.charCodeAt(0) > 0x2e7f;

/**
 * Lays paragraphs out as a word processor would: wrapped to a column (English at spaces, Chinese anywhere),
 * flowed over pages, with an optional running head and footer.
 */
export function flowPdf(paragraphs: readonly string[], o: FlowOptions = {}): PdfSpec {
  const size = o.size ?? 12;
  const columns = o.columns ?? 60;
  const left = 72;
  const width = columns * 0.6 * size;
  const lines: { text: string; x: number; first: boolean }[] = [];
  for (const p of paragraphs) {
    let cur = "";
    let first = true;
    const em = (s: string) => Array.from(s).reduce((w, c) => w + (cjk(c) ? 1 : 0.6), 0) * size;
    const avail = () => width - (first && o.indent ? 2 * size : 0);
    const flush = () => {
      lines.push({ text: cur, x: left + (first && o.indent ? 2 * size : 0), first });
      first = false;
      cur = "";
    };
    const tokens = cjk(p) ? Array.from(p) : p.split(/(?<= )/);
    for (const t of tokens) {
      if (cur !== "" && em((cur + t).trimEnd()) > avail()) flush();
      cur += t;
    }
    cur = cur.trimEnd();
    if (cur !== "") flush();
  }
  const pitch = size * 1.2;
  const top = 760;
  const per = o.linesPerPage ?? 20;
  const pages: PdfText[][] = [];
  let page: PdfText[] = [];
  let y = top;
  for (const line of lines) {
    if (page.length >= per) {
      pages.push(page);
      page = [];
      y = top;
    }
    if (line.first && page.length > 0) y -= (o.paragraphGap ?? 0) * size;
    page.push({ text: line.text.trimEnd(), x: line.x, y, size });
    y -= pitch;
  }
  pages.push(page);
  const total = pages.length;
  return {
    pages: pages.map((body, i) => [
      ...body,
      // Written after the body, as Chromium writes its header and footer.
      ...(o.header ? [{ text: o.header, x: left, y: 800, size: 9 }] : []),
      ...(o.footer ? [{ text: o.footer(i + 1, total), x: 280, y: 40, size: 9 }] : []),
    ]),
  };
}
