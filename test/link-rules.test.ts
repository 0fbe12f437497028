/**
 * The link rules' own scanning is linear: each runs over 250 KB of the characters its scans look for in well
 * under a second. The markdown parser is left out (remark's own time on such input is its affair): each
 * rule gets a hand-made tree in which the whole text is one text node, one HTML node or one link target.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nodes } from 'mdast';
import type { Article } from '../src/parse/index.js';
import { rules } from '../src/rules/index.js';
import type { FileContext } from '../src/rules/rule.js';

const SIZE = 250_000;
const LINK_RULES = rules.filter((r) => r.tags.includes('links') || r.id === 'replacement-tokens');

/** a context whose tree is `paragraph > node`, the node spanning the whole text */
function context(text: string, node: Nodes): FileContext {
  const paragraph = { type: 'paragraph', children: [node], position: node.position } as Nodes;
  const byType = new Map<string, Nodes[]>([
    [node.type, [node]],
    ['paragraph', [paragraph]],
  ]);
  const lines = { point: (offset: number) => ({ line: 1, column: offset + 1 }) };
  const article = { file: 'x.md', text, lines, tree: { type: 'root', children: [paragraph] } } as unknown as Article;
  return {
    article,
    meta: { object: {}, values: new Map() } as never,
    issues: [],
    catalog: {} as never,
    options: {},
    nodes: (type) => (byType.get(type) ?? []) as never,
    ancestors: (n) => (n === node ? [paragraph] : []),
    exists: () => false,
    report: () => {},
  };
}

const span = (text: string) => ({
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: text.length + 1, offset: text.length },
});
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const cases: Array<[string, (text: string) => Nodes]> = [];
const TEXT = ['[', '(', ']', '](', '][', '] (', '[a]\n(', '[x](a b) ', '\\]', '<!--', '<!--$', 'https://x.', ']  \n  '];
for (const unit of TEXT) {
  const node = (text: string) => ({ type: 'text', value: text, position: span(text) }) as Nodes;
  cases.push([`text of ${JSON.stringify(unit)}`, node]);
}
for (const unit of ['<a href="x" ', '<img ', 'href=', 'src="', '<!--', '<!-- href="x"']) {
  const node = (text: string) => ({ type: 'html', value: text, position: span(text) }) as Nodes;
  cases.push([`HTML of ${JSON.stringify(unit)}`, node]);
}
for (const unit of ['a.', '(', 'http:/', 'www.', '#', ' ', '<!--']) {
  const link = (text: string) => ({ type: 'link', url: text, children: [], position: span(text) }) as Nodes;
  cases.push([`link target of ${JSON.stringify(unit)}`, link]);
}

describe('link rules on 250 KB of what their scans look for', () => {
  for (const [name, make] of cases) {
    it(name, () => {
      const unit = name.slice(name.indexOf('"'));
      const text = repeat(JSON.parse(unit) as string);
      for (const rule of LINK_RULES) {
        const started = performance.now();
        const ctx = context(text, make(text));
        rule.check?.(ctx);
        rule.summarize?.(ctx);
        const ms = performance.now() - started;
        assert.ok(ms < 1000, `${rule.id} took ${Math.round(ms)} ms`);
      }
    });
  }
});
