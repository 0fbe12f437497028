/** The HTML-comment markers of diagnostics articles: <!--issueDescription--> blocks and <!--$token-->...<!--/$token--> tokens. */
import { htmlComments } from '../parse/positions.js';
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

/** Markers outside code, in document order. */
export function markers(ctx: FileContext): Marker[] {
  const cached = cache.get(ctx.article);
  if (cached) return cached;
  const { text } = ctx.article;
  const out: Marker[] = [];
  if (text.includes('<!--')) {
    // linear (issue 19): comments found without a lazy regex, code ranges walked once in order
    const code = codeRanges(ctx).sort((a, b) => a[0] - b[0]);
    let c = 0;
    for (const m of htmlComments(text)) {
      const { start } = m;
      while (c < code.length && code[c][1] <= start) c++;
      if (c < code.length && start >= code[c][0]) continue;
      const body = m.inner.trim();
      const closing = body.startsWith('/');
      const inner = closing ? body.slice(1).trimStart() : body;
      if (/^issuedescription$/i.test(inner)) out.push({ kind: 'issue', closing, name: inner, start, end: m.end });
      else if (inner.startsWith('$')) out.push({ kind: 'token', closing, name: inner.slice(1), start, end: m.end });
    }
  }
  cache.set(ctx.article, out);
  return out;
}

export function codeRanges(ctx: FileContext): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const type of ['code', 'inlineCode'] as const) {
    for (const n of ctx.nodes(type)) {
      if (n.position?.start.offset !== undefined && n.position.end.offset !== undefined) ranges.push([n.position.start.offset, n.position.end.offset]);
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
