/** markdown -> mdast with unified + remark-parse + remark-frontmatter (the `properties` matter). */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, [{ type: 'properties', fence: { open: '<properties', close: '/>' } }])
  .freeze();

/** Parse text whose properties block and payload have already been masked (positions stay native). */
export function parseMarkdown(masked: string): Root {
  // micromark drops a byte-order mark at the start and counts its offsets from after it: a text that still starts
  // with one (a file with two: the decoder took the first) is given a mark to drop, so that offsets stay the text's
  return processor.parse(masked.charCodeAt(0) === 0xfeff ? `\ufeff${masked}` : masked) as Root;
}

/** The `<properties ... />` block as remark-frontmatter reports it (its value is blanked). */
export interface PropertiesNode {
  type: 'properties';
  value: string;
  position?: import('unist').Position;
}

declare module 'mdast' {
  interface RootContentMap {
    properties: PropertiesNode;
  }
}
