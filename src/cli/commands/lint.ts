import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config/index.js';
import type { Diagnostic } from '../../diagnostic.js';
import { writeFileAtomic } from '../../lint/write.js';
import { lintProject } from '../../pipeline.js';
import { github } from '../../report/github.js';
import { json } from '../../report/json.js';
import { sarif } from '../../report/sarif.js';
import { formatLine, stylish } from '../../report/stylish.js';
import { parseRules, ruleInfos, rules } from '../../rules/index.js';
import { version } from '../main.js';

export interface LintFlags {
  format: 'stylish' | 'json' | 'sarif' | 'github';
  fix: boolean;
  maxWarnings?: number;
  config?: string;
  output?: string;
  quiet: boolean;
  threads?: number;
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  const cwd = process.cwd();
  const loaded = loadConfig(cwd, flags.config, ruleInfos());
  if (!loaded.ok) {
    process.stderr.write(`${loaded.diagnostics.map((d) => formatLine(d)).join('\n')}\n`);
    return 2;
  }
  const result = await lintProject({ cwd, patterns: paths, config: loaded.config, fix: flags.fix, threads: flags.threads });
  const shown = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const report = render(shown, result.files.length, flags);
  if (flags.output) writeFileAtomic(path.resolve(cwd, flags.output), report);
  else process.stdout.write(report);
  if (flags.fix && result.fixedFiles && flags.format === 'stylish') process.stderr.write(`Fixed ${result.fixedFiles} file${result.fixedFiles === 1 ? '' : 's'}.\n`);
  return exitCode(result.diagnostics, flags.maxWarnings);
}

export function exitCode(diagnostics: Diagnostic[], maxWarnings?: number): number {
  if (diagnostics.some((d) => d.ruleId.startsWith('internal/'))) return 2;
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

function render(diagnostics: Diagnostic[], fileCount: number, flags: LintFlags): string {
  switch (flags.format) {
    case 'json':
      return json(diagnostics);
    case 'github':
      return github(diagnostics, fileCount);
    case 'sarif': {
      const cache = new Map<string, string[]>();
      return sarif(diagnostics, {
        version,
        rules: [...parseRules, ...rules],
        lineText(file, line) {
          let lines = cache.get(file);
          if (!lines) {
            try {
              lines = readFileSync(file, 'utf8').replace(/^\ufeff/, '').split('\n');
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
      return stylish(diagnostics, { color: !!process.stdout.isTTY && !process.env.NO_COLOR && !flags.output, fileCount });
  }
}
