/**
 * The `<properties ... />` block: a small scanner finds it and records the exact offsets of every
 * attribute name and value (fast-xml-parser returns no positions), fast-xml-parser then validates the
 * block's syntax and decodes the values (entities). Nothing here throws on bad content: every problem
 * is a positioned `ParseProblem`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atLineStart, lineEndOf, replaceHtmlComments, type LineIndex } from './positions.js';

export interface Attribute {
  /** The name as written. */
  name: string;
  /** The value between the quotes as written (entities not decoded). */
  raw: string;
  /** The value with entities decoded by fast-xml-parser. */
  value: string;
  quote: '"' | "'" | '';
  nameStart: number;
  nameEnd: number;
  /** Offsets of the value between its quotes. */
  valueStart: number;
  valueEnd: number;
}

export interface PropertiesBlock {
  /** Offset of `<properties`. */
  start: number;
  /** Offset just past `/>` (or past the last attribute when the block is not closed). */
  end: number;
  attributes: Attribute[];
}

export interface ParseProblem {
  ruleId: string;
  message: string;
  start: number;
  end: number;
  severity?: 'error' | 'warning' | 'info';
  fix?: { range: [number, number]; text: string };
}

export interface PropertiesResult {
  block: PropertiesBlock | null;
  problems: ParseProblem[];
}

