/**
 * Issue "Duplicate guidance": the duplicate stage at 1x, 2x and 4x the corpus, what duplicate detection adds
 * to `selfhelp lint`, and jscpd on the same files: every exact clone jscpd finds that is at least a
 * paragraph long (in the markdown body) should be among our shared passages.
 *
 * Recall: the pairs the policy reports against the brute-force reference (scripts/dupes-reference.ts): every
 * pair of articles of reported types, not per-cloud copies, with exact word 5-shingle Jaccard similarity or
 * containment of at least 0.8 after the documented normalisation. Precision against the same reference is
 * the share of reported pairs (of those types) it confirms; precision read by hand is in
 * docs/verdicts/duplicates.md.
 *
 * Scaling: copy k of the corpus keeps its structure (which articles are copies of which, and how much they
 * share) but speaks another "dialect": every word of the body is renamed consistently within the copy
 * (`restart` -> `restartq2`). Articles of different copies share nothing, as the independent articles of a
 * larger real corpus would; within a copy, every duplicate of the original corpus is still there.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detect } from '../src/dupes/detect.js';
import type { DupeOptions } from '../src/dupes/summary.js';
import { lintProject } from '../src/engine/run.js';
import { defaultDupeOptions, reportedPairs, unpackEntries } from '../src/rules/duplicate-guidance/rule.js';
import { recallAgainst, referencePairs, type RecallFigures } from './dupes-reference.js';
import { emptyConfig, root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { verdict } from './bench-util.js';

const SCALES = [1, 2, 4];

export async function benchDupes(ctx: BenchContext): Promise<void> {
  const { bench, cwd, files, runs } = ctx;
  console.log('## dupes\n');
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const scaled = path.join(bench.work, 'scaled');
  for (let k = 0; k < Math.max(...SCALES); k++) writeCopy(cwd, files, path.join(scaled, `copy-${k}`), k);

  // renamed words no longer match the default ignorePassages: compare like with like, without them
  const scaleConfig = path.join(scaled, 'selfhelp.config.json');
  writeFileSync(scaleConfig, JSON.stringify({ dupes: { ignorePassages: [] } }));
  const rows: Array<{
    scale: number;
    articles: number;
    candidates: number;
    over: number;
    reported: number;
    detect: number;
    wall: number;
    rss: number;
  }> = [];
  for (const scale of SCALES) {
    const dirs = Array.from({ length: scale }, (_, k) => `copy-${k}`);
    const m = bench.median(`selfhelp dupes ${scale}x`, runs, () =>
      bench.measure(
        [
          bin,
          'dupes',
          ...dirs,
          '--no-cache',
          '--config',
          scaleConfig,
          '--stats',
          '--no-html',
          '--format',
          'json',
          '--output',
          path.join(bench.work, 'dupes.json'),
        ],
        scaled,
      ),
    );
    const s =
      /dupes: (\d+) articles, (\d+) candidate pairs, (\d+) pairs over the threshold, (\d+) reported.*detect ([\d.]+) s/.exec(
        m.stderr,
      );
    if (!s) throw new Error(`no stats from selfhelp dupes: ${m.stderr.slice(0, 400)}`);
    rows.push({
      scale,
      articles: +s[1],
      candidates: +s[2],
      over: +s[3],
      reported: +s[4],
      detect: +s[5],
      wall: m.wall,
      rss: m.rssMB,
    });
  }
  console.log(
    '(scaled corpora: dupes.ignorePassages is empty at every scale, so the renamed boilerplate counts the same way)\n',
  );
  console.log(
    '| corpus | articles | candidate pairs | pairs over threshold | reported pairs | duplicate stage s | wall s (parse included) | peak RSS MB |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.scale}x | ${r.articles} | ${r.candidates} | ${r.over} | ${r.reported} | ${r.detect.toFixed(3)} | ${r.wall.toFixed(2)} | ${r.rss.toFixed(0)} |`,
    );

  // what duplicate detection adds to lint: the same run with the rule off
  const off = path.join(bench.work, 'no-dupes.json');
  writeFileSync(off, JSON.stringify({ rules: { 'duplicate-guidance': 'off' } }));
  const out = path.join(bench.work, 'lint.json');
  const without = bench.median('selfhelp lint, duplicate-guidance off', runs, () =>
    bench.measure([bin, 'lint', '.', '--no-cache', '--format', 'json', '--output', out, '--config', off], cwd),
  );
  const withRule = bench.median('selfhelp lint, duplicate-guidance on', runs, () =>
    bench.measure([bin, 'lint', '.', '--no-cache', '--format', 'json', '--output', out], cwd),
  );
  console.log(
    `\nselfhelp lint: ${without.wall.toFixed(2)} s without duplicate detection, ${withRule.wall.toFixed(2)} s with it; peak RSS ${without.rssMB.toFixed(0)} / ${withRule.rssMB.toFixed(0)} MB`,
  );

  const recall = await recallFigures(cwd);
  const jscpd = ctx.skipJscpd ? undefined : await compareJscpd(ctx);

  const one = rows[0];
  const four = rows[rows.length - 1];
  const growth = four.detect / one.detect;
  const overhead = withRule.wall / without.wall - 1;
  console.log('\ntargets:');
  console.log(
    `- recall of the brute-force reference: ${recall.found} of ${recall.reference} pairs (${pct(recall.recall)}) (target >= 95%): ${verdict(recall.recall >= 0.95)}`,
  );
  console.log(
    `- precision against the reference: ${recall.confirmed} of ${recall.reported} reported pairs of reported types (${pct(recall.precision)}); by hand: docs/verdicts/duplicates.md (target >= 90%)`,
  );
  console.log(
    `- duplicate stage ${one.detect.toFixed(3)} s for ${one.articles} articles (target < 0.5 s): ${verdict(one.detect < 0.5)}`,
  );
  console.log(`- growth from 1x to 4x: ${growth.toFixed(2)}x (target <= 4.4x): ${verdict(growth <= 4.4)}`);
  console.log(
    `- duplicate detection adds ${(overhead * 100).toFixed(1)}% to selfhelp lint (target < 20%): ${verdict(overhead < 0.2)}`,
  );
  if (jscpd)
    console.log(
      `- jscpd clones at least a paragraph long found among our shared passages: ${jscpd.covered} of ${jscpd.paragraphs} (${((jscpd.covered / Math.max(1, jscpd.paragraphs)) * 100).toFixed(1)}%)`,
    );
  console.log('');
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Recall and precision of the reported pairs against the brute-force reference, on the corpus itself. */
async function recallFigures(cwd: string): Promise<RecallFigures> {
  const result = await lintProject({ cwd, patterns: ['.'], config: emptyConfig(), fix: false, skipCorpusRules: true });
  const entries = unpackEntries(result.summaries.get('duplicate-guidance') ?? []);
  const options = defaultDupeOptions;
  const dupes = detect(entries, options);
  const started = performance.now();
  const reference = referencePairs(entries, options);
  const seconds = (performance.now() - started) / 1000;
  const types = new Map(entries.map((e) => [e.file, e.summary.type]));
  // byte-identical bodies of templated types are reported too, but lie outside the reference's types
  const ofTypes = reportedPairs(dupes, entries, options, {})
    .map((r) => r.pair)
    .filter((p) => [p.a, p.b].every((f) => options.types[types.get(f) ?? ''] !== 'ignore'));
  const figures = recallAgainst(reference, ofTypes);
  console.log(
    `\nrecall: brute-force reference (inverted index over every article's exact 5-shingles, ${seconds.toFixed(2)} s): ${reference.length} pairs of reported types with Jaccard or containment >= 0.8`,
  );
  console.log(
    `  found ${figures.found} (${pct(figures.recall)}); reported pairs of those types ${figures.reported}, confirmed by the reference ${figures.confirmed} (${pct(figures.precision)})`,
  );
  for (const m of figures.missed.slice(0, 10))
    console.log(`  missed: ${m.a} ~ ${m.b} (Jaccard ${m.jaccard.toFixed(2)}, containment ${m.containment.toFixed(2)})`);
  return figures;
}

