import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-MBYRZZPM.js";
import {
  Engine
} from "./chunk-4X23XU2J.js";
import {
  formatLine
} from "./chunk-EFVQWBLI.js";
import {
  CACHE_DIR
} from "./chunk-3NN3ZIQC.js";
import "./chunk-PEF5I3VR.js";
import "./chunk-MH55NRSS.js";
import "./chunk-RXNWJEWY.js";
import {
  findConfig
} from "./chunk-D2B5XFJA.js";
import "./chunk-UL6VRVRT.js";
import "./chunk-R33AW5XD.js";
import {
  workerUrl
} from "./chunk-VRXC4IAK.js";
import {
  UserError
} from "./chunk-ATJKFEQU.js";
import "./chunk-QA7Q626X.js";
import "./chunk-QO3SQUOH.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/serve/index.js
import { existsSync as existsSync2, readFileSync, statSync as statSync3 } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { Worker } from "node:worker_threads";

// node_modules/sirv/build.mjs
import * as fs from "node:fs";
import { join as join2, normalize, resolve as resolve2, sep } from "node:path";

// node_modules/totalist/sync/index.mjs
import { join, resolve } from "path";
import { readdirSync, statSync } from "fs";
function totalist(dir, callback, pre = "") {
  dir = resolve(".", dir);
  let arr = readdirSync(dir);
  let i = 0, abs, stats;
  for (; i < arr.length; i++) {
    abs = join(dir, arr[i]);
    stats = statSync(abs);
    stats.isDirectory() ? totalist(abs, callback, join(pre, arr[i])) : callback(join(pre, arr[i]), abs, stats);
  }
}

// node_modules/@polka/url/build.mjs
import * as qs from "node:querystring";
function parse2(req) {
  let raw = req.url;
  if (raw == null) return;
  let prev = req._parsedUrl;
  if (prev && prev.raw === raw) return prev;
  let pathname = raw, search = "", query, hash;
  if (raw.length > 1) {
    let idx = raw.indexOf("#", 1);
    if (idx !== -1) {
      hash = raw.substring(idx);
      pathname = raw.substring(0, idx);
    }
    idx = pathname.indexOf("?", 1);
    if (idx !== -1) {
      search = pathname.substring(idx);
      pathname = pathname.substring(0, idx);
      if (search.length > 1) {
        query = qs.parse(search.substring(1));
      }
    }
  }
  return req._parsedUrl = { pathname, search, query, hash, raw };
}

