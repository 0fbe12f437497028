import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically,
  writeBuild
} from "./chunk-VFGZTUBY.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-U47OQMZQ.js";
import "./chunk-KIF3DI5L.js";
import "./chunk-MJWZUOME.js";
import "./chunk-OZCVJU2T.js";
import "./chunk-OVPZC4PQ.js";
import "./chunk-37OXAACM.js";
import "./chunk-VC6SEMFC.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically,
  writeBuild
};
