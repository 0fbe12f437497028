/** A progress bar on standard error for long runs; silent when stderr is not a terminal or CI is set. */
export function progressBar(label: string): ((done: number, total: number) => void) & { end(): void } {
  const enabled = !!process.stderr.isTTY && !process.env.CI;
  let last = -1;
  let drawn = false;
  const update = (done: number, total: number) => {
    if (!enabled || total < 200) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    drawn = true;
  };
  return Object.assign(update, {
    end() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  });
}
