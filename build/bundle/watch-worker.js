import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  esm_default
} from "./chunk-TTNS5HAJ.js";
import "./chunk-CELZMKDY.js";

// build/src/serve/watcher.js
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var SKIP = /(^|[/\\])(node_modules|\.git|dist|\.selfhelp-cache|\.dist\.[^/\\]*)([/\\]|$)/;
var WATCHED = /\.(md|json|png|jpe?g|gif|svg)$/i;
if (parentPort) {
  const port = parentPort;
  const { cwd, paths } = workerData;
  const post = (m) => port.postMessage(m);
  const watcher = esm_default.watch(paths, {
    ignoreInitial: true,
    ignored: (file, stats) => SKIP.test(path.relative(cwd, file)) || !!stats?.isFile() && !WATCHED.test(file)
  });
  watcher.once("ready", () => post({ kind: "ready" }));
  for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"])
    watcher.on(event, (file) => post({ kind: "change", event, file }));
  watcher.on("error", (error) => post({ kind: "error", message: error.message }));
  port.on("message", (m) => {
    if (m === "close")
      void watcher.close().then(() => post({ kind: "closed" }));
  });
}
