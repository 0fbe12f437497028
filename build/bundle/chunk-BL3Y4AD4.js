import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  writeAtomically,
  writeBuild
} from "./chunk-GH4YOABJ.js";
import "./chunk-BWTUDGMU.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-U47OQMZQ.js";
import "./chunk-KIF3DI5L.js";
import "./chunk-NR7E3RMK.js";
import "./chunk-SEGVI7QQ.js";
import "./chunk-HXGAMG7S.js";
import "./chunk-R33AW5XD.js";
import "./chunk-QHH42R5J.js";
import "./chunk-DQGHTDQ3.js";
import "./chunk-LFY4CKH3.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  writeAtomically,
  writeBuild
};
