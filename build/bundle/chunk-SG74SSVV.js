import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  maskProperties,
  scanProperties
} from "./chunk-37OXAACM.js";
import "./chunk-VC6SEMFC.js";
import "./chunk-CELZMKDY.js";
export {
  maskProperties,
  scanProperties
};