// node_modules/mrmime/index.mjs
var mimes = {
  "3g2": "video/3gpp2",
  "3gp": "video/3gpp",
  "3gpp": "video/3gpp",
  "3mf": "model/3mf",
  "aac": "audio/aac",
  "ac": "application/pkix-attr-cert",
  "adp": "audio/adpcm",
  "adts": "audio/aac",
  "ai": "application/postscript",
  "aml": "application/automationml-aml+xml",
  "amlx": "application/automationml-amlx+zip",
  "amr": "audio/amr",
  "apng": "image/apng",
  "appcache": "text/cache-manifest",
  "appinstaller": "application/appinstaller",
  "appx": "application/appx",
  "appxbundle": "application/appxbundle",
  "asc": "application/pgp-keys",
  "atom": "application/atom+xml",
  "atomcat": "application/atomcat+xml",
  "atomdeleted": "application/atomdeleted+xml",
  "atomsvc": "application/atomsvc+xml",
  "au": "audio/basic",
  "avci": "image/avci",
  "avcs": "image/avcs",
  "avif": "image/avif",
  "aw": "application/applixware",
  "bdoc": "application/bdoc",
  "bin": "application/octet-stream",
  "bmp": "image/bmp",
  "bpk": "application/octet-stream",
  "btf": "image/prs.btif",
  "btif": "image/prs.btif",
  "buffer": "application/octet-stream",
  "ccxml": "application/ccxml+xml",
  "cdfx": "application/cdfx+xml",
  "cdmia": "application/cdmi-capability",
  "cdmic": "application/cdmi-container",
  "cdmid": "application/cdmi-domain",
  "cdmio": "application/cdmi-object",
  "cdmiq": "application/cdmi-queue",
  "cer": "application/pkix-cert",
  "cgm": "image/cgm",
  "cjs": "application/node",
  "class": "application/java-vm",
  "coffee": "text/coffeescript",
  "conf": "text/plain",
  "cpl": "application/cpl+xml",
  "cpt": "application/mac-compactpro",
  "crl": "application/pkix-crl",
  "css": "text/css",
  "csv": "text/csv",
  "cu": "application/cu-seeme",
  "cwl": "application/cwl",
  "cww": "application/prs.cww",
  "davmount": "application/davmount+xml",
  "dbk": "application/docbook+xml",
  "deb": "application/octet-stream",
  "def": "text/plain",
  "deploy": "application/octet-stream",
  "dib": "image/bmp",
  "disposition-notification": "message/disposition-notification",
  "dist": "application/octet-stream",
  "distz": "application/octet-stream",
  "dll": "application/octet-stream",
  "dmg": "application/octet-stream",
  "dms": "application/octet-stream",
  "doc": "application/msword",
  "dot": "application/msword",
  "dpx": "image/dpx",
  "drle": "image/dicom-rle",
  "dsc": "text/prs.lines.tag",
  "dssc": "application/dssc+der",
  "dtd": "application/xml-dtd",
  "dump": "application/octet-stream",
  "dwd": "application/atsc-dwd+xml",
  "ear": "application/java-archive",
  "ecma": "application/ecmascript",
  "elc": "application/octet-stream",
  "emf": "image/emf",
  "eml": "message/rfc822",
  "emma": "application/emma+xml",
  "emotionml": "application/emotionml+xml",
  "eps": "application/postscript",
  "epub": "application/epub+zip",
  "exe": "application/octet-stream",
  "exi": "application/exi",
  "exp": "application/express",
  "exr": "image/aces",
  "ez": "application/andrew-inset",
  "fdf": "application/fdf",
  "fdt": "application/fdt+xml",
  "fits": "image/fits",
  "g3": "image/g3fax",
  "gbr": "application/rpki-ghostbusters",
  "geojson": "application/geo+json",
  "gif": "image/gif",
  "glb": "model/gltf-binary",
  "gltf": "model/gltf+json",
  "gml": "application/gml+xml",
  "gpx": "application/gpx+xml",
  "gram": "application/srgs",
  "grxml": "application/srgs+xml",
  "gxf": "application/gxf",
  "gz": "application/gzip",
  "h261": "video/h261",
  "h263": "video/h263",
  "h264": "video/h264",
  "heic": "image/heic",
  "heics": "image/heic-sequence",
  "heif": "image/heif",
  "heifs": "image/heif-sequence",
  "hej2": "image/hej2k",
  "held": "application/atsc-held+xml",
  "hjson": "application/hjson",
  "hlp": "application/winhlp",
  "hqx": "application/mac-binhex40",
  "hsj2": "image/hsj2",
  "htm": "text/html",
  "html": "text/html",
  "ics": "text/calendar",
  "ief": "image/ief",
  "ifb": "text/calendar",
  "iges": "model/iges",
  "igs": "model/iges",
  "img": "application/octet-stream",
  "in": "text/plain",
  "ini": "text/plain",
  "ink": "application/inkml+xml",
  "inkml": "application/inkml+xml",
  "ipfix": "application/ipfix",
  "iso": "application/octet-stream",
  "its": "application/its+xml",
  "jade": "text/jade",
  "jar": "application/java-archive",
  "jhc": "image/jphc",
  "jls": "image/jls",
  "jp2": "image/jp2",
  "jpe": "image/jpeg",
  "jpeg": "image/jpeg",
  "jpf": "image/jpx",
  "jpg": "image/jpeg",
  "jpg2": "image/jp2",
  "jpgm": "image/jpm",
  "jpgv": "video/jpeg",
  "jph": "image/jph",
  "jpm": "image/jpm",
  "jpx": "image/jpx",
  "js": "text/javascript",
  "json": "application/json",
  "json5": "application/json5",
  "jsonld": "application/ld+json",
  "jsonml": "application/jsonml+json",
  "jsx": "text/jsx",
  "jt": "model/jt",
  "jxl": "image/jxl",
  "jxr": "image/jxr",
  "jxra": "image/jxra",
  "jxrs": "image/jxrs",
  "jxs": "image/jxs",
  "jxsc": "image/jxsc",
  "jxsi": "image/jxsi",
  "jxss": "image/jxss",
  "kar": "audio/midi",
  "ktx": "image/ktx",
  "ktx2": "image/ktx2",
  "less": "text/less",
  "lgr": "application/lgr+xml",
  "list": "text/plain",
  "litcoffee": "text/coffeescript",
  "log": "text/plain",
  "lostxml": "application/lost+xml",
  "lrf": "application/octet-stream",
  "m1v": "video/mpeg",
  "m21": "application/mp21",
  "m2a": "audio/mpeg",
  "m2t": "video/mp2t",
  "m2ts": "video/mp2t",
  "m2v": "video/mpeg",
  "m3a": "audio/mpeg",
  "m4a": "audio/mp4",
  "m4p": "application/mp4",
  "m4s": "video/iso.segment",
  "ma": "application/mathematica",
  "mads": "application/mads+xml",
  "maei": "application/mmt-aei+xml",
  "man": "text/troff",
  "manifest": "text/cache-manifest",
  "map": "application/json",
  "mar": "application/octet-stream",
  "markdown": "text/markdown",
  "mathml": "application/mathml+xml",
  "mb": "application/mathematica",
  "mbox": "application/mbox",
  "md": "text/markdown",
  "mdx": "text/mdx",
  "me": "text/troff",
  "mesh": "model/mesh",
  "meta4": "application/metalink4+xml",
  "metalink": "application/metalink+xml",
  "mets": "application/mets+xml",
  "mft": "application/rpki-manifest",
  "mid": "audio/midi",
  "midi": "audio/midi",
  "mime": "message/rfc822",
  "mj2": "video/mj2",
  "mjp2": "video/mj2",
  "mjs": "text/javascript",
  "mml": "text/mathml",
  "mods": "application/mods+xml",
  "mov": "video/quicktime",
  "mp2": "audio/mpeg",
  "mp21": "application/mp21",
  "mp2a": "audio/mpeg",
  "mp3": "audio/mpeg",
  "mp4": "video/mp4",
  "mp4a": "audio/mp4",
  "mp4s": "application/mp4",
  "mp4v": "video/mp4",
  "mpd": "application/dash+xml",
  "mpe": "video/mpeg",
  "mpeg": "video/mpeg",
  "mpf": "application/media-policy-dataset+xml",
  "mpg": "video/mpeg",
  "mpg4": "video/mp4",
  "mpga": "audio/mpeg",
  "mpp": "application/dash-patch+xml",
  "mrc": "application/marc",
  "mrcx": "application/marcxml+xml",
  "ms": "text/troff",
  "mscml": "application/mediaservercontrol+xml",
  "msh": "model/mesh",
  "msi": "application/octet-stream",
  "msix": "application/msix",
  "msixbundle": "application/msixbundle",
  "msm": "application/octet-stream",
  "msp": "application/octet-stream",
  "mtl": "model/mtl",
  "mts": "video/mp2t",
  "musd": "application/mmt-usd+xml",
  "mxf": "application/mxf",
  "mxmf": "audio/mobile-xmf",
  "mxml": "application/xv+xml",
  "n3": "text/n3",
  "nb": "application/mathematica",
  "nq": "application/n-quads",
  "nt": "application/n-triples",
  "obj": "model/obj",
  "oda": "application/oda",
  "oga": "audio/ogg",
  "ogg": "audio/ogg",
  "ogv": "video/ogg",
  "ogx": "application/ogg",
  "omdoc": "application/omdoc+xml",
  "onepkg": "application/onenote",
  "onetmp": "application/onenote",
  "onetoc": "application/onenote",
  "onetoc2": "application/onenote",
  "opf": "application/oebps-package+xml",
  "opus": "audio/ogg",
  "otf": "font/otf",
  "owl": "application/rdf+xml",
  "oxps": "application/oxps",
  "p10": "application/pkcs10",
  "p7c": "application/pkcs7-mime",
  "p7m": "application/pkcs7-mime",
  "p7s": "application/pkcs7-signature",
  "p8": "application/pkcs8",
  "pdf": "application/pdf",
  "pfr": "application/font-tdpfr",
  "pgp": "application/pgp-encrypted",
  "pkg": "application/octet-stream",
  "pki": "application/pkixcmp",
  "pkipath": "application/pkix-pkipath",
  "pls": "application/pls+xml",
  "png": "image/png",
  "prc": "model/prc",
  "prf": "application/pics-rules",
  "provx": "application/provenance+xml",
  "ps": "application/postscript",
  "pskcxml": "application/pskc+xml",
  "pti": "image/prs.pti",
  "qt": "video/quicktime",
  "raml": "application/raml+yaml",
  "rapd": "application/route-apd+xml",
  "rdf": "application/rdf+xml",
  "relo": "application/p2p-overlay+xml",
  "rif": "application/reginfo+xml",
  "rl": "application/resource-lists+xml",
  "rld": "application/resource-lists-diff+xml",
  "rmi": "audio/midi",
  "rnc": "application/relax-ng-compact-syntax",
  "rng": "application/xml",
  "roa": "application/rpki-roa",
  "roff": "text/troff",
  "rq": "application/sparql-query",
  "rs": "application/rls-services+xml",
  "rsat": "application/atsc-rsat+xml",
  "rsd": "application/rsd+xml",
  "rsheet": "application/urc-ressheet+xml",
  "rss": "application/rss+xml",
  "rtf": "text/rtf",
  "rtx": "text/richtext",
  "rusd": "application/route-usd+xml",
  "s3m": "audio/s3m",
  "sbml": "application/sbml+xml",
  "scq": "application/scvp-cv-request",
  "scs": "application/scvp-cv-response",
  "sdp": "application/sdp",
  "senmlx": "application/senml+xml",
  "sensmlx": "application/sensml+xml",
  "ser": "application/java-serialized-object",
  "setpay": "application/set-payment-initiation",
  "setreg": "application/set-registration-initiation",
  "sgi": "image/sgi",
  "sgm": "text/sgml",
  "sgml": "text/sgml",
  "shex": "text/shex",
  "shf": "application/shf+xml",
  "shtml": "text/html",
  "sieve": "application/sieve",
  "sig": "application/pgp-signature",
  "sil": "audio/silk",
  "silo": "model/mesh",
  "siv": "application/sieve",
  "slim": "text/slim",
  "slm": "text/slim",
  "sls": "application/route-s-tsid+xml",
  "smi": "application/smil+xml",
  "smil": "application/smil+xml",
  "snd": "audio/basic",
  "so": "application/octet-stream",
  "spdx": "text/spdx",
  "spp": "application/scvp-vp-response",
  "spq": "application/scvp-vp-request",
  "spx": "audio/ogg",
  "sql": "application/sql",
  "sru": "application/sru+xml",
  "srx": "application/sparql-results+xml",
  "ssdl": "application/ssdl+xml",
  "ssml": "application/ssml+xml",
  "stk": "application/hyperstudio",
  "stl": "model/stl",
  "stpx": "model/step+xml",
  "stpxz": "model/step-xml+zip",
  "stpz": "model/step+zip",
  "styl": "text/stylus",
  "stylus": "text/stylus",
  "svg": "image/svg+xml",
  "svgz": "image/svg+xml",
  "swidtag": "application/swid+xml",
  "t": "text/troff",
  "t38": "image/t38",
  "td": "application/urc-targetdesc+xml",
  "tei": "application/tei+xml",
  "teicorpus": "application/tei+xml",
  "text": "text/plain",
  "tfi": "application/thraud+xml",
  "tfx": "image/tiff-fx",
  "tif": "image/tiff",
  "tiff": "image/tiff",
  "toml": "application/toml",
  "tr": "text/troff",
  "trig": "application/trig",
  "ts": "video/mp2t",
  "tsd": "application/timestamped-data",
  "tsv": "text/tab-separated-values",
  "ttc": "font/collection",
  "ttf": "font/ttf",
  "ttl": "text/turtle",
  "ttml": "application/ttml+xml",
  "txt": "text/plain",
  "u3d": "model/u3d",
  "u8dsn": "message/global-delivery-status",
  "u8hdr": "message/global-headers",
  "u8mdn": "message/global-disposition-notification",
  "u8msg": "message/global",
  "ubj": "application/ubjson",
  "uri": "text/uri-list",
  "uris": "text/uri-list",
  "urls": "text/uri-list",
  "vcard": "text/vcard",
  "vrml": "model/vrml",
  "vtt": "text/vtt",
  "vxml": "application/voicexml+xml",
  "war": "application/java-archive",
  "wasm": "application/wasm",
  "wav": "audio/wav",
  "weba": "audio/webm",
  "webm": "video/webm",
  "webmanifest": "application/manifest+json",
  "webp": "image/webp",
  "wgsl": "text/wgsl",
  "wgt": "application/widget",
  "wif": "application/watcherinfo+xml",
  "wmf": "image/wmf",
  "woff": "font/woff",
  "woff2": "font/woff2",
  "wrl": "model/vrml",
  "wsdl": "application/wsdl+xml",
  "wspolicy": "application/wspolicy+xml",
  "x3d": "model/x3d+xml",
  "x3db": "model/x3d+fastinfoset",
  "x3dbz": "model/x3d+binary",
  "x3dv": "model/x3d-vrml",
  "x3dvz": "model/x3d+vrml",
  "x3dz": "model/x3d+xml",
  "xaml": "application/xaml+xml",
  "xav": "application/xcap-att+xml",
  "xca": "application/xcap-caps+xml",
  "xcs": "application/calendar+xml",
  "xdf": "application/xcap-diff+xml",
  "xdssc": "application/dssc+xml",
  "xel": "application/xcap-el+xml",
  "xenc": "application/xenc+xml",
  "xer": "application/patch-ops-error+xml",
  "xfdf": "application/xfdf",
  "xht": "application/xhtml+xml",
  "xhtml": "application/xhtml+xml",
  "xhvml": "application/xv+xml",
  "xlf": "application/xliff+xml",
  "xm": "audio/xm",
  "xml": "text/xml",
  "xns": "application/xcap-ns+xml",
  "xop": "application/xop+xml",
  "xpl": "application/xproc+xml",
  "xsd": "application/xml",
  "xsf": "application/prs.xsf+xml",
  "xsl": "application/xml",
  "xslt": "application/xml",
  "xspf": "application/xspf+xml",
  "xvm": "application/xv+xml",
  "xvml": "application/xv+xml",
  "yaml": "text/yaml",
  "yang": "application/yang",
  "yin": "application/yin+xml",
  "yml": "text/yaml",
  "zip": "application/zip"
};
function lookup(extn) {
  let tmp = ("" + extn).trim().toLowerCase();
  let idx = tmp.lastIndexOf(".");
  return mimes[!~idx ? tmp : tmp.substring(++idx)];
}

