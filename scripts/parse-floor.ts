/**
 * The parse-only floor of the benchmark: read the files and parse them with unified + remark-parse +
 * remark-frontmatter, nothing else, spread over worker threads like the linter. Usage:
 *   node build/scripts/parse-floor.js <file-list> [threads]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

if (isMainThread) {
  const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
  const threads = Number(process.argv[3] ?? availableParallelism());
  const share = Math.ceil(files.length / threads);
  let nodes = 0;
  await Promise.all(
    Array.from(
      { length: threads },
      (_, i) =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: files.slice(i * share, (i + 1) * share) });
          w.on('message', (n: number) => (nodes += n));
          w.on('error', reject);
          w.on('exit', () => resolve());
        }),
    ),
  );
  console.log(JSON.stringify({ files: files.length, nodes }));
} else {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, [{ type: 'properties', fence: { open: '<properties', close: '/>' } }]);
  let nodes = 0;
  for (const file of workerData as string[]) {
    const tree = processor.parse(readFileSync(file, 'utf8'));
    nodes += tree.children.length;
  }
  parentPort!.postMessage(nodes);
}
