/**
 * The article's path as a page name: each folder and file name becomes a segment of its page's path in the
 * site, so names that are not portable (characters other than ASCII letters, digits, `.`, `_` and `-`, or
 * too long for a file system once `.md` becomes `.html`) are reported. Their pages get a name made unique by
 * a hash (see pagePath), so the build never stops on them.
 */
import type { ParseProblem } from './properties.js';

/** Longest segment, in UTF-8 bytes, kept as it is: with a hash suffix and `.html` it stays under 255. */
export const MAX_NAME_BYTES = 200;

const PORTABLE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function fileNameProblems(file: string): ParseProblem[] {
  const segments = file.split('/').filter((s) => s && s !== '.' && s !== '..');
  const out: ParseProblem[] = [];
  for (const s of segments) {
    const bytes = Buffer.byteLength(s);
    if (bytes > MAX_NAME_BYTES) {
      out.push({
        ruleId: 'parse/file-name',
        severity: 'warning',
        start: 0,
        end: 0,
        message: `The name \`${shorten(s)}\` is ${bytes} bytes long: keep names under ${MAX_NAME_BYTES} bytes (its page gets a shortened name)`,
      });
    } else if (!PORTABLE.test(s)) {
      const odd = [...new Set([...s].filter((c) => !/[A-Za-z0-9._-]/.test(c)))]
        .map((c) =>
          /[\p{L}\p{N}\p{P}\p{S}]/u.test(c)
            ? `\`${c}\``
            : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
        )
        .join(', ');
      out.push({
        ruleId: 'parse/file-name',
        severity: 'warning',
        start: 0,
        end: 0,
        message: `The name \`${s}\` has characters other than ASCII letters, digits, \`.\`, \`_\` and \`-\` (${odd || 'a leading dot'}): rename it (its page gets a name made unique by a hash)`,
      });
    }
  }
  return out;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 20)}…${s.slice(-12)}` : s;
}
