import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  NotRegularFile,
  fullPath,
  hashBytes,
  kindOf,
  readRegularFile,
  rewriteFile,
  statOf,
  withLock,
  writeFileAtomic,
  writePartsAtomic
} from "./chunk-QA7Q626X.js";
import "./chunk-CELZMKDY.js";
export {
  NotRegularFile,
  fullPath,
  hashBytes,
  kindOf,
  readRegularFile,
  rewriteFile,
  statOf,
  withLock,
  writeFileAtomic,
  writePartsAtomic
};
