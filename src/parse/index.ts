/** bytes -> Article: the decoded text, the properties block with positions, the mdast tree, the payload. */
import type { Root } from 'mdast';
import { decode } from './decode.js';
import { capDepth } from './depth.js';
import { fileNameProblems } from './filename.js';
import { parseMarkdown } from './markdown.js';
import { findPayload, parsePayload, type Payload } from './payload.js';
import { LineIndex, blank } from './positions.js';
import { maskProperties, scanProperties, type ParseProblem, type PropertiesBlock } from './properties.js';

export type { Attribute, ParseProblem, PropertiesBlock } from './properties.js';
export type { Payload } from './payload.js';

export interface Article {
  /** posix path relative to the current folder */
  file: string;
  /** Decoded text, BOM removed, line endings kept: every offset points into it. */
  text: string;
  bom: boolean;
  lines: LineIndex;
  properties: PropertiesBlock | null;
  payload: Payload | null;
  tree: Root;
  /** Problems found while parsing (block syntax, payload syntax). */
  problems: ParseProblem[];
}

export type ParseResult =
  { ok: true; article: Article } | { ok: false; ruleId: string; message: string; line: number; column: number };

export function parseArticle(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, article: parseText(file, decoded.text, decoded.bom) };
}

export function parseText(file: string, text: string, bom = false): Article {
  const lines = new LineIndex(text);
  const { block, problems } = scanProperties(text, lines);
  problems.push(...fileNameProblems(file));
  let masked = block ? maskProperties(text, block) : text;
  const payload = findPayload(text, block ? block.end : 0);
  if (payload) {
    problems.push(...parsePayload(payload));
    masked = blank(masked, payload.start, payload.end);
  }
  const tree = parseMarkdown(masked);
  const deep = capDepth(tree, text);
  if (deep) problems.push(deep);
  return { file, text, bom, lines, properties: block, payload, tree, problems };
}
