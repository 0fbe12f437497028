import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  LineIndex,
  blank,
  didYouMean,
  editDistance,
  htmlComments,
  replaceHtmlComments,
  trimEndOf,
  trimEndSpaceAnd
} from "./chunk-LFY4CKH3.js";
import "./chunk-CELZMKDY.js";
export {
  LineIndex,
  blank,
  didYouMean,
  editDistance,
  htmlComments,
  replaceHtmlComments,
  trimEndOf,
  trimEndSpaceAnd
};
