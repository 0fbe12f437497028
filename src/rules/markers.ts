/**
 * The HTML-comment markers of diagnostics articles: <!--issueDescription--> blocks and <!--$token-->...<!--/$token-->
 * tokens.
 */
import type { FileContext } from './rule.js';

export interface Marker {
  kind: 'issue' | 'token';
  closing: boolean;
  /** token name as written, without `$`, spaces kept */
  name: string;
  start: number;
  end: number;
}

const cache = new WeakMap<object, Marker[]>();
const inCodeCache = new WeakMap<object, Marker[]>();

/**
 * The issueDescription markers inside code (an indented line, a fence), in document order: not markers for the
 * portal, but what an author meant as one (an indented header makes its markers code).
 */
export function issueMarkersInCode(ctx: FileContext): Marker[] {
  markers(ctx);
  return inCodeCache.get(ctx.article) ?? [];
}

/** Markers outside code, in document order. */
export function markers(ctx: FileContext): Marker[] {
  const cached = cache.get(ctx.article);
  if (cached) return cached;
  const { text } = ctx.article;
  const out: Marker[] = [];
  const inCode: Marker[] = [];
  if (text.includes('<!--')) {
    const code = codeRanges(ctx).sort((a, b) => a[0] - b[0]);
    let c = 0;
    for (const m of comments(text)) {
      const start = m.index;
      // comments and code ranges both in document order: one walk, not one search per comment
      while (c < code.length && code[c][1] <= start) c++;
      const body = m.body.trim();
      const closing = body.startsWith('/');
      const inner = closing ? body.slice(1).trimStart() : body;
      if (c < code.length && code[c][0] <= start) {
        if (/^issuedescription$/i.test(inner))
          inCode.push({ kind: 'issue', closing, name: inner, start, end: start + m.length });
        continue;
      }
      if (/^issuedescription$/i.test(inner))
        out.push({ kind: 'issue', closing, name: inner, start, end: start + m.length });
      else if (inner.startsWith('$'))
        out.push({ kind: 'token', closing, name: inner.slice(1), start, end: start + m.length });
    }
  }
  cache.set(ctx.article, out);
  inCodeCache.set(ctx.article, inCode);
  return out;
}

/** Every `<!--...-->` in order, found with one linear scan (a lazy regex is quadratic on many unclosed `<!--`). */
function comments(text: string): Array<{ index: number; length: number; body: string }> {
  const out: Array<{ index: number; length: number; body: string }> = [];
  for (let open = text.indexOf('<!--'); open !== -1;) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    out.push({ index: open, length: close + 3 - open, body: text.slice(open + 4, close) });
    open = text.indexOf('<!--', close + 3);
  }
  return out;
}

export function codeRanges(ctx: FileContext): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const type of ['code', 'inlineCode'] as const) {
    for (const n of ctx.nodes(type)) {
      if (n.position?.start.offset !== undefined && n.position.end.offset !== undefined)
        ranges.push([n.position.start.offset, n.position.end.offset]);
    }
  }
  return ranges;
}

/** The [start, end) ranges between balanced issueDescription markers. */
export function issueDescriptionRanges(ctx: FileContext): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: Marker | null = null;
  for (const m of markers(ctx)) {
    if (m.kind !== 'issue') continue;
    if (!m.closing && !open) open = m;
    else if (m.closing && open) {
      ranges.push([open.end, m.start]);
      open = null;
    }
  }
  return ranges;
}
