/**
 * A bound on the tree's depth (issue 19). Every walker of the tree, ours and the libraries' (mdast-util-to-hast,
 * hast-util-to-html, mdast-util-to-string), recurses once or more per level, so a 10,000-deep list overflowed
 * the stack. Below MAX_DEPTH a node becomes its source text, shown as written, and the cut is reported.
 */
import type { Nodes, Root } from 'mdast';
import type { ParseProblem } from './properties.js';

export const MAX_DEPTH = 200;

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'inlineCode',
  'break',
  'html',
  'footnoteReference',
]);

/** Cut the tree at MAX_DEPTH, without recursion; the problem of the first cut, if any. */
export function capDepth(tree: Root, text: string): ParseProblem | undefined {
  let first: number | undefined;
  const stack: Array<[node: Nodes, depth: number]> = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (depth + 1 < MAX_DEPTH) {
        stack.push([child, depth + 1]);
        continue;
      }
      if (!('children' in child)) continue;
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? start;
      first = first === undefined ? start : Math.min(first, start);
      const value = { type: 'text', value: text.slice(start, end), position: child.position } as Nodes;
      children[i] = PHRASING.has(child.type)
        ? value
        : ({ type: 'paragraph', children: [value], position: child.position } as Nodes);
    }
  }
  if (first === undefined) return undefined;
  return {
    ruleId: 'parse/too-deep',
    severity: 'warning',
    start: first,
    end: first,
    message: `Nested more than ${MAX_DEPTH} levels deep (lists, quotes or emphasis): below that the text is kept as written, unformatted`,
  };
}
