/**
 * The adversarial files of test/adversarial.ts at 25, 50 and 100 KB: each file's parse, rules and render
 * timed in a worker thread (ended when one file outlasts the budget, as the linter's own budget would end
 * it), with the growth per doubling. Targets (issue 19): under 1 s per file at 100 KB, growth under 2.5x.
 * The CPU time at 100 KB (the process's, while only the worker runs) is printed too: on a machine shared with
 * other work the elapsed time is a multiple of it.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL, PARSER_BOUND } from '../test/adversarial.js';
import { DEFAULT_BUDGET } from '../src/engine/budget.js';

const SIZES = [25_000, 50_000, 100_000];

if (!isMainThread) {
  const { parseText } = await import('../src/parse/index.js');
  const { lintArticle } = await import('../src/rules/run.js');
  const { renderRecord } = await import('../src/site/worker.js');
  const { RuleResolver } = await import('../src/config/index.js');
  const { ruleInfos } = await import('../src/rules/index.js');
  const active = new RuleResolver({ rules: {}, ignore: [], overrides: [], base: '' }, ruleInfos()).forFile('x.md');
  const gen = ADVERSARIAL[workerData.pattern as string];
  // warm up, then each size
  const run = (text: string) => {
    const a = parseText('x.md', text);
    lintArticle(a, active, { folder: '/nonexistent' });
    renderRecord(a, 'h');
  };
  run(gen(1000));
  for (const n of SIZES) {
    const text = gen(n);
    const c = process.cpuUsage();
    const t = performance.now();
    run(text);
    const used = process.cpuUsage(c);
    parentPort!.postMessage({ n, ms: performance.now() - t, cpu: (used.user + used.system) / 1000 });
  }
}

/** One pattern's times per size (Infinity past the budget), and the CPU time of the largest. */
function measure(pattern: string, budget: number): Promise<{ times: number[]; cpu: number }> {
  return new Promise((resolve) => {
    const times: number[] = [];
    let cpu = Infinity;
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { pattern } });
    let timer: NodeJS.Timeout;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void worker.terminate(), budget);
    };
    worker.on('online', arm);
    worker.on('message', (m: { n: number; ms: number; cpu: number }) => {
      times.push(m.ms);
      if (m.n === SIZES[SIZES.length - 1]) cpu = m.cpu;
      arm();
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      while (times.length < SIZES.length) times.push(Infinity);
      resolve({ times, cpu });
    });
  });
}

export async function benchAdversarial(budget = DEFAULT_BUDGET.timeMs): Promise<void> {
  console.log(
    `## adversarial files: parse + rules + render per file (budget ${budget} ms; targets: < 1 s at 100 KB, growth < 2.5x)\n`,
  );
  console.log(
    `${'pattern'.padEnd(36)}${SIZES.map((n) => `${n / 1000} KB`.padStart(10)).join('')}   growth    ${'CPU 100 KB'.padStart(10)}  `,
  );
  for (const pattern of Object.keys(ADVERSARIAL)) {
    const { times: t, cpu } = await measure(pattern, budget + 2000);
    const cell = (ms: number) =>
      (ms === Infinity ? 'budget' : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`).padStart(10);
    const growth = t
      .slice(1)
      .map((ms, i) => (ms === Infinity || t[i] === Infinity ? '-' : `${(ms / Math.max(t[i], 1)).toFixed(1)}x`))
      .join(' ');
    const ok = t[2] < 1000 && t.slice(1).every((ms, i) => ms < 2.5 * t[i] + 20);
    console.log(
      `${pattern.padEnd(36)}${t.map(cell).join('')}   ${growth.padEnd(10)}${cell(cpu)}  ${ok ? 'ok' : PARSER_BOUND.has(pattern) ? 'parser (budget)' : 'SLOW'}`,
    );
  }
  console.log();
}

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) await benchAdversarial();
