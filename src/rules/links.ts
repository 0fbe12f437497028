/**
 * Every link target of an article with its exact offsets, found once and shared by every link rule: markdown
 * links, autolinks, images, the definitions that a reference uses, HTML href/src, bare URLs. What a reader
 * never sees is left out: definitions that nothing refers to (the `[comment]: # (...)` idiom), HTML comments,
 * URLs inside a link's own text. Each target appears once, so one problem is one diagnostic.
 */
import type { Definition, Nodes } from 'mdast';
import type { FileContext } from './rule.js';

export interface LinkTarget {
  url: string;
  /** offsets of the url in article.text */
  start: number;
  end: number;
  kind: 'link' | 'autolink' | 'image' | 'definition' | 'html' | 'bare';
  node: Nodes;
  /** the target is, or holds, a replacement token (`<!--$Name-->`): the portal fills it at run time */
  token: boolean;
  /** the target is shown as an image (markdown image, or `src` of an HTML tag) */
  image: boolean;
}

const cache = new WeakMap<object, LinkTarget[]>();
const HTML_ATTR = /\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const BARE_URL = /\bhttps?:\/\/[^\s<>()"'\]]+/gi;
/** a token marker as written in a target, or as remark reads `(<!--$Name-->)` (pointy brackets dropped) */
const TOKEN = /<!--\s*(?:\/\s*)?\$|^!--\s*(?:\/\s*)?\$/;

export function isToken(url: string): boolean {
  return TOKEN.test(url);
}

export function linkTargets(ctx: FileContext): LinkTarget[] {
  const cached = cache.get(ctx.article);
  if (cached) return cached;
  const { text } = ctx.article;
  const out: LinkTarget[] = [];
  const push = (url: string, start: number, end: number, kind: LinkTarget['kind'], node: Nodes, image: boolean) =>
    out.push({ url, start, end, kind, node, image, token: isToken(url) });
  const used = usedLabels(ctx);
  for (const type of ['link', 'image', 'definition'] as const) {
    for (const node of ctx.nodes(type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      if (type === 'definition' && !used.has((node as Definition).identifier)) continue;
      if (type === 'link' && text[s] === '<') {
        // an autolink `<https://...>`: the url is what stands between the brackets
        push(node.url, s + 1, e - 1, 'autolink', node, false);
        continue;
      }
      const source = text.slice(s, e);
      const at = locateUrl(source, node.url, type === 'definition');
      push(node.url, s + at.start, s + at.end, type, node, type === 'image');
    }
  }
  for (const node of ctx.nodes('html')) {
    const s = node.position?.start.offset;
    if (s === undefined || !/\b(?:href|src)\s*=/i.test(node.value)) continue;
    // commented-out markup is never shown: blank comments out, keeping offsets
    const value = blankComments(node.value);
    for (const m of value.matchAll(HTML_ATTR)) {
      const url = m[2] ?? m[3];
      const start = s + (m.index ?? 0) + m[0].length - url.length - 1;
      const image = m[1].toLowerCase() === 'src';
      push(url, start, start + url.length, 'html', node, image);
    }
  }
  const anchored = insideHtmlAnchors(ctx);
  for (const node of ctx.nodes('text')) {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined || !/https?:\/\//i.test(node.value)) continue;
    // a URL in a link's own text is not a second link: the link's target is the one followed
    if (ctx.ancestors(node).some((a) => a.type === 'link' || a.type === 'linkReference')) continue;
    if (anchored.has(node)) continue;
    // bare URLs: search the source, so offsets are exact even where the text node unescaped characters
    const source = text.slice(s, e);
    for (const m of source.matchAll(BARE_URL)) {
      const url = trimTrailing(m[0]);
      push(url, s + (m.index ?? 0), s + (m.index ?? 0) + url.length, 'bare', node, false);
    }
  }
  out.sort((a, b) => a.start - b.start);
  cache.set(ctx.article, out);
  return out;
}

/** Text between an inline `<a ...>` and its `</a>` (`<a href="https://x">https://x</a>`): a link's own text. */
function insideHtmlAnchors(ctx: FileContext): Set<Nodes> {
  const inside = new Set<Nodes>();
  const parents = new Set<Nodes>();
  for (const html of ctx.nodes('html')) {
    const parent = ctx.ancestors(html).at(-1);
    if (parent && parent.type !== 'root' && /<a\b/i.test(html.value)) parents.add(parent);
  }
  const mark = (n: Nodes) => {
    inside.add(n);
    if ('children' in n) for (const c of n.children) mark(c as Nodes);
  };
  for (const parent of parents) {
    let open = false;
    for (const child of (parent as { children: Nodes[] }).children) {
      if (child.type === 'html') {
        const tags = child.value.match(/<\/?a\b/gi);
        if (tags) open = !tags[tags.length - 1].startsWith('</');
      } else if (open) mark(child);
    }
  }
  return inside;
}

/** HTML comments other than token markers (`<!--$x-->`, `<!--/$x-->`) blanked out, offsets kept (one linear scan). */
export function blankComments(value: string): string {
  let out = '';
  let from = 0;
  for (let open = value.indexOf('<!--'); open !== -1; open = value.indexOf('<!--', from)) {
    const close = value.indexOf('-->', open + 4);
    if (close === -1) break;
    const end = close + 3;
    if (!/^<!--\s*(?:\/\s*)?\$/.test(value.slice(open, Math.min(end, open + 64)))) {
      out += value.slice(from, open) + value.slice(open, end).replace(/[^\n]/g, ' ');
    } else out += value.slice(from, end);
    from = end;
  }
  return out + value.slice(from);
}

/** A bare URL without the punctuation that ends its sentence. */
function trimTrailing(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?*_'.includes(url[end - 1])) end--;
  return url.slice(0, end);
}

/** The labels that link and image references use (normalised as mdast normalises them). */
export function usedLabels(ctx: FileContext): Set<string> {
  const used = new Set<string>();
  for (const n of ctx.nodes('linkReference')) used.add(n.identifier);
  for (const n of ctx.nodes('imageReference')) used.add(n.identifier);
  return used;
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

/** A target the author meant to fill in: empty, `#`, a bare scheme, the root of the aka.ms shortener, `<...>`. */
export function isPlaceholder(raw: string): boolean {
  const url = raw.trim();
  if (url === '' || url === '#' || /^<[^<>]*>$/.test(url)) return true;
  return /^https?:\/*$/i.test(url) || /^https?:\/\/aka\.ms\/?$/i.test(url);
}

export function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : null;
}

/** Microsoft-owned hosts whose pages are served over https. */
export function isMicrosoftHost(host: string): boolean {
  return /(^|\.)(microsoft\.com|azure\.com|azure\.net|aka\.ms|msdn\.com|technet\.com|windows\.net|visualstudio\.com|office\.com|live\.com|bing\.com|microsoftonline\.com|azure\.cn)$/.test(
    host,
  );
}

export interface UrlProblem {
  kind: 'scheme-typo' | 'no-scheme' | 'parentheses' | 'space';
  /** the corrected url, when the correction is certain */
  fixed?: string;
}

/** common top-level domains: enough to tell `learn.microsoft.com/x` from a file name such as `setup.png` */
const TLD = 'com|net|org|ms|io|gov|edu|cn|us|de|uk|co|jp|fr|in|info|biz|dev|app|cloud|azure';
const SCHEME_LESS = new RegExp(`^(?:www\\.[a-z0-9-]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${TLD}))(?=[/?#:]|$)`, 'i');
const SCHEME_TYPO = /^(ttps?|htps?|htp|htts?|hhttps?|htttps?|httpss|hptts?):\/\//i;

/**
 * What is wrong with the url of a link a reader follows, when it was clearly meant as a web address: a scheme
 * typo (`ttps://`, `http:/x`, `https//x`), no scheme at all (`aka.ms/x`, `www.example.com`), doubled
 * parentheses (`[x]((https://...))`), a space inside an absolute URL. Such a url is read as a relative path.
 */
export function urlProblem(raw: string): UrlProblem | null {
  const url = raw.trim();
  if (!url || isToken(url)) return null;
  if (url.length > 2 && url.startsWith('(') && url.endsWith(')')) {
    return { kind: 'parentheses', fixed: url.slice(1, -1) };
  }
  let m = SCHEME_TYPO.exec(url);
  if (m) {
    const scheme = m[1].toLowerCase().endsWith('s') ? 'https' : 'http';
    return { kind: 'scheme-typo', fixed: `${scheme}://${url.slice(m[0].length)}` };
  }
  m = /^(https?):\/(?!\/)(?=\S)/i.exec(url) ?? /^(https?)\/\/(?=\S)/i.exec(url) ?? /^(https?):\\\\(?=\S)/i.exec(url);
  if (m) return { kind: 'scheme-typo', fixed: `${m[1].toLowerCase()}://${url.slice(m[0].length)}` };
  if (/^https?:\/\/\S*\s/i.test(url)) return { kind: 'space' };
  // `httpsdocs.microsoft.com...`: the scheme is there but `://` was lost
  if (/^https?(?:www\.|[a-z0-9-]+\.(?:microsoft|azure|windows|aka)\.)/i.test(url)) return { kind: 'scheme-typo' };
  m = SCHEME_LESS.exec(url);
  if (m) {
    const host = m[0].toLowerCase();
    return { kind: 'no-scheme', fixed: isMicrosoftHost(host) ? `https://${url}` : undefined };
  }
  return null;
}

const proseCache = new WeakMap<object, string>();
const NOT_PROSE = ['inlineCode', 'html', 'link', 'linkReference', 'image', 'imageReference', 'break'] as const;
const IN_LINK = new Set(['link', 'linkReference']);

/**
 * The article's text as remark left it plain: the source of every text node that is not inside a link, with
 * emphasis markers as spaces, and `\0` everywhere else (code, HTML, links, the properties block, the gaps
 * between blocks). Brackets that survive here are brackets a reader sees: links that did not parse.
 */
export function proseText(ctx: FileContext): string {
  const cached = proseCache.get(ctx.article);
  if (cached !== undefined) return cached;
  const { text } = ctx.article;
  const bytes = Buffer.from(text, 'utf16le');
  const source = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const chars = new Uint16Array(text.length);
  const fill = (type: Nodes['type'], code: number | null) => {
    for (const n of ctx.nodes(type)) {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      if (code !== null) chars.fill(code, s, e);
      else if (!ctx.ancestors(n).some((a) => IN_LINK.has(a.type))) chars.set(source.subarray(s, e), s);
    }
  };
  for (const type of ['emphasis', 'strong', 'delete'] as const) fill(type, 32);
  for (const type of NOT_PROSE) fill(type, 0);
  fill('text', null);
  const out = new TextDecoder('utf-16le').decode(chars);
  proseCache.set(ctx.article, out);
  return out;
}

/** The `[` that opens the bracket closed at `close` in prose text, or -1: no other bracket or gap between. */
export function openingBracket(prose: string, close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 1000; i--) {
    const c = prose[i];
    if (c === '[') return i > 0 && prose[i - 1] === '\\' ? -1 : i;
    if (c === ']' || c === '\0') return -1;
  }
  return -1;
}
