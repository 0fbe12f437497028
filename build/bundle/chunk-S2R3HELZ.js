import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  writeAtomically,
  writeBuild
} from "./chunk-CTQ22QBG.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-U47OQMZQ.js";
import "./chunk-KIF3DI5L.js";
import "./chunk-BTLN2FDM.js";
import "./chunk-R33AW5XD.js";
import "./chunk-ND3OAVYQ.js";
import "./chunk-DQGHTDQ3.js";
import "./chunk-LFY4CKH3.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  writeAtomically,
  writeBuild
};
