import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  toPosix
} from "./chunk-D2B5XFJA.js";
import "./chunk-VRXC4IAK.js";
import "./chunk-ATJKFEQU.js";
import {
  esm_default
} from "./chunk-TTNS5HAJ.js";
import "./chunk-QO3SQUOH.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/lsp/watch.js
import path from "node:path";
function watchFiles(root, patterns, files, changed, log) {
  const targets = [...patterns, ...files].map((p) => path.resolve(root, p));
  const watcher = esm_default.watch(targets, {
    ignoreInitial: true,
    ignored: (p) => /[\\/](node_modules|\.git|\.selfhelp-cache)([\\/]|$)/.test(p)
  });
  const report = (file) => changed([toPosix(path.relative(root, file))]);
  watcher.on("add", report).on("change", report).on("unlink", report);
  watcher.on("error", (error) => log(`selfhelp: watching files: ${error instanceof Error ? error.message : String(error)}`));
  return () => watcher.close();
}
export {
  watchFiles
};
