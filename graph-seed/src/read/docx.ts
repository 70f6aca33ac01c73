// .docx → text: the zip is checked first (zip-guard.ts), then mammoth turns the Word XML into HTML (headings,
// paragraphs, numbered lists with their numbers, tables, footnotes at the end) and the HTML reader makes text of
// it. Images are never decoded: the reader wants words.
import mammoth from "mammoth";
import { ReadError } from "./errors.ts";
import { htmlToText } from "./html.ts";
import { checkZipSize, verifyInflatedSizes, zipEntries } from "./zip-guard.ts";

export interface DocxRead {
  text: string;
  warnings: string[];
}

export async function readDocx(bytes: Uint8Array, maxUncompressed: number): Promise<DocxRead> {
  const entries = zipEntries(bytes);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new ReadError(
      "READ_FORMAT_MISMATCH",
      "the file is a zip archive but not a Word document (no word/document.xml)",
    );
  }
  checkZipSize(entries, maxUncompressed);
  verifyInflatedSizes(bytes, entries, (e) => /\.(xml|rels)$/i.test(e.name));
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // An image becomes nothing; its bytes are never read.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
  } catch (e) {
    throw new ReadError("READ_DOCX_DAMAGED", `mammoth cannot read the document (${(e as Error).message})`);
  }
  const warnings = result.messages.filter((m) => m.type === "error").map((m) => `docx: ${m.message}`);
  return { text: htmlToText(result.value), warnings };
}
