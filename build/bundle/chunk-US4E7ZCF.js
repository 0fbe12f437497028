import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  LineIndex,
  atLineStart,
  blank,
  didYouMean,
  editDistance,
  htmlComments,
  lineEndOf,
  lineStartOf,
  nextLineStart,
  replaceHtmlComments,
  trimEndOf,
  trimEndSpaceAnd
} from "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";
export {
  LineIndex,
  atLineStart,
  blank,
  didYouMean,
  editDistance,
  htmlComments,
  lineEndOf,
  lineStartOf,
  nextLineStart,
  replaceHtmlComments,
  trimEndOf,
  trimEndSpaceAnd
};
