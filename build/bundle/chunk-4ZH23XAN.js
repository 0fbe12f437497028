import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  writeBuild
} from "./chunk-QJM65GI6.js";
import "./chunk-EAQDDDW4.js";
import "./chunk-R33AW5XD.js";
import "./chunk-ND3OAVYQ.js";
import "./chunk-U47OQMZQ.js";
import {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-VAPZESMI.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-KIF3DI5L.js";
import "./chunk-JBGIVCUS.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically,
  writeBuild
};