const OPEN = /<properties(?=[\s/>]|$)/i;
const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE_LINE = /^[ \t]*[A-Za-z_:][\w.:-]*[ \t]*=[ \t]*["']/;
const INVISIBLE: Record<string, string> = {
  '\u00a0': 'a no-break space (U+00A0)',
  '\u200b': 'a zero-width space (U+200B)',
  '\ufeff': 'a byte-order mark (U+FEFF)',
  '\u2028': 'a line separator (U+2028)',
};

const valueDecoder = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

export function scanProperties(text: string, lines: LineIndex): PropertiesResult {
  const problems: ParseProblem[] = [];
  const found = OPEN.exec(text);
  if (!found) {
    problems.push({
      ruleId: 'parse/no-properties',
      message: 'No `<properties ... />` block: every article starts with one',
      start: 0,
      end: 0,
    });
    return { block: null, problems };
  }
  const start = found.index;
  checkLeadingText(text, start, problems);

  const attributes: Attribute[] = [];
  let pos = start + found[0].length;
  let end = -1;
  while (end === -1) {
    pos = skipWhitespace(text, pos);
    const ch = text[pos];
    if (pos >= text.length || startsNextBlockLine(text, pos)) {
      const last = attributes.length ? lineEnd(text, attributes[attributes.length - 1].valueEnd) : lineEnd(text, start);
      problems.push({
        ruleId: 'parse/unclosed-properties',
        message: 'The `<properties` block is never closed: end it with `/>` on the line after the last attribute',
        start,
        end: start + found[0].length,
      });
      end = last;
      break;
    }
    if (text.startsWith('/>', pos)) {
      end = pos + 2;
      break;
    }
    if (ch === '>') {
      problems.push({
        ruleId: 'parse/unclosed-properties',
        message: 'The block ends with `>`; end it with `/>`',
        start: pos,
        end: pos + 1,
        fix: { range: [pos, pos + 1], text: '/>' },
      });
      end = pos + 1;
      break;
    }
    if (ch in INVISIBLE) {
      problems.push({
        ruleId: 'parse/stray-character',
        message: `Remove ${INVISIBLE[ch]} between attributes`,
        start: pos,
        end: pos + 1,
        fix: { range: [pos, pos + 1], text: ch === '\u00a0' ? ' ' : '' },
      });
      pos++;
      continue;
    }
    NAME.lastIndex = pos;
    const name = NAME.exec(text);
    if (!name) {
      problems.push({
        ruleId: 'parse/stray-character',
        message: `Unexpected \`${ch}\` between attributes; remove it`,
        start: pos,
        end: pos + 1,
        fix: { range: [pos, pos + 1], text: '' },
      });
      pos++;
      continue;
    }
    pos = readAttribute(text, pos, name[0], attributes, problems);
  }

  decodeValues(attributes);
  if (!problems.some((p) => p.severity !== 'info' && p.start >= start)) {
    validateSyntax(text, start, end, lines, problems);
  }
  return { block: { start, end, attributes }, problems };
}

/** Reads `name`, `=`, and a quoted value starting at `pos`; returns the offset after it. */
function readAttribute(text: string, pos: number, name: string, out: Attribute[], problems: ParseProblem[]): number {
  const nameStart = pos;
  const nameEnd = pos + name.length;
  let p = skipBlanks(text, nameEnd);
  if (text[p] !== '=') {
    problems.push({
      ruleId: 'parse/missing-value',
      message: `Attribute \`${name}\` has no value; write \`${name}=""\``,
      start: nameStart,
      end: nameEnd,
    });
    out.push({ name, raw: '', value: '', quote: '', nameStart, nameEnd, valueStart: nameEnd, valueEnd: nameEnd });
    return nameEnd;
  }
  p = skipBlanks(text, p + 1);
  const quote = text[p];
  if (quote !== '"' && quote !== "'") {
    let q = p;
    while (q < text.length && !/[\s>]/.test(text[q]) && !text.startsWith('/>', q)) q++;
    problems.push({
      ruleId: 'parse/unquoted-value',
      message: `The value of \`${name}\` must be in double quotes`,
      start: p,
      end: Math.max(q, p + 1),
      fix: q > p ? { range: [p, q], text: `"${text.slice(p, q)}"` } : undefined,
    });
    out.push({
      name,
      raw: text.slice(p, q),
      value: text.slice(p, q),
      quote: '',
      nameStart,
      nameEnd,
      valueStart: p,
      valueEnd: q,
    });
    return q;
  }
  const valueStart = p + 1;
  const close = text.indexOf(quote, valueStart);
  const firstLineEnd = lineEnd(text, valueStart);
  const unclosed = close === -1 || (close > firstLineEnd && swallowsAttributes(text, firstLineEnd, close + 1));
  if (unclosed) {
    problems.push({
      ruleId: 'parse/unclosed-quote',
      message: `The value of \`${name}\` has no closing ${quote === '"' ? 'double' : 'single'} quote`,
      start: p,
      end: firstLineEnd,
    });
    const valueEnd = trimEndOffset(text, valueStart, firstLineEnd);
    out.push({
      name,
      raw: text.slice(valueStart, valueEnd),
      value: '',
      quote,
      nameStart,
      nameEnd,
      valueStart,
      valueEnd,
    });
    return firstLineEnd;
  }
  out.push({
    name,
    raw: text.slice(valueStart, close),
    value: '',
    quote,
    nameStart,
    nameEnd,
    valueStart,
    valueEnd: close,
  });
  const after = close + 1;
  if (after < text.length && NAME_START.test(text[after])) {
    problems.push({
      ruleId: 'parse/stray-character',
      message: `Put a space after the value of \`${name}\``,
      start: after,
      end: after + 1,
      fix: { range: [after, after], text: ' ' },
    });
  }
  return after;
}

const NAME_START = /[A-Za-z_:]/;

/** A multi-line value that holds `name="` lines is an unclosed quote that swallowed them. */
function swallowsAttributes(text: string, from: number, to: number): boolean {
  const inner = text.slice(from, to).split(/\r\n?|\n/);
  return inner.some((line) => ATTRIBUTE_LINE.test(line) || /^\s*\/>\s*$/.test(line));
}

function checkLeadingText(text: string, start: number, problems: ParseProblem[]): void {
  const before = text.slice(0, start);
  if (/^[ \t\r\n]*$/.test(before)) return;
  const withoutComments = replaceHtmlComments(before, (m) => ' '.repeat(m.length));
  const offset = withoutComments.search(/[^ \t\r\n]/);
  if (offset === -1) return;
  const ch = text[offset];
  problems.push({
    ruleId: 'parse/text-before-properties',
    message:
      ch === '\ufeff'
        ? 'A second byte-order mark stands before `<properties`; remove it'
        : 'Text stands before the `<properties` block; the block must come first (move this text below it)',
    start: offset,
    end: ch === '\ufeff' ? offset + 1 : lineEnd(text, offset),
    fix: ch === '\ufeff' ? { range: [offset, offset + 1], text: '' } : undefined,
  });
}

/** Let fast-xml-parser decode entities in every value; positions stay the scanner's. */
function decodeValues(attributes: Attribute[]): void {
  const quoted = attributes.filter((a) => a.quote !== '' || a.raw !== '');
  if (!quoted.length) return;
  const parts = quoted.map((a, i) => {
    const q = a.raw.includes('"') ? "'" : '"';
    const raw = a.raw.includes('"') && a.raw.includes("'") ? a.raw.replace(/"/g, '&quot;') : a.raw;
    return `a${i}=${q}${raw.replace(/</g, '&lt;')}${q}`;
  });
  let decoded: Record<string, unknown> = {};
  try {
    const parsed = valueDecoder.parse(`<p ${parts.join(' ')}/>`) as { p?: Record<string, unknown> };
    decoded = parsed.p ?? {};
  } catch {
    decoded = {};
  }
  quoted.forEach((a, i) => {
    const v = decoded[`a${i}`];
    a.value = typeof v === 'string' ? v : a.raw;
  });
  for (const a of attributes) if (a.value === '' && a.raw !== '' && !quoted.includes(a)) a.value = a.raw;
}

/** fast-xml-parser's validator has the last word on syntax the scanner tolerated. */
function validateSyntax(text: string, start: number, end: number, lines: LineIndex, problems: ParseProblem[]): void {
  const block = text.slice(start, end);
  const result = XMLValidator.validate(block.endsWith('/>') ? block : `${block}/>`);
  if (result === true) return;
  const { line, col, msg } = result.err;
  const startPoint = lines.point(start);
  const absLine = startPoint.line + line - 1;
  const absCol = line === 1 ? startPoint.column + col - 1 : col;
  const offset = lines.offset(absLine, absCol);
  if (/is repeated/.test(msg)) return; // reported by the no-duplicate-attributes rule
  problems.push({
    ruleId: 'parse/invalid-properties',
    message: `The properties block is not well-formed: ${msg.replace(/\.$/, '')}`,
    start: offset,
    end: offset + 1,
  });
}

function skipWhitespace(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\n' || text[pos] === '\r'))
    pos++;
  return pos;
}

function skipBlanks(text: string, pos: number): number {
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  return pos;
}

/** The end of the line holding `pos`, its line break left out (LF, CRLF or a lone CR). */
const lineEnd = lineEndOf;

function trimEndOffset(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}

/** A markdown heading at the start of a line means the block ended without `/>`. */
function startsNextBlockLine(text: string, pos: number): boolean {
  return atLineStart(text, pos) && text[pos] === '#';
}

/**
 * The text remark should see: the block overwritten with spaces (line breaks kept). Where the block
 * starts the file and spans lines, its first and last lines become the bare fences `<properties` and
 * `/>`, so remark-frontmatter recognises it as a `properties` node at its true position.
 */
export function maskProperties(text: string, block: PropertiesBlock): string {
  const { start, end } = block;
  const region = text.slice(start, end).replace(/[^\r\n]/g, ' ');
  // the first line's break (its first character), and where the last line starts
  const firstBreak = region.search(/[\r\n]/);
  let masked = region;
  if (start === 0 && firstBreak !== -1 && text.slice(end).match(/^[ \t]*(\r\n?|\n|$)/)) {
    const lastBreak = Math.max(region.lastIndexOf('\n'), region.lastIndexOf('\r'));
    const lastLineLength = region.length - lastBreak - 1;
    if (firstBreak >= '<properties'.length && lastLineLength >= 2) {
      masked = '<properties' + region.slice('<properties'.length, lastBreak + 1) + '/>' + region.slice(lastBreak + 3);
    }
  }
  return text.slice(0, start) + masked + text.slice(end);
}
