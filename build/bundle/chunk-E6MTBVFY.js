import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-VAPZESMI.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-KIF3DI5L.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
};