function writeCopy(cwd: string, files: string[], dir: string, k: number): void {
  for (const file of files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, copyText(readFileSync(path.join(cwd, file), 'utf8'), k));
  }
}

/**
 * Copy k of an article (k = 0: the article itself): its articleId made fresh and every word of its body renamed
 * consistently, so the copy shares nothing with the original or the other copies, as a larger real corpus would.
 */
export function copyText(text: string, k: number): string {
  if (!k) return text;
  const end = Math.max(0, text.indexOf('/>', text.search(/<properties/i)) + 2);
  // a GUID made from the original's and k, so that the copy's id is as valid as the original's and its own
  const head = text.slice(0, end).replace(/(articleId\s*=\s*["'])([^"']*)/i, (_, attr: string, id: string) => {
    const h = createHash('sha1').update(`${k}\0${id}`).digest('hex');
    return `${attr}${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  });
  return head + text.slice(end).replace(/[A-Za-z]+/g, (w) => `${w}q${k}`);
}

interface Clone {
  firstFile: { name: string; start: number; end: number; startLoc: { position: number }; endLoc: { position: number } };
  secondFile: { name: string; start: number; end: number };
}

async function compareJscpd({
  bench,
  cwd,
  runs,
}: BenchContext): Promise<{ covered: number; paragraphs: number } | undefined> {
  const prefix = bench.install('jscpd@5.3');
  if (!prefix) return undefined;
  const out = path.join(bench.work, 'jscpd');
  const m = bench.median('jscpd 5.3 --format markdown', runs, () =>
    bench.measure(
      [
        path.join(prefix, 'node_modules', 'jscpd', 'run-jscpd.js'),
        '--format',
        'markdown',
        '--reporters',
        'json',
        '--output',
        out,
        '--silent',
        '.',
      ],
      cwd,
    ),
  );
  const clones = (JSON.parse(readFileSync(path.join(out, 'jscpd-report.json'), 'utf8')) as { duplicates: Clone[] })
    .duplicates;

  return compare(cwd, clones, defaultDupeOptions, m.wall);
}

/** Our shared passages on the same corpus (computed in process), against each jscpd clone. */
async function compare(
  cwd: string,
  clones: Clone[],
  options: DupeOptions,
  jscpdWall: number,
): Promise<{ covered: number; paragraphs: number }> {
  const result = await lintProject({ cwd, patterns: ['.'], config: emptyConfig(), fix: false, skipCorpusRules: true });
  const entries = unpackEntries(result.summaries.get('duplicate-guidance') ?? []);
  const dupes = detect(entries, options);
  const byFile = new Map<string, Array<{ group: number; start: number; end: number }>>();
  dupes.passageGroups.forEach((g, group) => {
    for (const o of g.occurrences)
      byFile.set(o.file, [...(byFile.get(o.file) ?? []), { group, start: o.startLine, end: o.endLine }]);
  });
  const pairs = new Map(dupes.pairs.map((p) => [`${p.a}\n${p.b}`, p]));
  const overlaps = (s: number, e: number, a: number, b: number) => s <= b && a <= e;
  // which lines of a file are markdown body (not the properties block, not the JSON payload)
  const bodyLines = new Map<string, { lines: string[]; body: (line: number) => boolean }>();
  const bodyOf = (file: string) => {
    let r = bodyLines.get(file);
    if (!r) {
      const lines = readFileSync(path.join(cwd, file), 'utf8').split('\n');
      const close = lines.findIndex((l) => l.includes('/>')) + 1;
      const fence =
        lines.findIndex((l, i) => i >= close && /^\s*---\s*$/.test(l) && /^\s*\{/.test(lines[i + 1] ?? '')) + 1;
      const fenceEnd = fence > 0 ? lines.findIndex((l, i) => i >= fence && /^\s*---\s*$/.test(l)) + 1 : 0;
      const payloadEnd = fence > 0 ? (fenceEnd > 0 ? fenceEnd : lines.length) : 0;
      const comment = new Uint8Array(lines.length + 2);
      let inComment = false;
      lines.forEach((l, i) => {
        const opens = l.lastIndexOf('<!--');
        const closes = l.lastIndexOf('-->');
        if (inComment || opens !== -1) comment[i + 1] = 1;
        if (opens !== -1 && opens > closes) inComment = true;
        else if (closes !== -1) inComment = false;
      });
      r = {
        lines,
        body: (line) => line > close && !comment[line] && !(fence > 0 && line >= fence && line <= payloadEnd),
      };
      bodyLines.set(file, r);
    }
    return r;
  };
  let paragraphs = 0;
  let covered = 0;
  let outsideBody = 0;
  let ignoredTypes = 0;
  const types = new Map(entries.map((e) => [e.file, e.summary.type]));
  const missed: string[] = [];
  for (const c of clones) {
    const a = { file: c.firstFile.name.replace(/:[a-z]+$/, ''), start: c.firstFile.start, end: c.firstFile.end };
    const b = { file: c.secondFile.name.replace(/:[a-z]+$/, ''), start: c.secondFile.start, end: c.secondFile.end };
    const fa = bodyOf(a.file);
    // words of paragraph text in the clone itself: its exact character range (jscpd's `fragment` is whole lines)
    let words = 0;
    fa.lines
      .join('\n')
      .slice(c.firstFile.startLoc.position, c.firstFile.endLoc.position)
      .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
      .split('\n')
      .forEach((text, i) => {
        if (fa.body(a.start + i) && !/^\s*#/.test(text)) words += text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      });
    if (words < options.minPassageWords) {
      outsideBody++;
      continue;
    }
    if ([a.file, b.file].some((f) => options.types[types.get(f) ?? ''] === 'ignore')) {
      ignoredTypes++;
      continue;
    }
    paragraphs++;
    const inA = (byFile.get(a.file) ?? []).filter((o) => overlaps(o.start, o.end, a.start, a.end)).map((o) => o.group);
    const inB = new Set(
      (byFile.get(b.file) ?? []).filter((o) => overlaps(o.start, o.end, b.start, b.end)).map((o) => o.group),
    );
    let hit = inA.some((g) => inB.has(g));
    if (!hit) {
      const pair = pairs.get(a.file < b.file ? `${a.file}\n${b.file}` : `${b.file}\n${a.file}`);
      if (pair) {
        const [x, y] = pair.a === a.file ? [a, b] : [b, a];
        hit = dupes
          .shared(pair)
          .some(
            (s) =>
              overlaps(s.a.startLine, s.a.endLine, x.start, x.end) &&
              overlaps(s.b.startLine, s.b.endLine, y.start, y.end),
          );
      }
    }
    if (hit) covered++;
    else if (missed.length < 8) missed.push(`${a.file}:${a.start}-${a.end} ~ ${b.file}:${b.start}-${b.end}`);
  }
  console.log(
    `\njscpd 5.3: ${clones.length} exact clones in ${jscpdWall.toFixed(2)} s (${outsideBody} of them lie in properties blocks, JSON payloads, headings or HTML comments, with fewer than ${options.minPassageWords} words of paragraph text); no similarity score per article pair, no clusters, no near copies.`,
  );
  console.log(
    `selfhelp: ${dupes.pairs.length} article pairs over the threshold, ${dupes.clusters.length} clusters, ${dupes.passageGroups.length} passages in several articles (${dupes.passageGroups.filter((g) => !g.exact).length} of them near, not exact).`,
  );
  console.log(
    `jscpd clones in articles of types whose duplicates the policy ignores (templated: forms, advisor, service health, diagnostics...): ${ignoredTypes}`,
  );
  console.log(
    `jscpd clones in the markdown body at least a paragraph long (>= ${options.minPassageWords} words, headings and HTML comments not counted), other types: ${paragraphs}; among our shared passages: ${covered}`,
  );
  if (missed.length) console.log(`  not found, e.g.: ${missed.join('; ')}`);
  return { covered, paragraphs };
}
