import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  NotRegularFile,
  hashBytes,
  kindOf,
  readRegularFile,
  rewriteFile,
  statOf,
  writeFileAtomic,
  writePartsAtomic
} from "./chunk-KIF3DI5L.js";
import "./chunk-CELZMKDY.js";
export {
  NotRegularFile,
  hashBytes,
  kindOf,
  readRegularFile,
  rewriteFile,
  statOf,
  writeFileAtomic,
  writePartsAtomic
};
