/** SELFHELP_TIMING=1: the time since start at named points, on stderr (for benchmarks and profiling). */
const on = !!process.env.SELFHELP_TIMING;
const rss = process.env.SELFHELP_TIMING === 'rss';

export function mark(label: string): void {
  if (on)
    process.stderr.write(
      `${label} ${performance.now().toFixed(0)}ms${rss ? ` ${(process.memoryUsage().rss / 1048576).toFixed(0)}MB` : ''}\n`,
    );
}
