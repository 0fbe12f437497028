import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  maskProperties,
  scanProperties
} from "./chunk-M66TOV5K.js";
import "./chunk-LFY4CKH3.js";
import "./chunk-CELZMKDY.js";
export {
  maskProperties,
  scanProperties
};
