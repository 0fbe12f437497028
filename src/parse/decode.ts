/** bytes -> text. Binary and non-UTF-8 files are reported, never thrown. */

const BOM = 0xfeff;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; ruleId: string; message: string; line: number; column: number };

export function decode(bytes: Uint8Array): Decoded {
  const probe = Math.min(bytes.length, 8000);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      return {
        ok: false,
        ruleId: 'parse/binary',
        message: 'This file is binary (it holds NUL bytes), not a markdown article',
        line: 1,
        column: 1,
      };
    }
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      ruleId: 'parse/not-utf8',
      message: `This file is not valid UTF-8 (byte 0x${bytes[at.offset].toString(16).toUpperCase().padStart(2, '0')}); save it as UTF-8`,
      line: at.line,
      column: at.column,
    };
  }
  const bom = text.charCodeAt(0) === BOM;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Locate the first byte that is not part of a valid UTF-8 sequence, as a line/column of the text before it. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else break;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) break;
    // a line ends at LF, CRLF or a lone CR, as the parser counts them
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
    i += need + 1;
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, i)).length + 1;
  return { offset: Math.min(i, bytes.length - 1), line, column };
}
