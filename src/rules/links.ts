/** Every link target of an article with its exact offsets: markdown links, images, definitions, HTML href/src, bare URLs. */
import type { Nodes } from 'mdast';
import { trimEndOf } from '../parse/positions.js';
import type { FileContext } from './rule.js';

export interface LinkTarget {
  url: string;
  /** offsets of the url in article.text */
  start: number;
  end: number;
  kind: 'link' | 'image' | 'definition' | 'html' | 'bare';
  node: Nodes;
}

const cache = new WeakMap<object, LinkTarget[]>();
const HTML_ATTR = /\b(?:href|src)\s*=\s*(["'])(.*?)\1/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>()"'\]]+/gi;

export function linkTargets(ctx: FileContext): LinkTarget[] {
  const cached = cache.get(ctx.article);
  if (cached) return cached;
  const { text } = ctx.article;
  const out: LinkTarget[] = [];
  for (const type of ['link', 'image', 'definition'] as const) {
    for (const node of ctx.nodes(type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      const source = text.slice(s, e);
      const at = locateUrl(source, node.url, type === 'definition');
      out.push({ url: node.url, start: s + at.start, end: s + at.end, kind: type, node });
    }
  }
  for (const node of ctx.nodes('html')) {
    const s = node.position?.start.offset;
    if (s === undefined) continue;
    for (const m of node.value.matchAll(HTML_ATTR)) {
      const start = s + (m.index ?? 0) + m[0].indexOf(m[1]) + 1;
      out.push({ url: m[2], start, end: start + m[2].length, kind: 'html', node });
    }
  }
  for (const node of ctx.nodes('text')) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined || !/https?:\/\//i.test(node.value)) continue;
    // bare URLs: search the source, so offsets are exact even where the text node unescaped characters
    const source = text.slice(s, e);
    for (const m of source.matchAll(BARE_URL)) {
      const url = trimEndOf(m[0], '.,;:!?*_'); // linear, unlike /[.,;:!?*_]+$/ (issue 19)
      out.push({ url, start: s + (m.index ?? 0), end: s + (m.index ?? 0) + url.length, kind: 'bare', node });
    }
  }
  out.sort((a, b) => a.start - b.start);
  cache.set(ctx.article, out);
  return out;
}

/** Where the destination stands in a link's source: after `](` (or `]:` for definitions). */
function locateUrl(source: string, url: string, definition: boolean): { start: number; end: number } {
  const opener = definition ? source.indexOf(']:') : source.lastIndexOf('](');
  if (opener !== -1) {
    let p = opener + 2;
    while (p < source.length && /[ \t\r\n<]/.test(source[p])) p++;
    const raw = url === '' ? '' : source.slice(p);
    let end = p;
    if (raw) {
      const idx = source.indexOf(url, p);
      if (idx === p) end = p + url.length;
      else {
        while (end < source.length && !/[\s)>]/.test(source[end])) end++;
      }
    }
    return { start: p, end };
  }
  return { start: 0, end: source.length };
}

export function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}

/** Microsoft-owned hosts whose pages are served over https. */
export function isMicrosoftHost(host: string): boolean {
  return /(^|\.)(microsoft\.com|azure\.com|azure\.net|aka\.ms|msdn\.com|technet\.com|windows\.net|visualstudio\.com|office\.com|live\.com|bing\.com|microsoftonline\.com|azure\.cn)$/.test(host);
}
