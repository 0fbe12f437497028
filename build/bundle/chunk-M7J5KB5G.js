import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/cli/progress.js
function progressBar(label) {
  const enabled = !!process.stderr.isTTY && !process.env.CI;
  let last = -1;
  let drawn = false;
  const update = (done, total) => {
    if (!enabled || total < 200)
      return;
    const percent = Math.floor(done / total * 100);
    if (percent === last)
      return;
    last = percent;
    const width = 30;
    const filled = Math.round(done / total * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
    drawn = true;
  };
  return Object.assign(update, {
    end() {
      if (drawn)
        process.stderr.write("\r\x1B[2K");
    }
  });
}

export {
  progressBar
};