// node_modules/sirv/build.mjs
var noop = () => {
};
function isMatch(uri, arr) {
  for (let i = 0; i < arr.length; i++) {
    if (arr[i].test(uri)) return true;
  }
}
function toAssume(uri, extns) {
  let i = 0, x, len = uri.length - 1;
  if (uri.charCodeAt(len) === 47) {
    uri = uri.substring(0, len);
  }
  let arr = [], tmp = `${uri}/index`;
  for (; i < extns.length; i++) {
    x = extns[i] ? `.${extns[i]}` : "";
    if (uri) arr.push(uri + x);
    arr.push(tmp + x);
  }
  return arr;
}
function viaCache(cache, uri, extns) {
  let i = 0, data, arr = toAssume(uri, extns);
  for (; i < arr.length; i++) {
    if (data = cache[arr[i]]) return data;
  }
}
function viaLocal(dir, isEtag, uri, extns) {
  let i = 0, arr = toAssume(uri, extns);
  let abs, stats, name, headers;
  for (; i < arr.length; i++) {
    abs = normalize(
      join2(dir, name = arr[i])
    );
    if (abs.startsWith(dir) && fs.existsSync(abs)) {
      stats = fs.statSync(abs);
      if (stats.isDirectory()) continue;
      headers = toHeaders(name, stats, isEtag);
      headers["Cache-Control"] = isEtag ? "no-cache" : "no-store";
      return { abs, stats, headers };
    }
  }
}
function is404(req, res) {
  return res.statusCode = 404, res.end();
}
function send(req, res, file, stats, headers) {
  let code = 200, tmp, opts = {};
  headers = { ...headers };
  for (let key in headers) {
    tmp = res.getHeader(key);
    if (tmp) headers[key] = tmp;
  }
  if (tmp = res.getHeader("content-type")) {
    headers["Content-Type"] = tmp;
  }
  if (req.headers.range) {
    code = 206;
    let [x, y] = req.headers.range.replace("bytes=", "").split("-");
    let end = opts.end = parseInt(y, 10) || stats.size - 1;
    let start = opts.start = parseInt(x, 10) || 0;
    if (end >= stats.size) {
      end = stats.size - 1;
    }
    if (start >= stats.size) {
      res.setHeader("Content-Range", `bytes */${stats.size}`);
      res.statusCode = 416;
      return res.end();
    }
    headers["Content-Range"] = `bytes ${start}-${end}/${stats.size}`;
    headers["Content-Length"] = end - start + 1;
    headers["Accept-Ranges"] = "bytes";
  }
  res.writeHead(code, headers);
  fs.createReadStream(file, opts).pipe(res);
}
var ENCODING = {
  ".br": "br",
  ".gz": "gzip"
};
function toHeaders(name, stats, isEtag) {
  let enc = ENCODING[name.slice(-3)];
  let ctype = lookup(name.slice(0, enc && -3)) || "";
  if (ctype === "text/html") ctype += ";charset=utf-8";
  let headers = {
    "Content-Length": stats.size,
    "Content-Type": ctype,
    "Last-Modified": stats.mtime.toUTCString()
  };
  if (enc) headers["Content-Encoding"] = enc;
  if (isEtag) headers["ETag"] = `W/"${stats.size}-${stats.mtime.getTime()}"`;
  return headers;
}
function build_default(dir, opts = {}) {
  dir = resolve2(dir || ".");
  let isNotFound = opts.onNoMatch || is404;
  let setHeaders = opts.setHeaders || noop;
  let extensions = opts.extensions || ["html", "htm"];
  let gzips = opts.gzip && extensions.map((x) => `${x}.gz`).concat("gz");
  let brots = opts.brotli && extensions.map((x) => `${x}.br`).concat("br");
  const FILES = {};
  let fallback = "/";
  let isEtag = !!opts.etag;
  let isSPA = !!opts.single;
  if (typeof opts.single === "string") {
    let idx = opts.single.lastIndexOf(".");
    fallback += !!~idx ? opts.single.substring(0, idx) : opts.single;
  }
  let ignores = [];
  if (opts.ignores !== false) {
    ignores.push(/[/]([A-Za-z\s\d~$._-]+\.\w+){1,}$/);
    if (opts.dotfiles) ignores.push(/\/\.\w/);
    else ignores.push(/\/\.well-known/);
    [].concat(opts.ignores || []).forEach((x) => {
      ignores.push(new RegExp(x, "i"));
    });
  }
  let cc = opts.maxAge != null && `public,max-age=${opts.maxAge}`;
  if (cc && opts.immutable) cc += ",immutable";
  else if (cc && opts.maxAge === 0) cc += ",must-revalidate";
  if (!opts.dev) {
    totalist(dir, (name, abs, stats) => {
      if (/\.well-known[\\+\/]/.test(name)) {
      } else if (!opts.dotfiles && /(^\.|[\\+|\/+]\.)/.test(name)) return;
      let headers = toHeaders(name, stats, isEtag);
      if (cc) headers["Cache-Control"] = cc;
      FILES["/" + name.normalize().replace(/\\+/g, "/")] = { abs, stats, headers };
    });
  }
  let lookup2 = opts.dev ? viaLocal.bind(0, dir + sep, isEtag) : viaCache.bind(0, FILES);
  return function(req, res, next) {
    let extns = [""];
    let pathname = parse2(req).pathname;
    let val = req.headers["accept-encoding"] || "";
    if (gzips && val.includes("gzip")) extns.unshift(...gzips);
    if (brots && /(br|brotli)/i.test(val)) extns.unshift(...brots);
    extns.push(...extensions);
    if (pathname.indexOf("%") !== -1) {
      try {
        pathname = decodeURI(pathname);
      } catch (err) {
      }
    }
    let data = lookup2(pathname, extns) || isSPA && !isMatch(pathname, ignores) && lookup2(fallback, extns);
    if (!data) return next ? next() : isNotFound(req, res);
    if (isEtag && req.headers["if-none-match"] === data.headers["ETag"]) {
      res.writeHead(304);
      return res.end();
    }
    if (gzips || brots) {
      res.setHeader("Vary", "Accept-Encoding");
    }
    setHeaders(res, pathname, data.stats);
    send(req, res, data.abs, data.stats, data.headers);
  };
}

