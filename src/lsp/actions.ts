/**
 * Code actions on an article: each fix as a quick fix, all of a file's fixes at once, and "disable this rule
 * here" by inserting an inline directive (src/rules/directives.ts). Offsets are into the document's text, which
 * is the text the engine checked (an editor's buffer has no BOM; line endings are kept).
 */
import type { Fix } from '../diagnostic.js';
import { findPayload } from '../parse/payload.js';
import { LineIndex } from '../parse/positions.js';
import { blockRegion } from './complete.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The fixes that can be applied together: sorted, the later of two overlapping ones left for another pass. */
export function compatibleFixes(fixes: Fix[]): Edit[] {
  const out: Edit[] = [];
  let end = -1;
  for (const f of [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
    if (f.range[0] < end) continue;
    out.push({ start: f.range[0], end: f.range[1], text: f.text });
    end = f.range[1];
  }
  return out;
}

/**
 * The edits that disable `ruleId` for the problem on `line` (1-based): a `selfhelp-disable-next-line` comment
 * above it; inside the properties block or a JSON payload, where a comment would break the syntax, a
 * `selfhelp-disable` / `selfhelp-enable` pair around the block.
 */
export function disableEdits(
  text: string,
  ruleId: string,
  line: number,
): { edits: Edit[]; scope: 'line' | 'block' | 'payload' } {
  const lines = new LineIndex(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const regionAround = (start: number, end: number): Edit[] => {
    const first = lines.point(start).line;
    const last = lines.point(end).line;
    const after = last < lines.lineCount ? lines.starts[last] : text.length;
    const close =
      after === text.length && !/\n$/.test(text)
        ? `${eol}<!-- selfhelp-enable ${ruleId} -->`
        : `<!-- selfhelp-enable ${ruleId} -->${eol}`;
    return [
      {
        start: lines.starts[first - 1],
        end: lines.starts[first - 1],
        text: `<!-- selfhelp-disable ${ruleId} -->${eol}`,
      },
      { start: after, end: after, text: close },
    ];
  };
  const block = blockRegion(text);
  if (block) {
    const first = lines.point(block.start).line;
    const last = lines.point(block.end).line;
    if (line > first && line <= last) return { edits: regionAround(block.start, block.end), scope: 'block' };
    const payload = findPayload(text, block.end);
    if (payload) {
      const from = lines.point(payload.start).line;
      const to = lines.point(payload.end).line;
      if (line > from && line <= to) return { edits: regionAround(payload.start, payload.end), scope: 'payload' };
    }
  }
  const start = lines.starts[Math.max(0, Math.min(line, lines.lineCount) - 1)];
  const indent = /^[ \t]*/.exec(lines.lineText(Math.max(1, Math.min(line, lines.lineCount))))![0];
  return {
    edits: [{ start, end: start, text: `${indent}<!-- selfhelp-disable-next-line ${ruleId} -->${eol}` }],
    scope: 'line',
  };
}
