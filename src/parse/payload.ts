/**
 * The JSON payload some types carry between `---` lines after the H1 (problem-scoping forms, advisor
 * recommendation metadata, support topic descriptions). Parsed by momoa, which keeps the position of
 * every node, so a syntax error or a schema violation points inside the article.
 */
import * as momoa from '@humanwhocodes/momoa';
import { lineEndOf, nextLineStart } from './positions.js';
import type { ParseProblem } from './properties.js';

export type JsonNode = momoa.AnyNode;

export interface Payload {
  /** Offsets of the whole region, fences included. */
  start: number;
  end: number;
  /** Offset of the first character of the JSON text. */
  jsonStart: number;
  json: string;
  document?: momoa.DocumentNode;
  /** The parsed value, when the JSON is valid. */
  value?: unknown;
}

const FENCE = /^[ \t]*---[ \t]*$/;

/**
 * Finds `---` / `{ ... }` / `---` after `from`; the closing fence may be missing (payload runs to the end).
 * Lines end at LF, CRLF or a lone CR, as the markdown parser reads them.
 */
export function findPayload(text: string, from: number): Payload | null {
  let lineStart = from;
  while (lineStart < text.length) {
    const lineEndAt = lineEndOf(text, lineStart);
    const next = nextLineStart(text, lineStart);
    if (FENCE.test(text.slice(lineStart, lineEndAt))) {
      const jsonStart = next;
      const firstContent = text.slice(jsonStart).search(/\S/);
      if (firstContent !== -1 && text[jsonStart + firstContent] === '{') {
        let p = jsonStart;
        while (p < text.length) {
          const e = lineEndOf(text, p);
          if (FENCE.test(text.slice(p, e))) {
            return { start: lineStart, end: e, jsonStart, json: text.slice(jsonStart, p) };
          }
          p = nextLineStart(text, p);
        }
        return { start: lineStart, end: text.length, jsonStart, json: text.slice(jsonStart) };
      }
    }
    if (next >= text.length) break;
    lineStart = next;
  }
  return null;
}

/** When the parser stopped at a `}` or `]` that follows a comma (and only whitespace): the comma's offset. */
function trailingComma(json: string, at: number): number | undefined {
  if (json[at] !== '}' && json[at] !== ']') return undefined;
  let i = at - 1;
  while (i >= 0 && (json[i] === ' ' || json[i] === '\t' || json[i] === '\n' || json[i] === '\r')) i--;
  return json[i] === ',' ? i : undefined;
}

/** Strict JSON: momoa parses, then strings are checked for raw control characters (momoa allows them). */
export function parsePayload(payload: Payload): ParseProblem[] {
  let document: momoa.DocumentNode;
  try {
    document = momoa.parse(payload.json, { mode: 'json', ranges: true });
  } catch (error) {
    const e = error as { message?: string; offset?: number };
    const at = typeof e.offset === 'number' ? e.offset : 0;
    const comma = trailingComma(payload.json, at);
    if (comma !== undefined) {
      const closer = payload.json[at] === '}' ? '}' : ']';
      const start = payload.jsonStart + comma;
      const message = `The JSON payload does not parse: a trailing comma before \`${closer}\`; remove it`;
      return [{ ruleId: 'payload-json', message, start, end: start + 1 }];
    }
    const offset = payload.jsonStart + at;
    const message = String(e.message ?? error)
      .replace(/\s*\(\d+:\d+\)\s*$/, '')
      .replace(/\.$/, '');
    return [
      {
        ruleId: 'payload-json',
        message: `The JSON payload does not parse: ${message}`,
        start: offset,
        end: offset + 1,
      },
    ];
  }
  const problems: ParseProblem[] = [];
  momoa.traverse(document, {
    enter(node) {
      if (node.type !== 'String') return;
      const raw = payload.json.slice(node.loc.start.offset, node.loc.end.offset);
      const bad = raw.search(/[\u0000-\u001f]/);
      if (bad !== -1) {
        const offset = payload.jsonStart + node.loc.start.offset + bad;
        const what =
          raw[bad] === '\n' || raw[bad] === '\r' ? 'a line break' : raw[bad] === '\t' ? 'a tab' : 'a control character';
        problems.push({
          ruleId: 'payload-json',
          message: `A JSON string holds ${what}; write it as ${raw[bad] === '\t' ? '`\\t`' : '`\\n`'}`,
          start: offset,
          end: offset + 1,
        });
      }
    },
  });
  payload.document = document;
  if (!problems.length) payload.value = momoa.evaluate(document);
  return problems;
}