// build/src/serve/index.js
var RELOAD = `<script>(function(){var s=new EventSource('/__selfhelp/events');s.onmessage=function(){location.reload();};})();</script>`;
var DEBOUNCE_MS = 40;
async function serve(options) {
  const log = options.log ?? (() => {
  });
  const { cwd } = options;
  const open = () => Engine.open({ cwd, config: options.config, configFile: options.configFile, cache: options.cache ?? CACHE_DIR });
  let engine = open();
  const configFile = options.config ? void 0 : options.configFile ?? findConfig(cwd);
  const out = path.resolve(cwd, typeof options.cache === "string" ? options.cache : CACHE_DIR, "preview");
  let sourceOf = /* @__PURE__ */ new Map();
  let problems = /* @__PURE__ */ new Map();
  const clients = /* @__PURE__ */ new Set();
  let waiting = [];
  const settled = () => {
    const w = waiting;
    waiting = [];
    w.forEach((f) => f());
  };
  const rebuild = async (changes) => {
    const started = performance.now();
    engine.preview(out)?.halt();
    const names = [...changes?.keys() ?? []];
    const one = names.length === 1 && `${names[0]} ${changes.get(names[0]) === "unlink" ? "deleted" : "changed"}`;
    const why = !changes ? "started" : one || `${names.length} files changed`;
    const configChanged = !!configFile && names.some((n) => path.resolve(cwd, n) === path.resolve(cwd, configFile));
    if (configChanged) {
      try {
        engine = open();
        log(`${why}: the config is read again`);
      } catch (error) {
        const found = error instanceof UserError ? (error.diagnostics ?? []).map((d) => formatLine(d)) : [];
        log([`${why}: ${error.message}; still using the previous config`, ...found].join("\n"));
        return settled();
      }
    }
    const lines = [];
    const outcome = await engine.build({
      patterns: options.patterns,
      out,
      force: true,
      indexName: "preview.index",
      allProblems: true,
      inPlace: true,
      changes,
      log: (text) => lines.push(text)
    });
    engine.save();
    const pages = /* @__PURE__ */ new Map();
    for (const r of outcome.records)
      pages.set(r.page, r.file);
    sourceOf = pages;
    const next = /* @__PURE__ */ new Map();
    for (const d of outcome.diagnostics) {
      const list = next.get(d.file);
      if (list)
        list.push(d);
      else
        next.set(d.file, [d]);
    }
    problems = next;
    const built = lines.find((l) => l.startsWith("Built ")) ?? "";
    const ms = Math.round(performance.now() - started);
    log(`${why}: ${built.trim() || "built"}; ${outcome.diagnostics.length} problems (${ms} ms)`);
    for (const c of clients)
      c.write("data: reload\n\n");
    settled();
    void engine.preview(out)?.drain((rel, error) => log(`could not make ${rel}: ${error.message}`));
  };
  const ensure = (rel) => engine.preview(out)?.ensure(rel);
  const files = build_default(out, { dev: true, etag: true, dotfiles: false });
  const allowed = allowedHosts(options.host);
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      respond(res, 500, `Internal error: ${error.message}`);
    }
  });
  let ready = false;
  const handle = (req, res) => {
    if (!ready)
      return respond(res, 503, "The preview is being built; reload in a moment.");
    const host = (req.headers.host ?? "").replace(/:\d+$/, "").toLowerCase();
    if (!allowed.has(host))
      return respond(res, 403, "This preview answers only requests for its own host name.");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return respond(res, 400, "Bad request: the path is not valid percent-encoding.");
    }
    if (pathname.includes("\0") || pathname.split("/").includes(".."))
      return respond(res, 400, "Bad request.");
    if (pathname === "/__selfhelp/events") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-store",
        connection: "keep-alive"
      });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    let rel = pathname.replace(/^\/+/, "");
    if (rel === "" || rel.endsWith("/"))
      rel += "index.html";
    ensure(rel);
    if (!rel.endsWith(".html"))
      return files(req, res, () => respond(res, 404, "Not found"));
    const file = path.join(out, ...rel.split("/"));
    if (!file.startsWith(out + path.sep) || !isFile(file))
      return respond(res, 404, "Not found");
    const html = readFileSync(file, "utf8");
    const source = sourceOf.get(rel.replace(/^(public|fairfax|mooncake|usnat|ussec|blackforest)\//, ""));
    const page = html.replace("<main>", `<main>${source ? panel(source, problems.get(source) ?? []) : ""}`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(page.replace("</body>", `${RELOAD}</body>`));
  };
  await listen(server, options.port, options.host);
  log(`selfhelp serve: building the preview of ${options.patterns.join(", ")} (from the cache where it can)`);
  const first = rebuild();
  const watched = [configFile, "selfhelp.config.json"].filter((f) => !!f);
  const watcher = options.watch ? watch(options, cwd, watched, first, rebuild, log) : void 0;
  try {
    await first;
    await watcher?.ready;
  } catch (error) {
    await watcher?.close();
    server.close();
    throw error;
  }
  ready = true;
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}/`;
  allowed.add(`${options.host}`);
  return {
    url,
    rebuilt: () => new Promise((resolve3) => waiting.push(resolve3)),
    close: async () => {
      await watcher?.close();
      const folder = engine.preview(out);
      try {
        folder?.halt();
        folder?.save();
      } catch (error) {
        log(`The preview's map could not be saved (${error.message}): the next start writes it all again`);
      } finally {
        for (const c of clients)
          c.end();
        server.closeAllConnections();
        await new Promise((resolve3) => server.close(() => resolve3()));
      }
    }
  };
}
function watch(options, cwd, configs, first, rebuild, log) {
  const roots = options.patterns.map((p) => p.replace(/[*?[{].*$/, "") || ".").map((p) => path.resolve(cwd, p));
  const paths = [.../* @__PURE__ */ new Set([...roots.filter(existsSync2), ...configs.map((c) => path.resolve(cwd, c))])];
  const worker = new Worker(new URL(workerUrl("watch")), { workerData: { cwd, paths } });
  let timer;
  let running = first.catch(() => {
  });
  const pending = /* @__PURE__ */ new Map();
  const flush = () => {
    if (running)
      return;
    const changes = new Map(pending);
    pending.clear();
    running = rebuild(changes).catch((error) => log(`rebuild failed: ${error.message}; still serving the previous preview`)).finally(() => {
      running = void 0;
      if (pending.size)
        flush();
    });
  };
  void running.then(() => {
    running = void 0;
    if (pending.size)
      flush();
  });
  let closed = () => {
  };
  const ready = new Promise((resolve3) => {
    worker.on("message", (m) => {
      if (m.kind === "ready")
        resolve3();
      else if (m.kind === "error")
        log(`watcher: ${m.message}`);
      else if (m.kind === "closed")
        closed();
      else {
        const rel = path.relative(cwd, m.file).split(path.sep).join("/");
        const before = pending.get(rel);
        pending.set(rel, before && before !== "change" && m.event === "change" ? before : m.event);
        clearTimeout(timer);
        timer = setTimeout(flush, DEBOUNCE_MS);
      }
    });
    worker.once("error", (error) => {
      log(`watcher stopped: ${error.message}; saves are no longer seen (restart selfhelp serve)`);
      resolve3();
    });
  });
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      const done = new Promise((resolve3) => closed = resolve3);
      worker.postMessage("close");
      await Promise.race([done, new Promise((resolve3) => setTimeout(resolve3, 2e3).unref())]);
      await worker.terminate();
    }
  };
}
function panel(source, list) {
  const count = list.length ? `${list.length} problem${list.length === 1 ? "" : "s"}` : "no problems";
  const items = list.map((d) => `<li class="${d.severity}"><code>${d.line}:${d.column}</code> ${escapeHtml(d.message)} <small>${escapeHtml(d.ruleId)}</small></li>`);
  const body = list.length ? `<ul>${items.join("")}</ul>` : "";
  return `<section class="lint-panel" aria-label="Lint problems"><h2>Lint: ${count}</h2>${body}<p><small>${escapeHtml(source)}</small></p></section>`;
}
function respond(res, status, text) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}
function isFile(file) {
  try {
    return statSync3(file).isFile();
  } catch {
    return false;
  }
}
function allowedHosts(host) {
  return /* @__PURE__ */ new Set(["localhost", "127.0.0.1", "[::1]", "::1", host.toLowerCase(), `[${host.toLowerCase()}]`]);
}
function listen(server, port, host) {
  return new Promise((resolve3, reject) => {
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE") {
        reject(new UserError(`Port ${port} on ${host} is already in use`, "Stop what uses it, or pass --port <n> (0 picks a free port)."));
      } else if (error.code === "EADDRNOTAVAIL" || error.code === "EACCES") {
        reject(new UserError(`Cannot listen on ${host}:${port} (${error.code})`, "Pass another --host or --port."));
      } else
        reject(error);
    });
    server.listen(port, host, () => resolve3());
  });
}

// build/src/cli/commands/serve.js
async function serveCommand(paths, flags) {
  const preview = await serve({
    cwd: process.cwd(),
    patterns: paths,
    configFile: flags.config,
    port: flags.port,
    host: flags.host,
    watch: flags.watch,
    cache: flags.cache === false ? false : flags.cacheLocation,
    log: (line) => process.stderr.write(`${line}
`)
  });
  process.stdout.write(`selfhelp serve: ${preview.url} (Ctrl-C to stop)
`);
  await new Promise((resolve3) => {
    process.once("SIGINT", resolve3);
    process.once("SIGTERM", resolve3);
  });
  await preview.close();
  return 0;
}
export {
  serveCommand
};
