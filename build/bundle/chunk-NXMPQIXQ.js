import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-YJQQ2E6G.js";
import "./chunk-MEOQG2BS.js";
import "./chunk-HUB6SNEQ.js";
import "./chunk-DOPRFVHJ.js";
import "./chunk-3X33MS6F.js";
export {
  CLOUDS,
  worker_default as default,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord
};
