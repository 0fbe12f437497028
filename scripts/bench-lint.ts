/** Issue "Core": selfhelp lint against the parse-only floor and markdownlint-cli2. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { summaryTable } from '../src/report/stylish.js';
import { verdict, type Measure } from './bench-util.js';

export function benchLint({ bench, cwd, files, mb, list, runs, skipMarkdownlint }: BenchContext): void {
  console.log('## lint\n');
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const output = path.join(bench.work, 'lint.json');
  const lint = bench.median('selfhelp lint', runs, () =>
    bench.measure([bin, 'lint', '.', '--no-cache', '--format', 'json', '--output', output], cwd),
  );
  const diagnostics = JSON.parse(readFileSync(output, 'utf8')) as Diagnostic[];
  const floor = bench.median('parse-only floor', runs, () =>
    bench.measure([path.join(root, 'build', 'scripts', 'parse-floor.js'), list], cwd),
  );
  let markdownlint: Measure | undefined;
  if (!skipMarkdownlint) {
    const prefix = bench.install('markdownlint-cli2@0.22');
    if (prefix)
      markdownlint = bench.median('markdownlint-cli2', 1, () =>
        bench.measure(
          [path.join(prefix, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '**/*.md'],
          cwd,
        ),
      );
  }
  const row = (name: string, m: Measure) =>
    `| ${name} | ${m.wall.toFixed(2)} | ${(files.length / m.wall).toFixed(0)} | ${(mb / m.wall).toFixed(2)} | ${m.rssMB.toFixed(0)} |`;
  console.log('| run | wall s | files/s | MB/s | peak RSS MB |');
  console.log('|---|---|---|---|---|');
  console.log(row('selfhelp lint', lint));
  console.log(row('parse-only floor (remark, all cores)', floor));
  if (markdownlint) console.log(row('markdownlint-cli2 0.22, default config', markdownlint));
  console.log(
    `\nselfhelp reported ${diagnostics.length} diagnostics, ${diagnostics.filter((d) => d.ruleId.startsWith('internal/')).length} internal errors\n\ntargets:`,
  );
  if (markdownlint)
    console.log(
      `- ${(markdownlint.wall / lint.wall).toFixed(1)}x faster than markdownlint-cli2 (target >= 3x): ${verdict(markdownlint.wall / lint.wall >= 3)}`,
    );
  console.log(
    `- ${(lint.wall / floor.wall).toFixed(2)}x the parse-only floor (target <= 1.5x): ${verdict(lint.wall / floor.wall <= 1.5)}`,
  );
  console.log(`- peak RSS ${lint.rssMB.toFixed(0)} MB (target < 400 MB): ${verdict(lint.rssMB < 400)}\n`);
  // what each rule reports on this corpus (issue "Diagnostics a content team trusts")
  console.log('### diagnostics by rule\n');
  console.log('```');
  console.log(summaryTable(diagnostics).join('\n'));
  console.log('```\n');
}
