/** Diagnostics -> the chosen output format. */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../../diagnostic.js';
import { github } from '../../report/github.js';
import { json } from '../../report/json.js';
import { sarif } from '../../report/sarif.js';
import { stylish } from '../../report/stylish.js';
import { parseRules, ruleDocsUrl, rules } from '../../rules/index.js';
import { version } from '../version.js';

export type Format = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: Format[] = ['stylish', 'json', 'sarif', 'github'];

export function render(diagnostics: Diagnostic[], fileCount: number, format: Format, color = false): string {
  switch (format) {
    case 'json':
      return json(diagnostics);
    case 'github':
      return github(diagnostics, fileCount);
    case 'sarif': {
      const cache = new Map<string, string[]>();
      return sarif(diagnostics, {
        version,
        rules: [...parseRules, ...rules].map((r) => ({ ...r, helpUri: ruleDocsUrl(r.id) })),
        lineText(file, line) {
          let lines = cache.get(file);
          if (!lines) {
            try {
              // lines as the positions count them: LF, CRLF or a lone CR ends one
              lines = readFileSync(file, 'utf8')
                .replace(/^\ufeff/, '')
                .split(/\r\n?|\n/);
            } catch {
              lines = [];
            }
            cache.set(file, lines);
          }
          return lines[line - 1];
        },
      });
    }
    default:
      return stylish(diagnostics, { color, fileCount });
  }
}
