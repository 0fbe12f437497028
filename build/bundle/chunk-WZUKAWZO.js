import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-MJWZUOME.js";
import "./chunk-OZCVJU2T.js";
import "./chunk-OVPZC4PQ.js";
import "./chunk-37OXAACM.js";
import "./chunk-VC6SEMFC.js";
import "./chunk-CELZMKDY.js";
export {
  CLOUDS,
  worker_default as default,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord
};
