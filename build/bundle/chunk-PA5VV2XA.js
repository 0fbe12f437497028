import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/parse/positions.js
var LineIndex = class {
  text;
  /**
   * Offset of the first character of each line. A line ends after \n, after \r\n (so CRLF stays on its line) and
   * after a lone \r, as micromark, the LSP and ESLint count lines: positions agree with the parsed tree's.
   */
  starts;
  constructor(text) {
    this.text = text;
    const starts = [0];
    LINE_BREAK.lastIndex = 0;
    for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text))
      starts.push(m.index + m[0].length);
    this.starts = starts;
  }
  get lineCount() {
    return this.starts.length;
  }
  point(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= o)
        lo = mid;
      else
        hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
  offset(line, column) {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    return Math.min(start + column - 1, this.text.length);
  }
  /** Text of a line without its line break. */
  lineText(line) {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/(?:\r\n?|\n)$/, "");
  }
};
var LINE_BREAK = /\r\n?|\n/g;
function lineEndOf(text, pos) {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13)
      return i;
  }
  return text.length;
}
function lineStartOf(text, pos) {
  for (let i = Math.min(pos, text.length) - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10)
      return i + 1;
  }
  return 0;
}
function nextLineStart(text, pos) {
  const end = lineEndOf(text, pos);
  if (end === text.length)
    return end;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}
function atLineStart(text, pos) {
  if (pos === 0)
    return true;
  const c = text.charCodeAt(pos - 1);
  return c === 10 || c === 13 && text.charCodeAt(pos) !== 10;
}
function blank(text, start, end) {
  const middle = text.slice(start, end).replace(/[^\r\n]/g, " ");
  return text.slice(0, start) + middle + text.slice(end);
}
function editDistance(a, b) {
  if (a === b)
    return 0;
  const prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++)
    prev[j] = j;
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
function didYouMean(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(w.length / 4)) + 1;
  for (const c of candidates) {
    if (typeof c !== "string")
      continue;
    const lower = c.toLowerCase();
    if (Math.abs(lower.length - w.length) >= bestDistance)
      continue;
    const d = editDistance(w, lower);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function trimEndOf(s, set) {
  let end = s.length;
  while (end > 0 && set.includes(s[end - 1]))
    end--;
  return end === s.length ? s : s.slice(0, end);
}
var isSpace = (c) => /\s/.test(c);
function trimEndSpaceAnd(s, set) {
  let end = s.length;
  while (end > 0 && (set.includes(s[end - 1]) || isSpace(s[end - 1])))
    end--;
  return end === s.length ? s : s.slice(0, end);
}
function* htmlComments(text) {
  let from = 0;
  for (; ; ) {
    const start = text.indexOf("<!--", from);
    if (start === -1)
      return;
    const close = text.indexOf("-->", start + 4);
    if (close === -1)
      return;
    yield { start, end: close + 3, inner: text.slice(start + 4, close) };
    from = close + 3;
  }
}
function replaceHtmlComments(text, replace) {
  let out = "";
  let last = 0;
  for (const c of htmlComments(text)) {
    out += text.slice(last, c.start) + replace(text.slice(c.start, c.end));
    last = c.end;
  }
  return last ? out + text.slice(last) : text;
}

export {
  LineIndex,
  lineEndOf,
  lineStartOf,
  nextLineStart,
  atLineStart,
  blank,
  editDistance,
  didYouMean,
  trimEndOf,
  trimEndSpaceAnd,
  htmlComments,
  replaceHtmlComments
};
