/** Measuring a process from outside: wall time, and peak RSS read at exit by a preloaded module. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export interface Measure {
  wall: number;
  rssMB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export class Bench {
  readonly work = mkdtempSync(path.join(tmpdir(), 'selfhelp-bench-'));
  private readonly rssModule = path.join(this.work, 'rss.mjs');

  constructor() {
    writeFileSync(
      this.rssModule,
      "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
    );
  }

  /**
   * Run `node argv...` in cwd (or, with `command`, another program: then RSS is unknown), `input` on its
   * standard input.
   */
  measure(
    argv: string[],
    cwd: string,
    env: Record<string, string> = {},
    command?: string,
    input?: Uint8Array,
  ): Measure {
    const rssFile = path.join(this.work, `rss-${Math.random().toString(36).slice(2)}`);
    const start = performance.now();
    const r = command
      ? spawnSync(command, argv, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } })
      : spawnSync(process.execPath, ['--import', pathToFileURL(this.rssModule).href, ...argv], {
          cwd,
          input,
          encoding: 'utf8',
          maxBuffer: 1 << 30,
          env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
        });
    const wall = (performance.now() - start) / 1000;
    let rssMB = NaN;
    try {
      rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    } catch {
      /* not a node process, or it died before exit */
    }
    if (r.status !== 0 && r.status !== 1) console.error(`  (exit ${r.status}) ${String(r.stderr).slice(0, 500)}`);
    return { wall, rssMB, code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  /** The median of n runs (by wall time), with the highest peak RSS. */
  median(label: string, n: number, f: () => Measure): Measure {
    const all: Measure[] = [];
    for (let i = 0; i < n; i++) all.push(f());
    all.sort((a, b) => a.wall - b.wall);
    console.error(`  ${label}: ${all.map((m) => m.wall.toFixed(2)).join(' s, ')} s`);
    return { ...all[Math.floor(all.length / 2)], rssMB: Math.max(...all.map((m) => m.rssMB)) };
  }

  /** npm install a tool into a temporary folder (never a dependency of the project). */
  install(spec: string): string | undefined {
    const prefix = path.join(this.work, spec.replace(/[^\w.-]/g, '_'));
    console.error(`  installing ${spec} into a temporary folder...`);
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', spec], {
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      console.error(`  ${spec} could not be installed: ${r.stderr.slice(0, 300)}`);
      return undefined;
    }
    return prefix;
  }

  close(): void {
    rmSync(this.work, { recursive: true, force: true });
  }
}

export const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
