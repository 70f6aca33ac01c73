// A GB18030 encoder for tests (the platform only decodes GB18030): the byte sequence of each character is found
// by decoding the two-byte space once, and the four-byte BMP space only when a character needs it.
let twoByte: Map<string, number[]> | undefined;
let fourByte: Map<string, number[]> | undefined;

function table(four: boolean): Map<string, number[]> {
  const dec = new TextDecoder("gb18030");
  const map = new Map<string, number[]>();
  if (!four) {
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const c = dec.decode(new Uint8Array([hi, lo]));
        if (!map.has(c)) map.set(c, [hi, lo]);
      }
    }
    return map;
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const c = dec.decode(new Uint8Array([b1, b2, b3, b4]));
          if (!map.has(c)) map.set(c, [b1, b2, b3, b4]);
        }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    twoByte ??= table(false);
    let bytes = twoByte.get(c);
    if (!bytes) {
      fourByte ??= table(true);
      bytes = fourByte.get(c);
    }
    if (!bytes) throw new Error(`encodeGb18030: no GB18030 bytes for U+${code.toString(16)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
