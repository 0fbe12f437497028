import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically,
  writeBuild
} from "./chunk-UBKLNRR3.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-U47OQMZQ.js";
import "./chunk-KIF3DI5L.js";
import "./chunk-5TJSBKZ2.js";
import "./chunk-OZCVJU2T.js";
import "./chunk-OVPZC4PQ.js";
import "./chunk-ZG64T5R5.js";
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
