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
  writeFileAtomic,
  writePartsAtomic
} from "./chunk-STA3SQIP.js";
import "./chunk-CELZMKDY.js";
export {
  NotRegularFile,
  fullPath,
  hashBytes,
  kindOf,
  readRegularFile,
  rewriteFile,
  statOf,
  writeFileAtomic,
  writePartsAtomic
};
