/** Offsets <-> 1-based line/column, and text helpers shared by the stages. */

export interface Point {
  line: number;
  column: number;
}

export class LineIndex {
  /**
   * Offset of the first character of each line. A line ends after \n, after \r\n (so CRLF stays on its line) and
   * after a lone \r, as micromark, the LSP and ESLint count lines: positions agree with the parsed tree's.
   */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) starts.push(m.index + m[0].length);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return Math.min(start + column - 1, this.text.length);
  }

  /** Text of a line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/(?:\r\n?|\n)$/, '');
  }
}

/** A line break: LF, CRLF or a lone CR (global: callers reset lastIndex). */
const LINE_BREAK = /\r\n?|\n/g;

/** The offset where the line holding `pos` ends (its line break, or the end of the text). */
export function lineEndOf(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** The offset where the line holding `pos` starts. */
export function lineStartOf(text: string, pos: number): number {
  for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) return i + 1;
  }
  return 0;
}

/** The offset where the line after the one holding `pos` starts (the text's length on the last line). */
export function nextLineStart(text: string, pos: number): number {
  const end = lineEndOf(text, pos);
  if (end === text.length) return end;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** Whether `pos` starts a line (the text's start, or just after a line break). */
export function atLineStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  return c === 10 || (c === 13 && text.charCodeAt(pos) !== 10);
}

/** Replace every character in [start, end) by a space, keeping line breaks, so positions stay native. */
export function blank(text: string, start: number, end: number): string {
  const middle = text.slice(start, end).replace(/[^\r\n]/g, ' ');
  return text.slice(0, start) + middle + text.slice(end);
}

/** Levenshtein distance, capped: used for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate within a distance proportional to the word's length, or undefined. */
export function didYouMean(word: string, candidates: Iterable<unknown>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(w.length / 4)) + 1;
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    const lower = c.toLowerCase();
    // the distance is at least the difference of the lengths
    if (Math.abs(lower.length - w.length) >= bestDistance) continue;
    const d = editDistance(w, lower);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * `s` without the characters of `set` at its end. Linear, where `s.replace(/[set]+$/, '')` is quadratic on a
 * long run of them that does not reach the end (each position of the run is tried, and scans the run).
 */
export function trimEndOf(s: string, set: string): string {
  let end = s.length;
  while (end > 0 && set.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Whitespace as `\s` means it. */
const isSpace = (c: string) => /\s/.test(c);

/** `s` without whitespace and the characters of `set` at its end, linearly (see trimEndOf). */
export function trimEndSpaceAnd(s: string, set: string): string {
  let end = s.length;
  while (end > 0 && (set.includes(s[end - 1]) || isSpace(s[end - 1]))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * The HTML comments of a text, `<!--` to the first `-->` after it, as `/<!--([\s\S]*?)-->/g` finds them, in
 * linear time: once a `<!--` has no `-->` after it, none after it has either (the regex would scan on to the
 * end from every one of them).
 */
export function* htmlComments(text: string): Generator<{ start: number; end: number; inner: string }> {
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start === -1) return;
    const close = text.indexOf('-->', start + 4);
    if (close === -1) return;
    yield { start, end: close + 3, inner: text.slice(start + 4, close) };
    from = close + 3;
  }
}

/** `text.replace(/<!--[\s\S]*?-->/g, replace)`, linearly (see htmlComments). */
export function replaceHtmlComments(text: string, replace: (comment: string) => string): string {
  let out = '';
  let last = 0;
  for (const c of htmlComments(text)) {
    out += text.slice(last, c.start) + replace(text.slice(c.start, c.end));
    last = c.end;
  }
  return last ? out + text.slice(last) : text;
}
