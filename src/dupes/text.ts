/**
 * The guidance text of an article, as duplicate detection sees it: the body without the properties block,
 * markdown syntax stripped, case and whitespace folded, replacement tokens masked (`<!--$Name-->default
 * <!--/$Name-->` becomes the one word `$name`), link targets kept as words. Also the passages: paragraphs,
 * list items, whole lists and sections, each a range of those words with its line range in the file.
 */
import type { Nodes, Root } from 'mdast';
import { replaceHtmlComments, trimEndOf } from '../parse/positions.js';

export interface Passage {
  kind: 'paragraph' | 'item' | 'list' | 'section';
  /** [start, end) into the article's words */
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

export interface GuidanceText {
  words: string[];
  /** line of each word */
  lines: number[];
  passages: Passage[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letters and digits, any script; the ASCII range is decided without a regular expression. */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[i]);
}
const TOKEN_OPEN = /^<!--\s*\$\s*([\w.]+)\s*-->$/;
const TOKEN_CLOSE = /^<!--\s*\/\s*\$/;

/**
 * Link targets as one word each. Scheme, `www.`, the query string (tracking parameters such as
 * `?WT.mc_id=...` and every other one), a locale as the first path segment (`/en-us/`, `/zh-hans/`) and
 * trailing slashes do not matter; a fragment (`#section`) does.
 */
export function urlWord(url: string): string {
  let u = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '');
  const hash = u.indexOf('#');
  let fragment = hash === -1 ? '' : u.slice(hash);
  if (hash !== -1) u = u.slice(0, hash);
  const query = u.indexOf('?');
  if (query !== -1) u = u.slice(0, query);
  // a query string after the fragment (`#blade?x=1` is a path of its own in the portal) stays
  fragment = trimEndOf(fragment, '#?/');
  u = trimEndOf(u.replace(/^([^/]*)\/(?:[a-z]{2}-[a-z]{2}|zh-hans|zh-hant)(?=\/|$)/, '$1'), '/');
  return `url:${u}${fragment}`;
}

export function guidanceText(tree: Root, payloadStrings: Array<{ text: string; line: number }> = []): GuidanceText {
  const words: string[] = [];
  const lines: number[] = [];
  const passages: Passage[] = [];
  let maskedUntilClose = false;
  let itemDepth = 0;

  const addText = (text: string, line: number) => {
    if (maskedUntilClose) return;
    const lower = text.toLowerCase();
    let l = line;
    let start = -1;
    for (let i = 0; i <= lower.length; i++) {
      const code = i < lower.length ? lower.charCodeAt(i) : 32;
      if (i < lower.length && isWordChar(code, lower, i)) {
        if (start === -1) start = i;
        continue;
      }
      if (start !== -1) {
        words.push(lower.slice(start, i));
        lines.push(l);
        start = -1;
      }
      // multi-line text nodes keep exact word lines (a line ends at LF, CRLF or a lone CR, as micromark counts)
      if (code === 10 || (code === 13 && lower.charCodeAt(i + 1) !== 10)) l++;
    }
  };

  const walk = (node: Nodes): void => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code':
        addText(node.value, node.type === 'code' ? line + 1 : line);
        return;
      case 'html': {
        const value = node.value.trim();
        const open = TOKEN_OPEN.exec(value);
        if (open) {
          if (!maskedUntilClose) {
            words.push(`$${open[1].toLowerCase()}`);
            lines.push(line);
          }
          maskedUntilClose = true;
        } else if (TOKEN_CLOSE.test(value)) maskedUntilClose = false;
        else if (!value.startsWith('<!--')) {
          // raw HTML (Apollo's <video><title>...</title></video>, <insight>...): its text is guidance too
          const start = words.length;
          addText(stripTags(replaceHtmlComments(node.value, () => ' ')), line);
          if (words.length > start && itemDepth === 0 && node.value.includes('\n')) {
            passages.push({
              kind: 'paragraph',
              start,
              end: words.length,
              startLine: line,
              endLine: node.position?.end.line ?? line,
            });
          }
        }
        return;
      }
      case 'link':
      case 'image':
      case 'definition':
        if ('children' in node) node.children.forEach((c) => walk(c as Nodes));
        if (node.type === 'image' && node.alt) addText(node.alt, line);
        if (!maskedUntilClose && node.url) {
          words.push(urlWord(node.url));
          lines.push(line);
        }
        return;
      case 'listItem': {
        const start = words.length;
        let ownEnd = -1;
        let ownEndLine = line;
        itemDepth++;
        for (const child of node.children) {
          if (child.type === 'list' && ownEnd === -1) {
            ownEnd = words.length;
            ownEndLine = lines[words.length - 1] ?? line;
          }
          walk(child);
        }
        itemDepth--;
        const end = ownEnd === -1 ? words.length : ownEnd;
        const endLine = ownEnd === -1 ? (node.position?.end.line ?? line) : ownEndLine;
        if (end > start) passages.push({ kind: 'item', start, end, startLine: line, endLine });
        return;
      }
      case 'list': {
        // a whole list is a passage too: a copied run of short items is guidance even when no item is long
        const start = words.length;
        const top = itemDepth === 0;
        node.children.forEach((c) => walk(c as Nodes));
        if (top && node.children.length > 1 && words.length > start) {
          passages.push({
            kind: 'list',
            start,
            end: words.length,
            startLine: line,
            endLine: node.position?.end.line ?? line,
          });
        }
        return;
      }
      case 'paragraph': {
        const start = words.length;
        node.children.forEach((c) => walk(c as Nodes));
        if (words.length > start && itemDepth === 0)
          passages.push({
            kind: 'paragraph',
            start,
            end: words.length,
            startLine: line,
            endLine: node.position?.end.line ?? line,
          });
        return;
      }
      default:
        if ('children' in node) node.children.forEach((c) => walk(c as Nodes));
    }
  };

  // sections: a heading and everything up to the next heading of the same or a higher level
  const open: Array<{ depth: number; start: number; startLine: number }> = [];
  const closeSections = (depth: number, endLine: number) => {
    while (open.length && open[open.length - 1].depth >= depth) {
      const s = open.pop()!;
      if (words.length > s.start)
        passages.push({ kind: 'section', start: s.start, end: words.length, startLine: s.startLine, endLine });
    }
  };
  let lastLine = 1;
  for (const child of tree.children) {
    if (child.type === 'heading') {
      closeSections(child.depth, lastLine);
      open.push({ depth: child.depth, start: words.length, startLine: child.position?.start.line ?? 0 });
    }
    walk(child as Nodes);
    lastLine = child.position?.end.line ?? lastLine;
  }
  for (const s of payloadStrings) addText(s.text, s.line);
  closeSections(0, Math.max(lastLine, lines[lines.length - 1] ?? lastLine));
  passages.sort((a, b) => a.start - b.start || b.end - a.end);
  return { words, lines, passages };
}

/** Tags replaced by a space; linear: no `<` after the last `>` is tried (each would scan on to the end). */
function stripTags(html: string): string {
  const last = html.lastIndexOf('>') + 1;
  return html.slice(0, last).replace(/<[^>]*>/g, ' ') + html.slice(last);
}
