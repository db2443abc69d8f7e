"use strict";
const __ugModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// src/cli/owners.ts
var owners_exports = {};
__export(owners_exports, {
  codeownersIn: () => codeownersIn,
  runOwners: () => runOwners
});
module.exports = __toCommonJS(owners_exports);
var import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path");

// src/codeowners/parse.ts
var USER = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/, TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]+$/, EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function isOwner(token) {
  return USER.test(token) || TEAM.test(token) || EMAIL.test(token);
}
function tokenize(line) {
  let tokens = [], i = 0;
  for (; i < line.length; ) {
    for (; i < line.length && /\s/.test(line[i]); ) i++;
    if (i >= line.length || line[i] === "#") break;
    let start = i, text = "";
    for (; i < line.length && !/\s/.test(line[i]); )
      line[i] === "\\" && i + 1 < line.length && line[i + 1] === " " ? (text += "\\ ", i += 2) : text += line[i++];
    tokens.push({ text, column: start + 1 });
  }
  return tokens;
}
function patternError(pattern2) {
  if (pattern2.startsWith("!")) return "negation";
  if (/[[\]]/.test(pattern2.replace(/\\./g, ""))) return "range";
  if (pattern2.startsWith("\\#")) return "escaped-hash";
  if (pattern2.includes("***")) return "triple-star";
  if (pattern2 === "/") return "root";
}
function parseCodeowners(text) {
  let rules = [], errors = [];
  return Buffer.byteLength(text, "utf8") >= 3145728 ? (errors.push({ line: 1, column: 1, kind: "File too large", problem: "too-large", token: "", source: "" }), { rules, errors }) : (text.split(/\r?\n/).forEach((raw, index) => {
    let line = index + 1, tokens = tokenize(raw);
    if (tokens.length === 0) return;
    let [pattern2, ...owners] = tokens, bad = patternError(pattern2.text);
    if (bad) {
      errors.push({
        line,
        column: pattern2.column,
        kind: "Invalid pattern",
        problem: bad,
        token: pattern2.text,
        source: raw
      });
      return;
    }
    let badOwner = owners.find((o) => !isOwner(o.text));
    if (badOwner) {
      errors.push({
        line,
        column: badOwner.column,
        kind: "Invalid owner",
        problem: "owner",
        token: badOwner.text,
        source: raw
      });
      return;
    }
    rules.push({ line, pattern: pattern2.text, owners: owners.map((o) => o.text) });
  }), { rules, errors });
}

// src/codeowners/pattern.ts
var WILD = /(?<!\\)[*?]/, unescape = (seg) => seg.replace(/\\(.)/g, "$1");
function compileGlob(seg) {
  let out = [];
  for (let i = 0; i < seg.length; i++) {
    let ch = seg[i];
    ch === "\\" && i + 1 < seg.length ? out.push({ lit: seg[++i] }) : ch === "*" ? out[out.length - 1] !== "*" && out.push("*") : ch === "?" ? out.push("?") : out.push({ lit: ch });
  }
  return out;
}
function globMatch(glob, s) {
  let i = 0, j = 0, star = -1, mark = 0;
  for (; j < s.length; ) {
    let g = glob[i];
    if (g !== void 0 && g !== "*" && (g === "?" || g.lit === s[j]))
      i++, j++;
    else if (g === "*")
      star = i++, mark = j;
    else if (star >= 0)
      i = star + 1, j = ++mark;
    else return !1;
  }
  for (; glob[i] === "*"; ) i++;
  return i === glob.length;
}
function matchFixed(tokens, segs) {
  let lastTok = tokens[tokens.length - 1];
  if (segs.length < tokens.length || segs.length > tokens.length && !lastTok.descendants) return !1;
  for (let i = 0; i < tokens.length; i++)
    if (!globMatch(tokens[i].glob, segs[i])) return !1;
  return !0;
}
function matchTokens(tokens, segs) {
  let n = tokens.length, cur = new Uint8Array(n + 1), next = new Uint8Array(n + 1), lo = 0, hi = 0, close = (set2) => {
    for (let t = lo; t < n && t <= hi; t++)
      set2[t] && tokens[t].kind === "any" && (set2[t + 1] = 1, t + 1 > hi && (hi = t + 1), lo = t);
  };
  cur[0] = 1, close(cur);
  for (let seg of segs) {
    next.fill(0, lo);
    let from = n + 1, to = -1;
    for (let t = lo; t <= hi && t < n; t++) {
      if (!cur[t]) continue;
      let tok = tokens[t], stay = !1, advance = !1;
      if (tok.kind === "any") stay = !0;
      else if (tok.kind === "some")
        stay = !0, advance = !0;
      else if (globMatch(tok.glob, seg)) {
        if (tok.descendants && t === n - 1) return !0;
        advance = !0;
      }
      stay && (next[t] = 1, from = Math.min(from, t), to = Math.max(to, t)), advance && (next[t + 1] = 1, from = Math.min(from, t + 1), to = Math.max(to, t + 1));
    }
    if (to < 0) return !1;
    lo = from, hi = to, close(next), [cur, next] = [next, cur];
  }
  return cur[n] === 1;
}
function compilePattern(pattern2) {
  let segs = pattern2.split("/");
  segs[0] === "" ? segs = segs.slice(1) : (segs.length === 1 || segs.length === 2 && segs[1] === "") && segs[0] !== "**" && (segs = ["**", ...segs]), segs.length > 1 && segs[segs.length - 1] === "" && (segs[segs.length - 1] = "**");
  let last = segs.length - 1, tokens = segs.map((seg, i) => seg === "**" ? i === last && i !== 0 ? { kind: "some" } : i === 0 && i === last ? { kind: "some" } : { kind: "any" } : { kind: "one", glob: compileGlob(seg), descendants: i === last && seg !== "*" }), testSegments = tokens.every((t) => t.kind === "one") ? (segs2) => matchFixed(tokens, segs2) : (segs2) => matchTokens(tokens, segs2), compiled2 = { test: (path) => testSegments(path.split("/")), testSegments };
  if (segs[0] !== "**") {
    let prefix = [];
    for (let seg of segs) {
      if (seg === "**" || WILD.test(seg)) break;
      prefix.push(unescape(seg));
    }
    prefix.length > 0 && (compiled2.anchoredPrefix = prefix);
  } else {
    let next = segs[1];
    if (next !== void 0 && next !== "**" && next !== "")
      if (!WILD.test(next)) compiled2.floatingSegment = unescape(next);
      else {
        let ext = /^(?:\*|[^*?]*\*)\.([^*?./\\]+)$/.exec(next);
        ext && (compiled2.floatingExtension = ext[1]);
      }
  }
  return compiled2;
}

// src/codeowners/owners.ts
function compileCodeowners(text) {
  let { rules, errors } = parseCodeowners(text), compiled2 = rules.map((r) => compilePattern(r.pattern)), trie = { rules: [], children: /* @__PURE__ */ new Map() }, bySegment = /* @__PURE__ */ new Map(), byExtension = /* @__PURE__ */ new Map(), always = [], push = (map2, key, i) => {
    let list = map2.get(key);
    list ? list.push(i) : map2.set(key, [i]);
  };
  compiled2.forEach((c, i) => {
    if (c.anchoredPrefix) {
      let node = trie;
      for (let seg of c.anchoredPrefix) {
        let next = node.children.get(seg);
        next || node.children.set(seg, next = { rules: [], children: /* @__PURE__ */ new Map() }), node = next;
      }
      node.rules.push(i);
    } else c.floatingSegment !== void 0 ? push(bySegment, c.floatingSegment, i) : c.floatingExtension !== void 0 ? push(byExtension, c.floatingExtension, i) : always.push(i);
  });
  let ruleIndexFor = (path) => {
    let segs = path.replace(/^(\.\/|\/)+/, "").split("/"), best = -1, consider = (list) => {
      if (list)
        for (let k = list.length - 1; k >= 0; k--) {
          let i = list[k];
          if (i <= best) return;
          if (compiled2[i].testSegments(segs)) {
            best = i;
            return;
          }
        }
    };
    consider(always);
    let node = trie;
    for (let seg of segs) {
      if (node = node.children.get(seg), !node) break;
      consider(node.rules);
    }
    let seen = /* @__PURE__ */ new Set();
    for (let seg of segs) {
      if (seen.has(seg)) continue;
      seen.add(seg), consider(bySegment.get(seg));
      let dot = seg.lastIndexOf(".");
      dot >= 0 && consider(byExtension.get(seg.slice(dot + 1)));
    }
    return best;
  };
  return {
    rules,
    errors,
    ruleFor(path) {
      let i = ruleIndexFor(path);
      return i >= 0 ? rules[i] : void 0;
    },
    ownersOf(path) {
      let i = ruleIndexFor(path);
      return i >= 0 ? [...rules[i].owners] : [];
    }
  };
}
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

// src/cli/repo-root.ts
var import_node_fs = require("node:fs"), import_node_path = require("node:path");

// src/document/schema-compile.ts
var factories = /* @__PURE__ */ new Map(), validators = /* @__PURE__ */ new Map();
function registerValidator(id, make) {
  factories.set(id, make);
}
function compileValidator(schema3) {
  let fn = validators.get(schema3.$id);
  if (fn) return fn;
  let make = factories.get(schema3.$id);
  if (!make) throw new Error(`no precompiled validator for ${schema3.$id}: import its schema file, and rebuild (npm run build) after adding a schema`);
  return validators.set(schema3.$id, fn = make()), fn;
}

// node_modules/@date-fns/tz/tzName/index.js
function tzName(timeZone, date, format = "long") {
  return new Intl.DateTimeFormat("en-US", {
    // Enforces engine to render the time. Without the option JavaScriptCore omits it.
    hour: "numeric",
    timeZone,
    timeZoneName: format
  }).format(date).split(/\s/g).slice(2).join(" ");
}

// node_modules/@date-fns/tz/tzOffset/index.js
var offsetFormatCache = {}, offsetCache = {};
function tzOffset(timeZone, date) {
  try {
    let offsetStr = (offsetFormatCache[timeZone] ||= new Intl.DateTimeFormat("en-US", {
      timeZone,
      timeZoneName: "longOffset"
    }).format)(date).split("GMT")[1];
    return offsetStr in offsetCache ? offsetCache[offsetStr] : calcOffset(offsetStr, offsetStr.split(":"));
  } catch {
    if (timeZone in offsetCache) return offsetCache[timeZone];
    let captures = timeZone?.match(offsetRe);
    return captures ? calcOffset(timeZone, captures.slice(1)) : NaN;
  }
}
var offsetRe = /([+-]\d\d):?(\d\d)?/;
function calcOffset(cacheStr, values) {
  let hours = +(values[0] || 0), minutes = +(values[1] || 0), seconds = +(values[2] || 0) / 60;
  return offsetCache[cacheStr] = hours * 60 + minutes > 0 ? hours * 60 + minutes + seconds : hours * 60 - minutes - seconds;
}

// node_modules/@date-fns/tz/date/mini.js
var TZDateMini = class _TZDateMini extends Date {
  //#region static
  constructor(...args) {
    super(), args.length > 1 && typeof args[args.length - 1] == "string" && (this.timeZone = args.pop()), this.internal = /* @__PURE__ */ new Date(), isNaN(tzOffset(this.timeZone, this)) ? this.setTime(NaN) : args.length ? typeof args[0] == "number" && (args.length === 1 || args.length === 2 && typeof args[1] != "number") ? this.setTime(args[0]) : typeof args[0] == "string" ? this.setTime(+new Date(args[0])) : args[0] instanceof Date ? this.setTime(+args[0]) : (this.setTime(+new Date(...args)), adjustToSystemTZ(this, args)) : this.setTime(Date.now());
  }
  static tz(tz, ...args) {
    return args.length ? new _TZDateMini(...args, tz) : new _TZDateMini(Date.now(), tz);
  }
  //#endregion
  //#region time zone
  withTimeZone(timeZone) {
    return new _TZDateMini(+this, timeZone);
  }
  getTimezoneOffset() {
    let offset = -tzOffset(this.timeZone, this);
    return offset > 0 ? Math.floor(offset) : Math.ceil(offset);
  }
  //#endregion
  //#region time
  setTime(_time) {
    return Date.prototype.setTime.apply(this, arguments), syncToInternal(this), +this;
  }
  //#endregion
  //#region date-fns integration
  [/* @__PURE__ */ Symbol.for("constructDateFrom")](date) {
    return new _TZDateMini(+new Date(date), this.timeZone);
  }
  //#endregion
}, re = /^(get|set)(?!UTC)/;
Object.getOwnPropertyNames(Date.prototype).forEach((method) => {
  if (!re.test(method)) return;
  let utcMethod = method.replace(re, "$1UTC");
  TZDateMini.prototype[utcMethod] && (method.startsWith("get") ? TZDateMini.prototype[method] = function() {
    return this.internal[utcMethod]();
  } : (TZDateMini.prototype[method] = function() {
    return Date.prototype[utcMethod].apply(this.internal, arguments), syncFromInternal(this), +this;
  }, TZDateMini.prototype[utcMethod] = function() {
    return Date.prototype[utcMethod].apply(this, arguments), syncToInternal(this), +this;
  }));
});
function syncToInternal(date) {
  date.internal.setTime(+date), date.internal.setUTCSeconds(date.internal.getUTCSeconds() - // Round after converting minutes to seconds to avoid fractional offset
  // precision errors from historical offsets.
  Math.round(-tzOffset(date.timeZone, date) * 60));
}
function syncFromInternal(date) {
  Date.prototype.setFullYear.call(date, date.internal.getUTCFullYear(), date.internal.getUTCMonth(), date.internal.getUTCDate()), Date.prototype.setHours.call(date, date.internal.getUTCHours(), date.internal.getUTCMinutes(), date.internal.getUTCSeconds(), date.internal.getUTCMilliseconds()), adjustToSystemTZ(date);
}
function adjustToSystemTZ(date, constructorArgs) {
  let expectedInternalTime = Array.isArray(constructorArgs) ? constructorArgsToInternalTime(constructorArgs) : +date.internal, offsetWithSeconds = tzOffset(date.timeZone, date), offset = offsetWithSeconds > 0 ? Math.floor(offsetWithSeconds) : Math.ceil(offsetWithSeconds), prevHour = /* @__PURE__ */ new Date(+date);
  prevHour.setUTCHours(prevHour.getUTCHours() - 1);
  let systemOffset = -(/* @__PURE__ */ new Date(+date)).getTimezoneOffset(), prevHourSystemOffset = -(/* @__PURE__ */ new Date(+prevHour)).getTimezoneOffset(), systemDSTChange = systemOffset - prevHourSystemOffset, systemOffsetForDiff = systemOffset;
  if (systemDSTChange && systemOffset !== offset) {
    let systemHour = Date.prototype.getHours.apply(date), expectedHour = Array.isArray(constructorArgs) ? constructorArgs[3] || 0 : date.internal.getUTCHours();
    if (systemHour !== expectedHour) {
      let testDate = /* @__PURE__ */ new Date(+date), testOffsetDiff = systemOffset - offset;
      testOffsetDiff && testDate.setUTCMinutes(testDate.getUTCMinutes() + testOffsetDiff);
      let testOffsetWithSeconds = tzOffset(date.timeZone, testDate);
      (testOffsetWithSeconds > 0 ? Math.floor(testOffsetWithSeconds) : Math.ceil(testOffsetWithSeconds)) === offset && (systemOffsetForDiff = prevHourSystemOffset);
    }
  }
  let offsetDiff = systemOffsetForDiff - offset;
  offsetDiff && Date.prototype.setUTCMinutes.call(date, Date.prototype.getUTCMinutes.call(date) + offsetDiff);
  let systemDate = /* @__PURE__ */ new Date(+date);
  systemDate.setUTCSeconds(0);
  let systemSecondsOffset = systemOffset > 0 ? systemDate.getSeconds() : (systemDate.getSeconds() - 60) % 60, secondsOffset = Math.round(-(tzOffset(date.timeZone, date) * 60)) % 60;
  (secondsOffset || systemSecondsOffset) && Date.prototype.setUTCSeconds.call(date, Date.prototype.getUTCSeconds.call(date) + secondsOffset + systemSecondsOffset);
  let postOffsetWithSeconds = tzOffset(date.timeZone, date), postOffset = postOffsetWithSeconds > 0 ? Math.floor(postOffsetWithSeconds) : Math.ceil(postOffsetWithSeconds), postOffsetDiff = -(/* @__PURE__ */ new Date(+date)).getTimezoneOffset() - postOffset, offsetChanged = postOffset !== offset, postDiff = postOffsetDiff - offsetDiff, targetDSTShift = postOffset - offset, postOffsetCandidate = expectedInternalTime - postOffset * 60 * 1e3, normalizedTargetDSTGap = targetDSTShift > 0 && targetInternalTime(date) - expectedInternalTime === targetDSTShift * 60 * 1e3 && targetInternalTime(date, postOffsetCandidate) !== expectedInternalTime;
  if (offsetChanged && postDiff && !normalizedTargetDSTGap) {
    Date.prototype.setUTCMinutes.call(date, Date.prototype.getUTCMinutes.call(date) + postDiff);
    let newOffsetWithSeconds = tzOffset(date.timeZone, date), newOffset = newOffsetWithSeconds > 0 ? Math.floor(newOffsetWithSeconds) : Math.ceil(newOffsetWithSeconds), offsetChange = postOffset - newOffset;
    offsetChange && postDiff < 0 && Date.prototype.setUTCMinutes.call(date, Date.prototype.getUTCMinutes.call(date) + offsetChange);
  }
  syncToInternal(date);
  let drift = (constructorArgs ? expectedInternalTime : expectedInternalTime + secondsOffset * 1e3) - +date.internal;
  drift && Math.abs(drift) < 1800 * 1e3 && (Date.prototype.setTime.call(date, +date + drift), syncToInternal(date));
}
function constructorArgsToInternalTime(args) {
  return Date.UTC(args[0], args.length > 1 ? args[1] : 0, args.length > 2 ? args[2] : 1, ...args.slice(3));
}
function targetInternalTime(date, time) {
  let internal = new Date(time ?? +date);
  return internal.setUTCSeconds(internal.getUTCSeconds() - Math.round(-tzOffset(date.timeZone, internal) * 60)), +internal;
}

// node_modules/@date-fns/tz/date/index.js
var TZDate = class _TZDate extends TZDateMini {
  //#region static
  static tz(tz, ...args) {
    return args.length ? new _TZDate(...args, tz) : new _TZDate(Date.now(), tz);
  }
  //#endregion
  //#region representation
  toISOString() {
    let [sign, hours, minutes] = this.tzComponents(), tz = `${sign}${hours}:${minutes}`;
    return this.internal.toISOString().slice(0, -1) + tz;
  }
  toString() {
    return `${this.toDateString()} ${this.toTimeString()}`;
  }
  toDateString() {
    let [day, date, month, year] = this.internal.toUTCString().split(" ");
    return `${day?.slice(0, -1)} ${month} ${date} ${year}`;
  }
  toTimeString() {
    let time = this.internal.toUTCString().split(" ")[4], [sign, hours, minutes] = this.tzComponents();
    return `${time} GMT${sign}${hours}${minutes} (${tzName(this.timeZone, this)})`;
  }
  toLocaleString(locales, options) {
    return Date.prototype.toLocaleString.call(this, locales, {
      ...options,
      timeZone: options?.timeZone || this.timeZone
    });
  }
  toLocaleDateString(locales, options) {
    return Date.prototype.toLocaleDateString.call(this, locales, {
      ...options,
      timeZone: options?.timeZone || this.timeZone
    });
  }
  toLocaleTimeString(locales, options) {
    return Date.prototype.toLocaleTimeString.call(this, locales, {
      ...options,
      timeZone: options?.timeZone || this.timeZone
    });
  }
  //#endregion
  //#region private
  tzComponents() {
    let offset = this.getTimezoneOffset(), sign = offset > 0 ? "-" : "+", hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0"), minutes = String(Math.abs(offset) % 60).padStart(2, "0");
    return [sign, hours, minutes];
  }
  //#endregion
  withTimeZone(timeZone) {
    return new _TZDate(+this, timeZone);
  }
  //#region date-fns integration
  [/* @__PURE__ */ Symbol.for("constructDateFrom")](date) {
    return new _TZDate(+new Date(date), this.timeZone);
  }
  //#endregion
};

// node_modules/date-fns/constants.js
var maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3, minTime = -maxTime;
var secondsInHour = 3600;
var secondsInDay = secondsInHour * 24, secondsInWeek = secondsInDay * 7, secondsInYear = secondsInDay * 365.2425, secondsInMonth = secondsInYear / 12, secondsInQuarter = secondsInMonth * 3, constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");

// node_modules/date-fns/constructFrom.js
function constructFrom(date, value) {
  return typeof date == "function" ? date(value) : date && typeof date == "object" && constructFromSymbol in date ? date[constructFromSymbol](value) : date instanceof Date ? new date.constructor(value) : new Date(value);
}

// node_modules/date-fns/toDate.js
function toDate(argument, context) {
  return constructFrom(context || argument, argument);
}

// node_modules/date-fns/isDate.js
function isDate(value) {
  return value instanceof Date || typeof value == "object" && Object.prototype.toString.call(value) === "[object Date]";
}

// node_modules/date-fns/isValid.js
function isValid(date) {
  return !(!isDate(date) && typeof date != "number" || isNaN(+toDate(date)));
}

// node_modules/date-fns/_lib/addLeadingZeros.js
function addLeadingZeros(number, targetLength) {
  let sign = number < 0 ? "-" : "", output = Math.abs(number).toString().padStart(targetLength, "0");
  return sign + output;
}

// node_modules/date-fns/_lib/format/lightFormatters.js
var lightFormatters = {
  // Year
  y(date, token) {
    let signedYear = date.getFullYear(), year = signedYear > 0 ? signedYear : 1 - signedYear;
    return addLeadingZeros(token === "yy" ? year % 100 : year, token.length);
  },
  // Month
  M(date, token) {
    let month = date.getMonth();
    return token === "M" ? String(month + 1) : addLeadingZeros(month + 1, 2);
  },
  // Day of the month
  d(date, token) {
    return addLeadingZeros(date.getDate(), token.length);
  },
  // AM or PM
  a(date, token) {
    let dayPeriodEnumValue = date.getHours() / 12 >= 1 ? "pm" : "am";
    switch (token) {
      case "a":
      case "aa":
        return dayPeriodEnumValue.toUpperCase();
      case "aaa":
        return dayPeriodEnumValue;
      case "aaaaa":
        return dayPeriodEnumValue[0];
      default:
        return dayPeriodEnumValue === "am" ? "a.m." : "p.m.";
    }
  },
  // Hour [1-12]
  h(date, token) {
    return addLeadingZeros(date.getHours() % 12 || 12, token.length);
  },
  // Hour [0-23]
  H(date, token) {
    return addLeadingZeros(date.getHours(), token.length);
  },
  // Minute
  m(date, token) {
    return addLeadingZeros(date.getMinutes(), token.length);
  },
  // Second
  s(date, token) {
    return addLeadingZeros(date.getSeconds(), token.length);
  },
  // Fraction of second
  S(date, token) {
    let numberOfDigits = token.length, milliseconds = date.getMilliseconds(), fractionalSeconds = Math.trunc(
      milliseconds * Math.pow(10, numberOfDigits - 3)
    );
    return addLeadingZeros(fractionalSeconds, token.length);
  }
};

// node_modules/date-fns/lightFormat.js
var formattingTokensRegExp = /(\w)\1*|''|'(''|[^'])+('|$)|./g, escapedStringRegExp = /^'([^]*?)'?$/, doubleQuoteRegExp = /''/g, unescapedLatinCharacterRegExp = /[a-zA-Z]/;
function lightFormat(date, formatStr) {
  let date_ = toDate(date);
  if (!isValid(date_))
    throw new RangeError("Invalid time value");
  let tokens = formatStr.match(formattingTokensRegExp);
  return tokens ? tokens.map((substring) => {
    if (substring === "''")
      return "'";
    let firstCharacter = substring[0];
    if (firstCharacter === "'")
      return cleanEscapedString(substring);
    let formatter = lightFormatters[firstCharacter];
    if (formatter)
      return formatter(date_, substring);
    if (firstCharacter.match(unescapedLatinCharacterRegExp))
      throw new RangeError(
        "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
      );
    return substring;
  }).join("") : "";
}
function cleanEscapedString(input) {
  let matches = input.match(escapedStringRegExp);
  return matches ? matches[1].replace(doubleQuoteRegExp, "'") : input;
}

// src/time/local-time.ts
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$/, DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function utcTime(year, month0, day, hour = 0, minute = 0, second = 0, ms = 0) {
  let d = /* @__PURE__ */ new Date(0);
  return d.setUTCFullYear(year, month0, day), d.setUTCHours(hour, minute, second, ms), d.getTime();
}
var PLAUSIBLE_YEARS = { first: 2e3, last: 2999 };
function plausibleYear(year) {
  return year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}
function daysInMonth(year, month) {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}
function parseLocalDateTimeParts(text) {
  let m = DATE_TIME.exec(text);
  if (!m) return;
  let [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return;
  let millisecond = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0, offsetMinutes;
  if (m[8]) offsetMinutes = 0;
  else if (m[9]) {
    let oh = Number(m[10]), om = Number(m[11] ?? "0");
    if (oh > 14 || om > 59 || oh * 60 + om > 840) return;
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return { year, month, day, hour, minute, second, millisecond, offsetMinutes };
}
function isValidDate(text) {
  let m = DATE.exec(text);
  if (!m) return !1;
  let [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
function resolveWallClock(wall, zone) {
  let offsets = [.../* @__PURE__ */ new Set([tzOffset(zone, new Date(wall - 864e5)), tzOffset(zone, new Date(wall + 864e5))])], fits = offsets.map((o) => wall - o * 6e4).filter((t) => tzOffset(zone, new Date(t)) * 6e4 === wall - t), unique = [...new Set(fits)].sort((a2, b2) => a2 - b2);
  if (unique.length === 1) return { instant: new Date(unique[0]) };
  if (unique.length > 1)
    return { problem: "ambiguous", earlier: new Date(unique[0]), later: new Date(unique[unique.length - 1]) };
  let [a, b] = offsets.sort((x, y) => x - y), lo = wall - b * 6e4, hi = wall - a * 6e4;
  for (; hi - lo > 1e3; ) {
    let mid = lo + Math.floor((hi - lo) / 2e3) * 1e3;
    tzOffset(zone, new Date(mid)) === a ? lo = mid : hi = mid;
  }
  let hhmm = (ms) => new Date(ms).toISOString().slice(11, 16);
  return { problem: "gap", at: new Date(hi), from: hhmm(hi + a * 6e4), to: hhmm(hi + b * 6e4) };
}
function withOffset(instant, zone) {
  let minutes = Math.round(tzOffset(zone, instant)), offset = `${minutes < 0 ? "-" : "+"}${String(Math.trunc(Math.abs(minutes) / 60)).padStart(2, "0")}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
  return `${lightFormat(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm")}${offset}`;
}
var readings = /* @__PURE__ */ new Map();
function readTime(text, zone) {
  let key = `${zone}|${text}`, reading = readings.get(key);
  if (!reading) {
    let p = parseLocalDateTimeParts(text);
    if (!p) reading = { problem: "form" };
    else if (!plausibleYear(p.year)) reading = { problem: "year", year: p.year };
    else {
      let wall = utcTime(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
      reading = p.offsetMinutes !== void 0 ? { instant: new Date(wall - p.offsetMinutes * 6e4) } : resolveWallClock(wall, zone);
    }
    readings.size > 1e4 && readings.clear(), readings.set(key, reading);
  }
  return "instant" in reading ? { instant: new Date(reading.instant.getTime()) } : reading;
}
function toInstant(text, zone) {
  let r = readTime(text, zone);
  return "instant" in r ? r.instant : void 0;
}
var dayStarts = /* @__PURE__ */ new Map();
function startOfDateInZone(text, zone) {
  let key = `${zone}|${text}`, start = dayStarts.get(key);
  if (start === void 0) {
    if (start = null, isValidDate(text)) {
      let [y, m, d] = text.split("-").map(Number), r = resolveWallClock(utcTime(y, m - 1, d), zone);
      start = "instant" in r ? r.instant : r.problem === "gap" ? r.at : r.problem === "ambiguous" ? r.earlier : null;
    }
    dayStarts.size > 1e4 && dayStarts.clear(), dayStarts.set(key, start);
  }
  return start ? new Date(start.getTime()) : void 0;
}
function readDateOrTime(text, zone, end) {
  if (isValidDate(text)) {
    let year = Number(text.slice(0, 4));
    if (!plausibleYear(year)) return { problem: "year", year };
    if (!end) return { instant: startOfDateInZone(text, zone) };
    let next = new TZDate(`${text}T12:00:00Z`, "UTC");
    return next.setUTCDate(next.getUTCDate() + 1), { instant: startOfDateInZone(next.toISOString().slice(0, 10), zone) };
  }
  return readTime(text, zone);
}

// src/document/schema-formats.ts
var schemaFormats = {
  "local-date-time": { type: "string", validate: (s) => parseLocalDateTimeParts(s) !== void 0 },
  date: { type: "string", validate: isValidDate },
  "date-or-local-date-time": {
    type: "string",
    validate: (s) => isValidDate(s) || parseLocalDateTimeParts(s) !== void 0
  }
};

// src/document/ucs2length.ts
var HIGH_SURROGATE = /[\uD800-\uDBFF]/;
function ucs2length(str2) {
  if (!HIGH_SURROGATE.test(str2)) return str2.length;
  let len = str2.length, length = 0, pos = 0;
  for (; pos < len; ) {
    length++;
    let value = str2.charCodeAt(pos++);
    value >= 55296 && value <= 56319 && pos < len && (str2.charCodeAt(pos) & 64512) === 56320 && pos++;
  }
  return length;
}

// schemas/config.schema.json
var schema = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/config.schema.json","title":"upgrade-gate policy configuration \xB7 \u7B56\u7565\u914D\u7F6E","description":"The policy that upgrade-gate enforces, read from .github/upgrade-gate.yml on the base branch. Every key has a default except roles.\\n\\nupgrade-gate \u6267\u884C\u7684\u7B56\u7565\uFF0C\u4ECE\u57FA\u7840\u5206\u652F\u7684 .github/upgrade-gate.yml \u8BFB\u53D6\u3002\u9664 roles \u5916\u6BCF\u9879\u90FD\u6709\u9ED8\u8BA4\u503C\u3002","type":"object","additionalProperties":false,"properties":{"documents":{"title":"Document glob \xB7 \u6587\u6863\u8DEF\u5F84","description":"Glob (relative to the repository root) of the upgrade documents. Default: upgrades/**/*.{yaml,yml}.\\n\\n\u5347\u7EA7\u6587\u6863\u7684 glob\uFF08\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002\u9ED8\u8BA4\uFF1Aupgrades/**/*.{yaml,yml}\u3002","type":"string","minLength":1,"default":"upgrades/**/*.{yaml,yml}"},"time-zone":{"title":"Policy time zone \xB7 \u7B56\u7565\u65F6\u533A","description":"Canonical IANA time zone (Area/City) in which weekdays, windows and freezes are read. Default: Asia/Shanghai. Abbreviations and old aliases (CST, EST, IST, PRC, UTC+8, Asia/Chongqing) are refused with the name meant.\\n\\n\u5224\u65AD\u661F\u671F\u3001\u5347\u7EA7\u65F6\u95F4\u548C\u5C01\u7248\u671F\u6240\u7528\u7684 IANA \u65F6\u533A\uFF08\u5730\u533A/\u57CE\u5E02\uFF09\u3002\u9ED8\u8BA4\uFF1AAsia/Shanghai\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002CST\u3001EST\u3001IST\u3001PRC\u3001UTC+8\u3001Asia/Chongqing \u7B49\u7F29\u5199\u548C\u65E7\u540D\u4F1A\u88AB\u62D2\u7EDD\uFF0C\u5E76\u63D0\u793A\u5E94\u5199\u7684\u540D\u79F0\u3002","type":"string","minLength":1,"default":"Asia/Shanghai","examples":["Asia/Shanghai","Europe/Berlin"]},"merge-days":{"title":"Production merge days \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5","description":"Weekdays on which production upgrades may merge and run. Default: thursday.\\n\\n\u5141\u8BB8\u5408\u5E76\u5E76\u6267\u884C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Athursday\uFF08\u5468\u56DB\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/weekday"},"default":["thursday"]},"gray-test-day":{"title":"Gray test day \xB7 \u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u65E5","description":"Weekday on which the gray environment test is done as a rule. Default: tuesday.\\n\\n\u539F\u5219\u4E0A\u8FDB\u884C\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Atuesday\uFF08\u5468\u4E8C\uFF09\u3002","$ref":"#/$defs/weekday","default":"tuesday"},"notice-hours":{"title":"Notice lead time \xB7 \u901A\u77E5\u63D0\u524D\u91CF","description":"Hours between the all-staff notice and the window start, at least. Default: 12 (half a day).\\n\\n\u5168\u5458\u901A\u77E5\u81F3\u5C11\u8981\u6BD4\u5347\u7EA7\u5F00\u59CB\u63D0\u524D\u591A\u5C11\u5C0F\u65F6\u3002\u9ED8\u8BA4\uFF1A12\uFF08\u534A\u5929\uFF09\u3002","type":"number","minimum":0,"maximum":720,"default":12},"merge-window":{"title":"Merge tied to the document's window \xB7 \u5408\u5E76\u4E0E\u5347\u7EA7\u7A97\u53E3\u7ED1\u5B9A","description":"Under GitOps the merge is the deploy. day (default): a production upgrade merges on the local day (policy time zone) its window starts and not after window.end, so a window across midnight stays open past it; window: only between window.start and window.end; off: only the merge days and freezes apply. Several documents in one pull request need an instant all their windows allow. true and false are the older spellings of window and off.\\n\\nGitOps \u4E0B\u5408\u5E76\u5373\u4E0A\u7EBF\u3002day\uFF08\u9ED8\u8BA4\uFF09\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u53EA\u80FD\u5728\u5176\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u7684\u5F53\u5929\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5408\u5E76\uFF0C\u4E14\u4E0D\u665A\u4E8E window.end\uFF0C\u8DE8\u5348\u591C\u7684\u7A97\u53E3\u5728\u96F6\u70B9\u4E4B\u540E\u4ECD\u7136\u6709\u6548\uFF1Bwindow\uFF1A\u53EA\u80FD\u5728 window.start \u4E0E window.end \u4E4B\u95F4\u5408\u5E76\uFF1Boff\uFF1A\u53EA\u6309\u5347\u7EA7\u65E5\u548C\u5C01\u7248\u671F\u5224\u65AD\u3002\u4E00\u4E2A PR \u542B\u591A\u4EFD\u6587\u6863\u65F6\uFF0C\u5408\u5E76\u65F6\u523B\u987B\u540C\u65F6\u843D\u5728\u6240\u6709\u6587\u6863\u5141\u8BB8\u7684\u65F6\u95F4\u5185\u3002true \u548C false \u662F window \u548C off \u7684\u65E7\u5199\u6CD5\u3002","enum":["day","window","off",true,false],"default":"day"},"freezes":{"title":"Freeze periods \xB7 \u5C01\u7248\u671F","description":"Periods in which no regular production upgrade merges, e.g. national holidays: inclusive dates in the policy time zone, or exact times (RFC 3339, or local times in the policy zone).\\n\\n\u4E0D\u5408\u5E76\u5E38\u89C4\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\uFF0C\u5982\u56FD\u5E86\u3001\u6625\u8282\uFF1A\u5199\u65E5\u671F\uFF08\u542B\u9996\u5C3E\u4E24\u5929\uFF0C\u6309\u7B56\u7565\u65F6\u533A\uFF09\u6216\u7CBE\u786E\u65F6\u95F4\uFF08RFC 3339\uFF0C\u6216\u7B56\u7565\u65F6\u533A\u7684\u672C\u5730\u65F6\u95F4\uFF09\u3002","type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["name","from","to"],"properties":{"name":{"title":"Name \xB7 \u540D\u79F0","description":"What the freeze is for.\\n\\n\u5C01\u7248\u7684\u539F\u56E0\u3002","type":"string","minLength":1,"examples":["National Day"]},"from":{"title":"First day \xB7 \u5F00\u59CB","description":"First frozen day, e.g. 2026-10-01 (from 00:00 in the policy time zone), or the moment the freeze starts, e.g. 2026-09-30T18:00.\\n\\n\u5C01\u7248\u7B2C\u4E00\u5929\uFF0C\u5982 2026-10-01\uFF08\u7B56\u7565\u65F6\u533A 00:00 \u8D77\uFF09\uFF0C\u6216\u5C01\u7248\u5F00\u59CB\u7684\u65F6\u523B\uFF0C\u5982 2026-09-30T18:00\u3002","type":"string","format":"date-or-local-date-time","examples":["2026-10-01","2026-09-30T18:00"]},"to":{"title":"Last day \xB7 \u7ED3\u675F","description":"Last frozen day (inclusive), e.g. 2026-10-07, or the moment the freeze ends, e.g. 2026-10-08T09:00.\\n\\n\u5C01\u7248\u6700\u540E\u4E00\u5929\uFF08\u542B\u5F53\u5929\uFF09\uFF0C\u5982 2026-10-07\uFF0C\u6216\u5C01\u7248\u7ED3\u675F\u7684\u65F6\u523B\uFF0C\u5982 2026-10-08T09:00\u3002","type":"string","format":"date-or-local-date-time","examples":["2026-10-07","2026-10-08T09:00"]}}}},"roles":{"title":"Approval roles \xB7 \u5BA1\u6279\u89D2\u8272","description":"The roles whose approval a production upgrade needs, in the order the approval form lists them. The measures (4.3) name two: center-lead (the R&D center lead) and general-office (the General Manager's Office). Any other role id needs a title in English and Chinese. For each upgrade document, every role is signed by a code owner of that document's path in the base branch's CODEOWNERS, through an owner entry listed under the role's owners.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9700\u8981\u5176\u5BA1\u6279\u7684\u89D2\u8272\uFF0C\u6309\u5BA1\u6279\u5355\u4E0A\u7684\u987A\u5E8F\u6392\u5217\u3002\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3 \u89C4\u5B9A\u4E24\u4E2A\uFF1Acenter-lead\uFF08\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\uFF09\u548C general-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF09\uFF1B\u5176\u4ED6\u89D2\u8272\u987B\u5199\u660E\u4E2D\u82F1\u6587\u540D\u79F0\u3002\u6BCF\u4EFD\u5347\u7EA7\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\uFF0C\u90FD\u987B\u7531\u57FA\u7840\u5206\u652F CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF0C\u901A\u8FC7\u8BE5\u89D2\u8272 owners \u4E2D\u5217\u51FA\u7684\u6761\u76EE\u5BA1\u6279\u3002","type":"object","minProperties":1,"propertyNames":{"description":"A role id: lower-case letters, digits and dashes, starting with a letter\\n\\n\u89D2\u8272 id\uFF1A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/role"},"examples":[{"center-lead":{"owners":["@acme/rd-center-leads"]},"general-office":{"owners":["@acme/gm-office"]}}]},"stale-exempt":{"title":"Changes that leave approvals standing \xB7 \u4E0D\u5F71\u54CD\u5BA1\u6279\u7684\u53D8\u66F4","description":"Globs of paths whose change after an approval does not make it stale. Default: none: any change to the pull request's files (documents, manifests such as deploy/**/values.yaml, anything) voids the approvals of earlier commits.\\n\\n\u5BA1\u6279\u4E4B\u540E\u4FEE\u6539\u4E5F\u4E0D\u4F1A\u8BA9\u5BA1\u6279\u5931\u6548\u7684\u8DEF\u5F84\uFF08glob\uFF09\u3002\u9ED8\u8BA4\uFF1A\u65E0\uFF0C\u5373\u5BA1\u6279\u4E4B\u540E PR \u4E2D\u4EFB\u4F55\u6587\u4EF6\u7684\u53D8\u66F4\uFF08\u6587\u6863\u3001deploy/**/values.yaml \u4E4B\u7C7B\u7684\u6E05\u5355\u3001\u4EFB\u4F55\u6587\u4EF6\uFF09\u90FD\u4F1A\u8BA9\u4E4B\u524D\u63D0\u4EA4\u4E0A\u7684\u5BA1\u6279\u5931\u6548\u3002","type":"array","default":[],"items":{"type":"string","minLength":1},"examples":[["docs/**/*.md"]]},"teams":{"title":"Team members \xB7 \u56E2\u961F\u6210\u5458","description":"Members of CODEOWNERS teams, for a token that cannot read teams (the workflow's GITHUB_TOKEN): each team as written in CODEOWNERS (@org/team-slug), with the GitHub logins of its members. A listed team is never looked up through the API; a team of a role that is neither listed here nor readable by the token is a configuration error.\\n\\nCODEOWNERS \u56E2\u961F\u7684\u6210\u5458\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\uFF08\u5DE5\u4F5C\u6D41\u81EA\u5E26\u7684 GITHUB_TOKEN\uFF09\u4F7F\u7528\uFF1A\u6309 CODEOWNERS \u4E2D\u7684\u5199\u6CD5\uFF08@org/team-slug\uFF09\u5217\u51FA\u6BCF\u4E2A\u56E2\u961F\u53CA\u5176\u6210\u5458\u7684 GitHub \u8D26\u53F7\u3002\u5217\u51FA\u7684\u56E2\u961F\u4E0D\u518D\u901A\u8FC7 API \u67E5\u8BE2\uFF1B\u65E2\u672A\u5217\u51FA\u3001\u4EE4\u724C\u4E5F\u65E0\u6CD5\u8BFB\u53D6\u7684\u89D2\u8272\u56E2\u961F\u662F\u914D\u7F6E\u9519\u8BEF\u3002","type":"object","default":{},"propertyNames":{"pattern":"^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"},"additionalProperties":{"type":"array","items":{"description":"A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail\\n\\nGitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002","type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"}},"examples":[{"@acme/finance-center-lead":["wang-finance"],"@acme/sales-center-lead":["zhao-sales"]}]},"policy-owner":{"title":"Owner of the policy files \xB7 \u7B56\u7565\u6587\u4EF6\u8D1F\u8D23\u89D2\u8272","description":"The role (an id under roles) whose approval a pull request needs when it changes a policy file: this configuration, CODEOWNERS, the workflows under .github/workflows/ and the paths under policy-files. The approval counts as the upgrade approvals do: a member of one of the role's owner entries, not the author or a committer of the pull request, on the exact change, before the merge. Default: general-office (the General Manager's Office, which issues the measures).\\n\\n\u4FEE\u6539\u7B56\u7565\u6587\u4EF6\u7684 PR \u9700\u8981\u5176\u6279\u51C6\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\u3002\u7B56\u7565\u6587\u4EF6\u5305\u62EC\uFF1A\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS\u3001.github/workflows/ \u4E0B\u7684\u5DE5\u4F5C\u6D41\uFF0C\u4EE5\u53CA policy-files \u4E2D\u5217\u51FA\u7684\u8DEF\u5F84\u3002\u6279\u51C6\u7684\u8BA1\u7B97\u65B9\u5F0F\u4E0E\u5347\u7EA7\u5BA1\u6279\u76F8\u540C\uFF1A\u987B\u662F\u8BE5\u89D2\u8272\u67D0\u4E2A\u6240\u6709\u8005\u6761\u76EE\u7684\u6210\u5458\uFF0C\u4E0D\u80FD\u662F PR \u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF0C\u6279\u51C6\u7684\u987B\u662F\u5F53\u524D\u8FD9\u6B21\u53D8\u66F4\uFF0C\u4E14\u5728\u5408\u5E76\u4E4B\u524D\u3002\u9ED8\u8BA4\uFF1Ageneral-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u5236\u8BA2\u90E8\u95E8\uFF09\u3002","type":"string","pattern":"^[a-z][a-z0-9-]*$","default":"general-office","examples":["general-office"]},"policy-files":{"title":"More policy files \xB7 \u5176\u4ED6\u7B56\u7565\u6587\u4EF6","description":"Globs of further paths that are policy files (on top of this configuration, CODEOWNERS and .github/workflows/**): a pull request that changes one needs the approval of the policy-owner role. Default: none.\\n\\n\u9664\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS \u548C .github/workflows/** \u4E4B\u5916\uFF0C\u4E5F\u7B97\u4F5C\u7B56\u7565\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF1A\u4FEE\u6539\u8FD9\u4E9B\u6587\u4EF6\u7684 PR \u9700\u8981 policy-owner \u89D2\u8272\u6279\u51C6\u3002\u9ED8\u8BA4\uFF1A\u65E0\u3002","type":"array","default":[],"items":{"type":"string","minLength":1},"examples":[["deploy/production/policy/**"]]},"allow-same-approver-for-roles":{"title":"One person may sign for several roles \xB7 \u4E00\u4EBA\u53EF\u517C\u4EFB\u591A\u4E2A\u5BA1\u6279\u89D2\u8272","description":"When true, one approval may satisfy several roles. Default: false (the seed needs two signatures).\\n\\n\u4E3A true \u65F6\uFF0C\u4E00\u4E2A\u4EBA\u7684\u6279\u51C6\u53EF\u4EE5\u540C\u65F6\u6EE1\u8DB3\u591A\u4E2A\u89D2\u8272\u3002\u9ED8\u8BA4\uFF1Afalse\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u8981\u6C42\u4E24\u4E2A\u4EBA\u7B7E\u5B57\uFF09\u3002","type":"boolean","default":false},"emergency":{"title":"Emergency upgrades \xB7 \u7D27\u6025\u5347\u7EA7","description":"The label that marks an emergency upgrade PR and how many emergencies a calendar month may have.\\n\\n\u6807\u8BB0\u7D27\u6025\u5347\u7EA7 PR \u7684\u6807\u7B7E\uFF0C\u4EE5\u53CA\u6BCF\u4E2A\u81EA\u7136\u6708\u5141\u8BB8\u51E0\u6B21\u7D27\u6025\u5347\u7EA7\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"label":{"title":"Label \xB7 \u6807\u7B7E","description":"PR label that asks for the emergency bypass of the day rule. Default: emergency.\\n\\n\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u3001\u4E0D\u53D7\u5347\u7EA7\u65E5\u9650\u5236\u7684 PR \u6807\u7B7E\u3002\u9ED8\u8BA4\uFF1Aemergency\u3002","type":"string","minLength":1,"default":"emergency"},"monthly-budget":{"title":"Monthly budget \xB7 \u6BCF\u6708\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u4E0A\u9650","description":"Emergency upgrades allowed per calendar month (policy time zone). Default: 2.\\n\\n\u6BCF\u4E2A\u81EA\u7136\u6708\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5141\u8BB8\u7684\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u3002\u9ED8\u8BA4\uFF1A2\u3002","type":"integer","minimum":0,"default":2},"budget-severity":{"title":"Budget severity \xB7 \u8D85\u51FA\u4E0A\u9650\u7684\u7EA7\u522B","description":"error or warning when the budget is exceeded. Default: error.\\n\\n\u8D85\u51FA\u6BCF\u6708\u4E0A\u9650\u65F6\u6309 error\uFF08\u9519\u8BEF\uFF09\u8FD8\u662F warning\uFF08\u8B66\u544A\uFF09\u5904\u7406\u3002\u9ED8\u8BA4\uFF1Aerror\u3002","enum":["error","warning"],"default":"error"},"min-justification-length":{"title":"Minimum justification length \xB7 \u7406\u7531\u6700\u77ED\u957F\u5EA6","description":"Characters the justification needs at least (a CJK character counts as two). Default: 30.\\n\\n\u7D27\u6025\u5347\u7EA7\u7406\u7531\u81F3\u5C11\u8981\u6709\u591A\u5C11\u4E2A\u5B57\u7B26\uFF08\u4E00\u4E2A\u6C49\u5B57\u7B97\u4E24\u4E2A\u5B57\u7B26\uFF09\u3002\u9ED8\u8BA4\uFF1A30\u3002","type":"integer","minimum":1,"default":30},"applied-by":{"title":"Who may apply the label \xB7 \u53EF\u6DFB\u52A0\u6807\u7B7E\u7684\u89D2\u8272","description":"The roles (ids under roles) whose members may apply the emergency label; who applied it is read from the pull request's events at evaluation time, and the PR author never counts. Default: [general-office] (the General Manager's Office, measures 4.3).\\n\\n\u5176\u6210\u5458\u53EF\u4EE5\u6DFB\u52A0\u7D27\u6025\u5347\u7EA7\u6807\u7B7E\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\uFF1B\u68C0\u67E5\u65F6\u4ECE PR \u7684\u4E8B\u4EF6\u4E2D\u8BFB\u53D6\u662F\u8C01\u6DFB\u52A0\u7684\u6807\u7B7E\uFF0CPR \u4F5C\u8005\u672C\u4EBA\u6DFB\u52A0\u7684\u4E00\u5F8B\u65E0\u6548\u3002\u9ED8\u8BA4\uFF1A[general-office]\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"default":["general-office"]}}},"archive":{"title":"Archive \xB7 \u5347\u7EA7\u6863\u6848","description":"Where merged upgrades are recorded for audit.\\n\\n\u5408\u5E76\u540E\u7684\u5347\u7EA7\u8BB0\u5F55\u5B58\u653E\u5728\u54EA\u91CC\uFF0C\u4EE5\u5907\u5BA1\u8BA1\u548C\u68C0\u67E5\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"folder":{"title":"Folder \xB7 \u76EE\u5F55","description":"Folder of the archive records. Default: archive.\\n\\n\u5347\u7EA7\u6863\u6848\u8BB0\u5F55\u6240\u5728\u7684\u76EE\u5F55\u3002\u9ED8\u8BA4\uFF1Aarchive\u3002","type":"string","minLength":1,"default":"archive"},"branch":{"title":"Branch \xB7 \u5206\u652F","description":"Branch the records are committed to. Default: the PR's base branch.\\n\\n\u5347\u7EA7\u6863\u6848\u63D0\u4EA4\u5230\u54EA\u4E2A\u5206\u652F\u3002\u9ED8\u8BA4\uFF1APR \u7684\u57FA\u7840\u5206\u652F\u3002","type":"string","minLength":1},"writer":{"title":"Writer \xB7 \u5199\u5165\u8005","description":"The GitHub login that commits the archive: github-actions[bot] with GITHUB_TOKEN (default), or your App's bot (my-app[bot]) with an App installation token. verify fails for any commit in the archive's history by anyone else.\\n\\n\u63D0\u4EA4\u5347\u7EA7\u6863\u6848\u7684 GitHub \u8D26\u53F7\uFF1A\u4F7F\u7528 GITHUB_TOKEN \u65F6\u4E3A github-actions[bot]\uFF08\u9ED8\u8BA4\uFF09\uFF0C\u4F7F\u7528 App \u5B89\u88C5\u4EE4\u724C\u65F6\u4E3A\u8BE5 App \u7684\u673A\u5668\u4EBA\u8D26\u53F7\uFF08my-app[bot]\uFF09\u3002\u6863\u6848\u5386\u53F2\u4E2D\u4EFB\u4F55\u5176\u4ED6\u4EBA\u7684\u63D0\u4EA4\u90FD\u4F1A\u4F7F verify \u5931\u8D25\u3002","type":"string","minLength":1,"maxLength":100,"default":"github-actions[bot]"},"backfill-days":{"title":"Backfill look-back (days) \xB7 \u8865\u5F55\u56DE\u6EAF\u5929\u6570","description":"How far back the scheduled run looks for merged upgrade PRs without a record; it archives them as backfilled, in merge order. Default: 90.\\n\\n\u5B9A\u65F6\u8FD0\u884C\u5411\u524D\u67E5\u627E\u591A\u5C11\u5929\u5185\u5DF2\u5408\u5E76\u4F46\u6CA1\u6709\u6863\u6848\u8BB0\u5F55\u7684\u5347\u7EA7 PR\uFF0C\u5E76\u6309\u5408\u5E76\u987A\u5E8F\u8865\u5F55\uFF08\u6807\u8BB0\u4E3A backfilled\uFF09\u3002\u9ED8\u8BA4\uFF1A90\u3002","type":"integer","minimum":1,"maximum":3650,"default":90}}},"outcome":{"title":"Upgrade outcomes \xB7 \u5347\u7EA7\u7ED3\u679C","description":"When a merged upgrade without a recorded outcome (/upgrade-result on the PR, measures 4.6) is reported as pending, and when it becomes an audit finding.\\n\\n\u5408\u5E76\u540E\u7684\u5347\u7EA7\u672A\u8BB0\u5F55\u7ED3\u679C\uFF08\u5728 PR \u4E0A\u8BC4\u8BBA /upgrade-result\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u65F6\uFF0C\u4F55\u65F6\u5217\u4E3A\u5F85\u8BB0\u5F55\uFF0C\u4F55\u65F6\u6210\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"pending-hours":{"title":"Pending after hours \xB7 \u5F85\u8BB0\u5F55\u65F6\u9650\uFF08\u5C0F\u65F6\uFF09","description":"Hours after the merge after which scheduled runs and report list an upgrade without an outcome as pending. Default: 24.\\n\\n\u5408\u5E76\u540E\u8D85\u8FC7\u591A\u5C11\u5C0F\u65F6\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0C\u5B9A\u65F6\u8FD0\u884C\u548C report \u4F1A\u628A\u5B83\u5217\u4E3A\u5F85\u8BB0\u5F55\u3002\u9ED8\u8BA4\uFF1A24\u3002","type":"number","exclusiveMinimum":0,"default":24},"overdue-days":{"title":"Audit finding after days \xB7 \u5BA1\u8BA1\u95EE\u9898\u65F6\u9650\uFF08\u5929\uFF09","description":"Days after the window's end after which a missing outcome is an audit finding in report. Default: 7.\\n\\n\u5347\u7EA7\u65F6\u95F4\u7ED3\u675F\u540E\u8D85\u8FC7\u591A\u5C11\u5929\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0Creport \u4F1A\u5217\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002\u9ED8\u8BA4\uFF1A7\u3002","type":"number","exclusiveMinimum":0,"default":7}}},"status-context":{"title":"Status context \xB7 \u72B6\u6001\u540D\u79F0","description":"Context name of the commit status that branch protection requires. Default: upgrade-gate.\\n\\n\u5206\u652F\u4FDD\u62A4\u8981\u6C42\u7684\u63D0\u4EA4\u72B6\u6001\uFF08commit status\uFF09\u7684\u540D\u79F0\u3002\u9ED8\u8BA4\uFF1Aupgrade-gate\u3002","type":"string","minLength":1,"default":"upgrade-gate"},"language":{"title":"Language of messages \xB7 \u63D0\u793A\u8BED\u8A00","description":"Language of every message upgrade-gate writes: findings, status, comment, job summary and log. en or zh-CN. The Action input language and the CLI option --lang override it. Default: en.\\n\\nupgrade-gate \u6240\u5199\u5185\u5BB9\u7684\u8BED\u8A00\uFF1A\u95EE\u9898\u3001\u72B6\u6001\u3001\u8BC4\u8BBA\u3001\u4EFB\u52A1\u6458\u8981\u548C\u65E5\u5FD7\u3002en\uFF08\u82F1\u6587\uFF0CEnglish\uFF09\u6216 zh-CN\uFF08\u4E2D\u6587\uFF0C\u7B80\u4F53\u4E2D\u6587\uFF09\u3002Action \u7684 language \u8F93\u5165\u548C CLI \u7684 --lang \u9009\u9879\u4F18\u5148\u4E8E\u6B64\u5904\u3002\u9ED8\u8BA4\uFF1Aen\u3002","enum":["en","zh-CN"],"default":"en"},"rules":{"title":"Rule severities \xB7 \u89C4\u5219\u7EA7\u522B","description":"Override the severity of a rule by its id: error, warning, notice or off.\\n\\n\u6309\u89C4\u5219\u7F16\u53F7\u8C03\u6574\u7EA7\u522B\uFF1Aerror\u3001warning\u3001notice \u6216 off\u3002","type":"object","default":{},"propertyNames":{"pattern":"^[a-z-]+(\\\\.[a-z-]+)*$"},"additionalProperties":{"enum":["error","warning","notice","off"]}}},"$defs":{"weekday":{"description":"A day of the week, in English.\\n\\n\u661F\u671F\uFF0C\u5199\u82F1\u6587\uFF1Amonday\uFF08\u5468\u4E00\uFF09\u3001tuesday\uFF08\u5468\u4E8C\uFF09\u3001wednesday\uFF08\u5468\u4E09\uFF09\u3001thursday\uFF08\u5468\u56DB\uFF09\u3001friday\uFF08\u5468\u4E94\uFF09\u3001saturday\uFF08\u5468\u516D\uFF09\u6216 sunday\uFF08\u5468\u65E5\uFF09\u3002","enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]},"role":{"type":"object","additionalProperties":false,"required":["owners"],"properties":{"title":{"title":"Title \xB7 \u540D\u79F0","description":"The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.\\n\\n\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002","type":"object","additionalProperties":false,"properties":{"en":{"description":"The role's name in English.\\n\\n\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["R&D center lead"]},"zh":{"description":"The role's name in Chinese.\\n\\n\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"]}}},"owners":{"title":"CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005","description":"Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.\\n\\n\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002","type":"array","minItems":1,"items":{"description":"A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces\\n\\nCODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002","type":"string","pattern":"^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$","examples":["@acme/rd-center-leads"]},"examples":[["@acme/rd-center-leads"]]},"members":{"title":"Explicit members \xB7 \u6210\u5458\u8D26\u53F7","description":"GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.\\n\\n\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002","type":"array","items":{"description":"A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail\\n\\nGitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002","type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$","examples":["han-meimei"]},"examples":[["li-lei"]]}}}}}`);
registerValidator(schema.$id, () => {
  let module2 = { exports: {} };
  module2.exports = validate0, module2.exports.default = validate0;
  let schema0 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://upgrade-gate.dev/schemas/config.schema.json", title: "upgrade-gate policy configuration \xB7 \u7B56\u7565\u914D\u7F6E", description: `The policy that upgrade-gate enforces, read from .github/upgrade-gate.yml on the base branch. Every key has a default except roles.

upgrade-gate \u6267\u884C\u7684\u7B56\u7565\uFF0C\u4ECE\u57FA\u7840\u5206\u652F\u7684 .github/upgrade-gate.yml \u8BFB\u53D6\u3002\u9664 roles \u5916\u6BCF\u9879\u90FD\u6709\u9ED8\u8BA4\u503C\u3002`, type: "object", additionalProperties: !1, properties: { documents: { title: "Document glob \xB7 \u6587\u6863\u8DEF\u5F84", description: `Glob (relative to the repository root) of the upgrade documents. Default: upgrades/**/*.{yaml,yml}.

\u5347\u7EA7\u6587\u6863\u7684 glob\uFF08\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002\u9ED8\u8BA4\uFF1Aupgrades/**/*.{yaml,yml}\u3002`, type: "string", minLength: 1, default: "upgrades/**/*.{yaml,yml}" }, "time-zone": { title: "Policy time zone \xB7 \u7B56\u7565\u65F6\u533A", description: `Canonical IANA time zone (Area/City) in which weekdays, windows and freezes are read. Default: Asia/Shanghai. Abbreviations and old aliases (CST, EST, IST, PRC, UTC+8, Asia/Chongqing) are refused with the name meant.

\u5224\u65AD\u661F\u671F\u3001\u5347\u7EA7\u65F6\u95F4\u548C\u5C01\u7248\u671F\u6240\u7528\u7684 IANA \u65F6\u533A\uFF08\u5730\u533A/\u57CE\u5E02\uFF09\u3002\u9ED8\u8BA4\uFF1AAsia/Shanghai\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002CST\u3001EST\u3001IST\u3001PRC\u3001UTC+8\u3001Asia/Chongqing \u7B49\u7F29\u5199\u548C\u65E7\u540D\u4F1A\u88AB\u62D2\u7EDD\uFF0C\u5E76\u63D0\u793A\u5E94\u5199\u7684\u540D\u79F0\u3002`, type: "string", minLength: 1, default: "Asia/Shanghai", examples: ["Asia/Shanghai", "Europe/Berlin"] }, "merge-days": { title: "Production merge days \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5", description: `Weekdays on which production upgrades may merge and run. Default: thursday.

\u5141\u8BB8\u5408\u5E76\u5E76\u6267\u884C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Athursday\uFF08\u5468\u56DB\uFF09\u3002`, type: "array", minItems: 1, uniqueItems: !0, items: { $ref: "#/$defs/weekday" }, default: ["thursday"] }, "gray-test-day": { title: "Gray test day \xB7 \u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u65E5", description: `Weekday on which the gray environment test is done as a rule. Default: tuesday.

\u539F\u5219\u4E0A\u8FDB\u884C\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Atuesday\uFF08\u5468\u4E8C\uFF09\u3002`, $ref: "#/$defs/weekday", default: "tuesday" }, "notice-hours": { title: "Notice lead time \xB7 \u901A\u77E5\u63D0\u524D\u91CF", description: `Hours between the all-staff notice and the window start, at least. Default: 12 (half a day).

\u5168\u5458\u901A\u77E5\u81F3\u5C11\u8981\u6BD4\u5347\u7EA7\u5F00\u59CB\u63D0\u524D\u591A\u5C11\u5C0F\u65F6\u3002\u9ED8\u8BA4\uFF1A12\uFF08\u534A\u5929\uFF09\u3002`, type: "number", minimum: 0, maximum: 720, default: 12 }, "merge-window": { title: "Merge tied to the document's window \xB7 \u5408\u5E76\u4E0E\u5347\u7EA7\u7A97\u53E3\u7ED1\u5B9A", description: `Under GitOps the merge is the deploy. day (default): a production upgrade merges on the local day (policy time zone) its window starts and not after window.end, so a window across midnight stays open past it; window: only between window.start and window.end; off: only the merge days and freezes apply. Several documents in one pull request need an instant all their windows allow. true and false are the older spellings of window and off.

GitOps \u4E0B\u5408\u5E76\u5373\u4E0A\u7EBF\u3002day\uFF08\u9ED8\u8BA4\uFF09\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u53EA\u80FD\u5728\u5176\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u7684\u5F53\u5929\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5408\u5E76\uFF0C\u4E14\u4E0D\u665A\u4E8E window.end\uFF0C\u8DE8\u5348\u591C\u7684\u7A97\u53E3\u5728\u96F6\u70B9\u4E4B\u540E\u4ECD\u7136\u6709\u6548\uFF1Bwindow\uFF1A\u53EA\u80FD\u5728 window.start \u4E0E window.end \u4E4B\u95F4\u5408\u5E76\uFF1Boff\uFF1A\u53EA\u6309\u5347\u7EA7\u65E5\u548C\u5C01\u7248\u671F\u5224\u65AD\u3002\u4E00\u4E2A PR \u542B\u591A\u4EFD\u6587\u6863\u65F6\uFF0C\u5408\u5E76\u65F6\u523B\u987B\u540C\u65F6\u843D\u5728\u6240\u6709\u6587\u6863\u5141\u8BB8\u7684\u65F6\u95F4\u5185\u3002true \u548C false \u662F window \u548C off \u7684\u65E7\u5199\u6CD5\u3002`, enum: ["day", "window", "off", !0, !1], default: "day" }, freezes: { title: "Freeze periods \xB7 \u5C01\u7248\u671F", description: `Periods in which no regular production upgrade merges, e.g. national holidays: inclusive dates in the policy time zone, or exact times (RFC 3339, or local times in the policy zone).

\u4E0D\u5408\u5E76\u5E38\u89C4\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\uFF0C\u5982\u56FD\u5E86\u3001\u6625\u8282\uFF1A\u5199\u65E5\u671F\uFF08\u542B\u9996\u5C3E\u4E24\u5929\uFF0C\u6309\u7B56\u7565\u65F6\u533A\uFF09\u6216\u7CBE\u786E\u65F6\u95F4\uFF08RFC 3339\uFF0C\u6216\u7B56\u7565\u65F6\u533A\u7684\u672C\u5730\u65F6\u95F4\uFF09\u3002`, type: "array", default: [], items: { type: "object", additionalProperties: !1, required: ["name", "from", "to"], properties: { name: { title: "Name \xB7 \u540D\u79F0", description: `What the freeze is for.

\u5C01\u7248\u7684\u539F\u56E0\u3002`, type: "string", minLength: 1, examples: ["National Day"] }, from: { title: "First day \xB7 \u5F00\u59CB", description: `First frozen day, e.g. 2026-10-01 (from 00:00 in the policy time zone), or the moment the freeze starts, e.g. 2026-09-30T18:00.

\u5C01\u7248\u7B2C\u4E00\u5929\uFF0C\u5982 2026-10-01\uFF08\u7B56\u7565\u65F6\u533A 00:00 \u8D77\uFF09\uFF0C\u6216\u5C01\u7248\u5F00\u59CB\u7684\u65F6\u523B\uFF0C\u5982 2026-09-30T18:00\u3002`, type: "string", format: "date-or-local-date-time", examples: ["2026-10-01", "2026-09-30T18:00"] }, to: { title: "Last day \xB7 \u7ED3\u675F", description: `Last frozen day (inclusive), e.g. 2026-10-07, or the moment the freeze ends, e.g. 2026-10-08T09:00.

\u5C01\u7248\u6700\u540E\u4E00\u5929\uFF08\u542B\u5F53\u5929\uFF09\uFF0C\u5982 2026-10-07\uFF0C\u6216\u5C01\u7248\u7ED3\u675F\u7684\u65F6\u523B\uFF0C\u5982 2026-10-08T09:00\u3002`, type: "string", format: "date-or-local-date-time", examples: ["2026-10-07", "2026-10-08T09:00"] } } } }, roles: { title: "Approval roles \xB7 \u5BA1\u6279\u89D2\u8272", description: `The roles whose approval a production upgrade needs, in the order the approval form lists them. The measures (4.3) name two: center-lead (the R&D center lead) and general-office (the General Manager's Office). Any other role id needs a title in English and Chinese. For each upgrade document, every role is signed by a code owner of that document's path in the base branch's CODEOWNERS, through an owner entry listed under the role's owners.

\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9700\u8981\u5176\u5BA1\u6279\u7684\u89D2\u8272\uFF0C\u6309\u5BA1\u6279\u5355\u4E0A\u7684\u987A\u5E8F\u6392\u5217\u3002\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3 \u89C4\u5B9A\u4E24\u4E2A\uFF1Acenter-lead\uFF08\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\uFF09\u548C general-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF09\uFF1B\u5176\u4ED6\u89D2\u8272\u987B\u5199\u660E\u4E2D\u82F1\u6587\u540D\u79F0\u3002\u6BCF\u4EFD\u5347\u7EA7\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\uFF0C\u90FD\u987B\u7531\u57FA\u7840\u5206\u652F CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF0C\u901A\u8FC7\u8BE5\u89D2\u8272 owners \u4E2D\u5217\u51FA\u7684\u6761\u76EE\u5BA1\u6279\u3002`, type: "object", minProperties: 1, propertyNames: { description: `A role id: lower-case letters, digits and dashes, starting with a letter

\u89D2\u8272 id\uFF1A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934`, pattern: "^[a-z][a-z0-9-]{0,39}$" }, additionalProperties: { $ref: "#/$defs/role" }, examples: [{ "center-lead": { owners: ["@acme/rd-center-leads"] }, "general-office": { owners: ["@acme/gm-office"] } }] }, "stale-exempt": { title: "Changes that leave approvals standing \xB7 \u4E0D\u5F71\u54CD\u5BA1\u6279\u7684\u53D8\u66F4", description: `Globs of paths whose change after an approval does not make it stale. Default: none: any change to the pull request's files (documents, manifests such as deploy/**/values.yaml, anything) voids the approvals of earlier commits.

\u5BA1\u6279\u4E4B\u540E\u4FEE\u6539\u4E5F\u4E0D\u4F1A\u8BA9\u5BA1\u6279\u5931\u6548\u7684\u8DEF\u5F84\uFF08glob\uFF09\u3002\u9ED8\u8BA4\uFF1A\u65E0\uFF0C\u5373\u5BA1\u6279\u4E4B\u540E PR \u4E2D\u4EFB\u4F55\u6587\u4EF6\u7684\u53D8\u66F4\uFF08\u6587\u6863\u3001deploy/**/values.yaml \u4E4B\u7C7B\u7684\u6E05\u5355\u3001\u4EFB\u4F55\u6587\u4EF6\uFF09\u90FD\u4F1A\u8BA9\u4E4B\u524D\u63D0\u4EA4\u4E0A\u7684\u5BA1\u6279\u5931\u6548\u3002`, type: "array", default: [], items: { type: "string", minLength: 1 }, examples: [["docs/**/*.md"]] }, teams: { title: "Team members \xB7 \u56E2\u961F\u6210\u5458", description: `Members of CODEOWNERS teams, for a token that cannot read teams (the workflow's GITHUB_TOKEN): each team as written in CODEOWNERS (@org/team-slug), with the GitHub logins of its members. A listed team is never looked up through the API; a team of a role that is neither listed here nor readable by the token is a configuration error.

CODEOWNERS \u56E2\u961F\u7684\u6210\u5458\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\uFF08\u5DE5\u4F5C\u6D41\u81EA\u5E26\u7684 GITHUB_TOKEN\uFF09\u4F7F\u7528\uFF1A\u6309 CODEOWNERS \u4E2D\u7684\u5199\u6CD5\uFF08@org/team-slug\uFF09\u5217\u51FA\u6BCF\u4E2A\u56E2\u961F\u53CA\u5176\u6210\u5458\u7684 GitHub \u8D26\u53F7\u3002\u5217\u51FA\u7684\u56E2\u961F\u4E0D\u518D\u901A\u8FC7 API \u67E5\u8BE2\uFF1B\u65E2\u672A\u5217\u51FA\u3001\u4EE4\u724C\u4E5F\u65E0\u6CD5\u8BFB\u53D6\u7684\u89D2\u8272\u56E2\u961F\u662F\u914D\u7F6E\u9519\u8BEF\u3002`, type: "object", default: {}, propertyNames: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, additionalProperties: { type: "array", items: { description: `A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail

GitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002`, type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" } }, examples: [{ "@acme/finance-center-lead": ["wang-finance"], "@acme/sales-center-lead": ["zhao-sales"] }] }, "policy-owner": { title: "Owner of the policy files \xB7 \u7B56\u7565\u6587\u4EF6\u8D1F\u8D23\u89D2\u8272", description: `The role (an id under roles) whose approval a pull request needs when it changes a policy file: this configuration, CODEOWNERS, the workflows under .github/workflows/ and the paths under policy-files. The approval counts as the upgrade approvals do: a member of one of the role's owner entries, not the author or a committer of the pull request, on the exact change, before the merge. Default: general-office (the General Manager's Office, which issues the measures).

\u4FEE\u6539\u7B56\u7565\u6587\u4EF6\u7684 PR \u9700\u8981\u5176\u6279\u51C6\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\u3002\u7B56\u7565\u6587\u4EF6\u5305\u62EC\uFF1A\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS\u3001.github/workflows/ \u4E0B\u7684\u5DE5\u4F5C\u6D41\uFF0C\u4EE5\u53CA policy-files \u4E2D\u5217\u51FA\u7684\u8DEF\u5F84\u3002\u6279\u51C6\u7684\u8BA1\u7B97\u65B9\u5F0F\u4E0E\u5347\u7EA7\u5BA1\u6279\u76F8\u540C\uFF1A\u987B\u662F\u8BE5\u89D2\u8272\u67D0\u4E2A\u6240\u6709\u8005\u6761\u76EE\u7684\u6210\u5458\uFF0C\u4E0D\u80FD\u662F PR \u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF0C\u6279\u51C6\u7684\u987B\u662F\u5F53\u524D\u8FD9\u6B21\u53D8\u66F4\uFF0C\u4E14\u5728\u5408\u5E76\u4E4B\u524D\u3002\u9ED8\u8BA4\uFF1Ageneral-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u5236\u8BA2\u90E8\u95E8\uFF09\u3002`, type: "string", pattern: "^[a-z][a-z0-9-]*$", default: "general-office", examples: ["general-office"] }, "policy-files": { title: "More policy files \xB7 \u5176\u4ED6\u7B56\u7565\u6587\u4EF6", description: `Globs of further paths that are policy files (on top of this configuration, CODEOWNERS and .github/workflows/**): a pull request that changes one needs the approval of the policy-owner role. Default: none.

\u9664\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS \u548C .github/workflows/** \u4E4B\u5916\uFF0C\u4E5F\u7B97\u4F5C\u7B56\u7565\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF1A\u4FEE\u6539\u8FD9\u4E9B\u6587\u4EF6\u7684 PR \u9700\u8981 policy-owner \u89D2\u8272\u6279\u51C6\u3002\u9ED8\u8BA4\uFF1A\u65E0\u3002`, type: "array", default: [], items: { type: "string", minLength: 1 }, examples: [["deploy/production/policy/**"]] }, "allow-same-approver-for-roles": { title: "One person may sign for several roles \xB7 \u4E00\u4EBA\u53EF\u517C\u4EFB\u591A\u4E2A\u5BA1\u6279\u89D2\u8272", description: `When true, one approval may satisfy several roles. Default: false (the seed needs two signatures).

\u4E3A true \u65F6\uFF0C\u4E00\u4E2A\u4EBA\u7684\u6279\u51C6\u53EF\u4EE5\u540C\u65F6\u6EE1\u8DB3\u591A\u4E2A\u89D2\u8272\u3002\u9ED8\u8BA4\uFF1Afalse\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u8981\u6C42\u4E24\u4E2A\u4EBA\u7B7E\u5B57\uFF09\u3002`, type: "boolean", default: !1 }, emergency: { title: "Emergency upgrades \xB7 \u7D27\u6025\u5347\u7EA7", description: `The label that marks an emergency upgrade PR and how many emergencies a calendar month may have.

\u6807\u8BB0\u7D27\u6025\u5347\u7EA7 PR \u7684\u6807\u7B7E\uFF0C\u4EE5\u53CA\u6BCF\u4E2A\u81EA\u7136\u6708\u5141\u8BB8\u51E0\u6B21\u7D27\u6025\u5347\u7EA7\u3002`, type: "object", additionalProperties: !1, default: {}, properties: { label: { title: "Label \xB7 \u6807\u7B7E", description: `PR label that asks for the emergency bypass of the day rule. Default: emergency.

\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u3001\u4E0D\u53D7\u5347\u7EA7\u65E5\u9650\u5236\u7684 PR \u6807\u7B7E\u3002\u9ED8\u8BA4\uFF1Aemergency\u3002`, type: "string", minLength: 1, default: "emergency" }, "monthly-budget": { title: "Monthly budget \xB7 \u6BCF\u6708\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u4E0A\u9650", description: `Emergency upgrades allowed per calendar month (policy time zone). Default: 2.

\u6BCF\u4E2A\u81EA\u7136\u6708\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5141\u8BB8\u7684\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u3002\u9ED8\u8BA4\uFF1A2\u3002`, type: "integer", minimum: 0, default: 2 }, "budget-severity": { title: "Budget severity \xB7 \u8D85\u51FA\u4E0A\u9650\u7684\u7EA7\u522B", description: `error or warning when the budget is exceeded. Default: error.

\u8D85\u51FA\u6BCF\u6708\u4E0A\u9650\u65F6\u6309 error\uFF08\u9519\u8BEF\uFF09\u8FD8\u662F warning\uFF08\u8B66\u544A\uFF09\u5904\u7406\u3002\u9ED8\u8BA4\uFF1Aerror\u3002`, enum: ["error", "warning"], default: "error" }, "min-justification-length": { title: "Minimum justification length \xB7 \u7406\u7531\u6700\u77ED\u957F\u5EA6", description: `Characters the justification needs at least (a CJK character counts as two). Default: 30.

\u7D27\u6025\u5347\u7EA7\u7406\u7531\u81F3\u5C11\u8981\u6709\u591A\u5C11\u4E2A\u5B57\u7B26\uFF08\u4E00\u4E2A\u6C49\u5B57\u7B97\u4E24\u4E2A\u5B57\u7B26\uFF09\u3002\u9ED8\u8BA4\uFF1A30\u3002`, type: "integer", minimum: 1, default: 30 }, "applied-by": { title: "Who may apply the label \xB7 \u53EF\u6DFB\u52A0\u6807\u7B7E\u7684\u89D2\u8272", description: `The roles (ids under roles) whose members may apply the emergency label; who applied it is read from the pull request's events at evaluation time, and the PR author never counts. Default: [general-office] (the General Manager's Office, measures 4.3).

\u5176\u6210\u5458\u53EF\u4EE5\u6DFB\u52A0\u7D27\u6025\u5347\u7EA7\u6807\u7B7E\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\uFF1B\u68C0\u67E5\u65F6\u4ECE PR \u7684\u4E8B\u4EF6\u4E2D\u8BFB\u53D6\u662F\u8C01\u6DFB\u52A0\u7684\u6807\u7B7E\uFF0CPR \u4F5C\u8005\u672C\u4EBA\u6DFB\u52A0\u7684\u4E00\u5F8B\u65E0\u6548\u3002\u9ED8\u8BA4\uFF1A[general-office]\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\u3002`, type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^[a-z][a-z0-9-]{0,39}$" }, default: ["general-office"] } } }, archive: { title: "Archive \xB7 \u5347\u7EA7\u6863\u6848", description: `Where merged upgrades are recorded for audit.

\u5408\u5E76\u540E\u7684\u5347\u7EA7\u8BB0\u5F55\u5B58\u653E\u5728\u54EA\u91CC\uFF0C\u4EE5\u5907\u5BA1\u8BA1\u548C\u68C0\u67E5\u3002`, type: "object", additionalProperties: !1, default: {}, properties: { folder: { title: "Folder \xB7 \u76EE\u5F55", description: `Folder of the archive records. Default: archive.

\u5347\u7EA7\u6863\u6848\u8BB0\u5F55\u6240\u5728\u7684\u76EE\u5F55\u3002\u9ED8\u8BA4\uFF1Aarchive\u3002`, type: "string", minLength: 1, default: "archive" }, branch: { title: "Branch \xB7 \u5206\u652F", description: `Branch the records are committed to. Default: the PR's base branch.

\u5347\u7EA7\u6863\u6848\u63D0\u4EA4\u5230\u54EA\u4E2A\u5206\u652F\u3002\u9ED8\u8BA4\uFF1APR \u7684\u57FA\u7840\u5206\u652F\u3002`, type: "string", minLength: 1 }, writer: { title: "Writer \xB7 \u5199\u5165\u8005", description: `The GitHub login that commits the archive: github-actions[bot] with GITHUB_TOKEN (default), or your App's bot (my-app[bot]) with an App installation token. verify fails for any commit in the archive's history by anyone else.

\u63D0\u4EA4\u5347\u7EA7\u6863\u6848\u7684 GitHub \u8D26\u53F7\uFF1A\u4F7F\u7528 GITHUB_TOKEN \u65F6\u4E3A github-actions[bot]\uFF08\u9ED8\u8BA4\uFF09\uFF0C\u4F7F\u7528 App \u5B89\u88C5\u4EE4\u724C\u65F6\u4E3A\u8BE5 App \u7684\u673A\u5668\u4EBA\u8D26\u53F7\uFF08my-app[bot]\uFF09\u3002\u6863\u6848\u5386\u53F2\u4E2D\u4EFB\u4F55\u5176\u4ED6\u4EBA\u7684\u63D0\u4EA4\u90FD\u4F1A\u4F7F verify \u5931\u8D25\u3002`, type: "string", minLength: 1, maxLength: 100, default: "github-actions[bot]" }, "backfill-days": { title: "Backfill look-back (days) \xB7 \u8865\u5F55\u56DE\u6EAF\u5929\u6570", description: `How far back the scheduled run looks for merged upgrade PRs without a record; it archives them as backfilled, in merge order. Default: 90.

\u5B9A\u65F6\u8FD0\u884C\u5411\u524D\u67E5\u627E\u591A\u5C11\u5929\u5185\u5DF2\u5408\u5E76\u4F46\u6CA1\u6709\u6863\u6848\u8BB0\u5F55\u7684\u5347\u7EA7 PR\uFF0C\u5E76\u6309\u5408\u5E76\u987A\u5E8F\u8865\u5F55\uFF08\u6807\u8BB0\u4E3A backfilled\uFF09\u3002\u9ED8\u8BA4\uFF1A90\u3002`, type: "integer", minimum: 1, maximum: 3650, default: 90 } } }, outcome: { title: "Upgrade outcomes \xB7 \u5347\u7EA7\u7ED3\u679C", description: `When a merged upgrade without a recorded outcome (/upgrade-result on the PR, measures 4.6) is reported as pending, and when it becomes an audit finding.

\u5408\u5E76\u540E\u7684\u5347\u7EA7\u672A\u8BB0\u5F55\u7ED3\u679C\uFF08\u5728 PR \u4E0A\u8BC4\u8BBA /upgrade-result\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u65F6\uFF0C\u4F55\u65F6\u5217\u4E3A\u5F85\u8BB0\u5F55\uFF0C\u4F55\u65F6\u6210\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002`, type: "object", additionalProperties: !1, default: {}, properties: { "pending-hours": { title: "Pending after hours \xB7 \u5F85\u8BB0\u5F55\u65F6\u9650\uFF08\u5C0F\u65F6\uFF09", description: `Hours after the merge after which scheduled runs and report list an upgrade without an outcome as pending. Default: 24.

\u5408\u5E76\u540E\u8D85\u8FC7\u591A\u5C11\u5C0F\u65F6\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0C\u5B9A\u65F6\u8FD0\u884C\u548C report \u4F1A\u628A\u5B83\u5217\u4E3A\u5F85\u8BB0\u5F55\u3002\u9ED8\u8BA4\uFF1A24\u3002`, type: "number", exclusiveMinimum: 0, default: 24 }, "overdue-days": { title: "Audit finding after days \xB7 \u5BA1\u8BA1\u95EE\u9898\u65F6\u9650\uFF08\u5929\uFF09", description: `Days after the window's end after which a missing outcome is an audit finding in report. Default: 7.

\u5347\u7EA7\u65F6\u95F4\u7ED3\u675F\u540E\u8D85\u8FC7\u591A\u5C11\u5929\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0Creport \u4F1A\u5217\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002\u9ED8\u8BA4\uFF1A7\u3002`, type: "number", exclusiveMinimum: 0, default: 7 } } }, "status-context": { title: "Status context \xB7 \u72B6\u6001\u540D\u79F0", description: `Context name of the commit status that branch protection requires. Default: upgrade-gate.

\u5206\u652F\u4FDD\u62A4\u8981\u6C42\u7684\u63D0\u4EA4\u72B6\u6001\uFF08commit status\uFF09\u7684\u540D\u79F0\u3002\u9ED8\u8BA4\uFF1Aupgrade-gate\u3002`, type: "string", minLength: 1, default: "upgrade-gate" }, language: { title: "Language of messages \xB7 \u63D0\u793A\u8BED\u8A00", description: `Language of every message upgrade-gate writes: findings, status, comment, job summary and log. en or zh-CN. The Action input language and the CLI option --lang override it. Default: en.

upgrade-gate \u6240\u5199\u5185\u5BB9\u7684\u8BED\u8A00\uFF1A\u95EE\u9898\u3001\u72B6\u6001\u3001\u8BC4\u8BBA\u3001\u4EFB\u52A1\u6458\u8981\u548C\u65E5\u5FD7\u3002en\uFF08\u82F1\u6587\uFF0CEnglish\uFF09\u6216 zh-CN\uFF08\u4E2D\u6587\uFF0C\u7B80\u4F53\u4E2D\u6587\uFF09\u3002Action \u7684 language \u8F93\u5165\u548C CLI \u7684 --lang \u9009\u9879\u4F18\u5148\u4E8E\u6B64\u5904\u3002\u9ED8\u8BA4\uFF1Aen\u3002`, enum: ["en", "zh-CN"], default: "en" }, rules: { title: "Rule severities \xB7 \u89C4\u5219\u7EA7\u522B", description: `Override the severity of a rule by its id: error, warning, notice or off.

\u6309\u89C4\u5219\u7F16\u53F7\u8C03\u6574\u7EA7\u522B\uFF1Aerror\u3001warning\u3001notice \u6216 off\u3002`, type: "object", default: {}, propertyNames: { pattern: "^[a-z-]+(\\.[a-z-]+)*$" }, additionalProperties: { enum: ["error", "warning", "notice", "off"] } } }, $defs: { weekday: { description: `A day of the week, in English.

\u661F\u671F\uFF0C\u5199\u82F1\u6587\uFF1Amonday\uFF08\u5468\u4E00\uFF09\u3001tuesday\uFF08\u5468\u4E8C\uFF09\u3001wednesday\uFF08\u5468\u4E09\uFF09\u3001thursday\uFF08\u5468\u56DB\uFF09\u3001friday\uFF08\u5468\u4E94\uFF09\u3001saturday\uFF08\u5468\u516D\uFF09\u6216 sunday\uFF08\u5468\u65E5\uFF09\u3002`, enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, role: { type: "object", additionalProperties: !1, required: ["owners"], properties: { title: { title: "Title \xB7 \u540D\u79F0", description: `The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.

\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002`, type: "object", additionalProperties: !1, properties: { en: { description: `The role's name in English.

\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["R&D center lead"] }, zh: { description: `The role's name in Chinese.

\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"] } } }, owners: { title: "CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005", description: `Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.

\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002`, type: "array", minItems: 1, items: { description: `A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces

CODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002`, type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", examples: ["@acme/rd-center-leads"] }, examples: [["@acme/rd-center-leads"]] }, members: { title: "Explicit members \xB7 \u6210\u5458\u8D26\u53F7", description: `GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.

\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002`, type: "array", items: { description: `A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail

GitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002`, type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", examples: ["han-meimei"] }, examples: [["li-lei"]] } } } } }, schema1 = { description: `A day of the week, in English.

\u661F\u671F\uFF0C\u5199\u82F1\u6587\uFF1Amonday\uFF08\u5468\u4E00\uFF09\u3001tuesday\uFF08\u5468\u4E8C\uFF09\u3001wednesday\uFF08\u5468\u4E09\uFF09\u3001thursday\uFF08\u5468\u56DB\uFF09\u3001friday\uFF08\u5468\u4E94\uFF09\u3001saturday\uFF08\u5468\u516D\uFF09\u6216 sunday\uFF08\u5468\u65E5\uFF09\u3002`, enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, schema3 = { type: "object", additionalProperties: !1, required: ["owners"], properties: { title: { title: "Title \xB7 \u540D\u79F0", description: `The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.

\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002`, type: "object", additionalProperties: !1, properties: { en: { description: `The role's name in English.

\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["R&D center lead"] }, zh: { description: `The role's name in Chinese.

\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"] } } }, owners: { title: "CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005", description: `Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.

\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002`, type: "array", minItems: 1, items: { description: `A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces

CODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002`, type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", examples: ["@acme/rd-center-leads"] }, examples: [["@acme/rd-center-leads"]] }, members: { title: "Explicit members \xB7 \u6210\u5458\u8D26\u53F7", description: `GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.

\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002`, type: "array", items: { description: `A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail

GitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002`, type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", examples: ["han-meimei"] }, examples: [["li-lei"]] } } }, func0 = Object.prototype.hasOwnProperty, func1 = ucs2length, func3 = require_equal().default, formats0 = schemaFormats["date-or-local-date-time"], pattern0 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u"), pattern1 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", "u"), pattern2 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u"), pattern3 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", "u"), pattern5 = new RegExp("^[a-z][a-z0-9-]*$", "u"), pattern7 = new RegExp("^[a-z-]+(\\.[a-z-]+)*$", "u");
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null, errors = 0, evaluated0 = validate0.evaluated;
    if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
      for (let key0 in data)
        if (!func0.call(schema0.properties, key0)) {
          let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0, data };
          vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
        }
      if (data.documents !== void 0) {
        let data0 = data.documents;
        if (typeof data0 == "string") {
          if (func1(data0) < 1) {
            let err1 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.documents, data: data0 };
            vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
          }
        } else {
          let err2 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.documents.type, parentSchema: schema0.properties.documents, data: data0 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      }
      if (data["time-zone"] !== void 0) {
        let data1 = data["time-zone"];
        if (typeof data1 == "string") {
          if (func1(data1) < 1) {
            let err3 = { instancePath: instancePath + "/time-zone", schemaPath: "#/properties/time-zone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties["time-zone"], data: data1 };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
          }
        } else {
          let err4 = { instancePath: instancePath + "/time-zone", schemaPath: "#/properties/time-zone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties["time-zone"].type, parentSchema: schema0.properties["time-zone"], data: data1 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      }
      if (data["merge-days"] !== void 0) {
        let data2 = data["merge-days"];
        if (Array.isArray(data2)) {
          if (data2.length < 1) {
            let err5 = { instancePath: instancePath + "/merge-days", schemaPath: "#/properties/merge-days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties["merge-days"], data: data2 };
            vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
          }
          let len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (!(data3 === "monday" || data3 === "tuesday" || data3 === "wednesday" || data3 === "thursday" || data3 === "friday" || data3 === "saturday" || data3 === "sunday")) {
              let err6 = { instancePath: instancePath + "/merge-days/" + i0, schemaPath: "#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema1.enum }, message: "must be equal to one of the allowed values", schema: schema1.enum, parentSchema: schema1, data: data3 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
          }
          let i1 = data2.length, j0;
          if (i1 > 1) {
            outer0: for (; i1--; )
              for (j0 = i1; j0--; )
                if (func3(data2[i1], data2[j0])) {
                  let err7 = { instancePath: instancePath + "/merge-days", schemaPath: "#/properties/merge-days/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema0.properties["merge-days"], data: data2 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                  break outer0;
                }
          }
        } else {
          let err8 = { instancePath: instancePath + "/merge-days", schemaPath: "#/properties/merge-days/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties["merge-days"].type, parentSchema: schema0.properties["merge-days"], data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      }
      if (data["gray-test-day"] !== void 0) {
        let data4 = data["gray-test-day"];
        if (!(data4 === "monday" || data4 === "tuesday" || data4 === "wednesday" || data4 === "thursday" || data4 === "friday" || data4 === "saturday" || data4 === "sunday")) {
          let err9 = { instancePath: instancePath + "/gray-test-day", schemaPath: "#/$defs/weekday/enum", keyword: "enum", params: { allowedValues: schema1.enum }, message: "must be equal to one of the allowed values", schema: schema1.enum, parentSchema: schema1, data: data4 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      }
      if (data["notice-hours"] !== void 0) {
        let data5 = data["notice-hours"];
        if (typeof data5 == "number" && isFinite(data5)) {
          if (data5 > 720 || isNaN(data5)) {
            let err10 = { instancePath: instancePath + "/notice-hours", schemaPath: "#/properties/notice-hours/maximum", keyword: "maximum", params: { comparison: "<=", limit: 720 }, message: "must be <= 720", schema: 720, parentSchema: schema0.properties["notice-hours"], data: data5 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
          if (data5 < 0 || isNaN(data5)) {
            let err11 = { instancePath: instancePath + "/notice-hours", schemaPath: "#/properties/notice-hours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties["notice-hours"], data: data5 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        } else {
          let err12 = { instancePath: instancePath + "/notice-hours", schemaPath: "#/properties/notice-hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties["notice-hours"].type, parentSchema: schema0.properties["notice-hours"], data: data5 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
      }
      if (data["merge-window"] !== void 0) {
        let data6 = data["merge-window"];
        if (!(data6 === "day" || data6 === "window" || data6 === "off" || data6 === !0 || data6 === !1)) {
          let err13 = { instancePath: instancePath + "/merge-window", schemaPath: "#/properties/merge-window/enum", keyword: "enum", params: { allowedValues: schema0.properties["merge-window"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties["merge-window"].enum, parentSchema: schema0.properties["merge-window"], data: data6 };
          vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
        }
      }
      if (data.freezes !== void 0) {
        let data7 = data.freezes;
        if (Array.isArray(data7)) {
          let len1 = data7.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data8 = data7[i2];
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              if (data8.name === void 0) {
                let err14 = { instancePath: instancePath + "/freezes/" + i2, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.freezes.items.required, parentSchema: schema0.properties.freezes.items, data: data8 };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
              if (data8.from === void 0) {
                let err15 = { instancePath: instancePath + "/freezes/" + i2, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema0.properties.freezes.items.required, parentSchema: schema0.properties.freezes.items, data: data8 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
              if (data8.to === void 0) {
                let err16 = { instancePath: instancePath + "/freezes/" + i2, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema0.properties.freezes.items.required, parentSchema: schema0.properties.freezes.items, data: data8 };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
              for (let key1 in data8)
                if (!(key1 === "name" || key1 === "from" || key1 === "to")) {
                  let err17 = { instancePath: instancePath + "/freezes/" + i2, schemaPath: "#/properties/freezes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.freezes.items, data: data8 };
                  vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                }
              if (data8.name !== void 0) {
                let data9 = data8.name;
                if (typeof data9 == "string") {
                  if (func1(data9) < 1) {
                    let err18 = { instancePath: instancePath + "/freezes/" + i2 + "/name", schemaPath: "#/properties/freezes/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.freezes.items.properties.name, data: data9 };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                  }
                } else {
                  let err19 = { instancePath: instancePath + "/freezes/" + i2 + "/name", schemaPath: "#/properties/freezes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.freezes.items.properties.name.type, parentSchema: schema0.properties.freezes.items.properties.name, data: data9 };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              }
              if (data8.from !== void 0) {
                let data10 = data8.from;
                if (typeof data10 == "string") {
                  if (!formats0.validate(data10)) {
                    let err20 = { instancePath: instancePath + "/freezes/" + i2 + "/from", schemaPath: "#/properties/freezes/items/properties/from/format", keyword: "format", params: { format: "date-or-local-date-time" }, message: 'must match format "date-or-local-date-time"', schema: "date-or-local-date-time", parentSchema: schema0.properties.freezes.items.properties.from, data: data10 };
                    vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                  }
                } else {
                  let err21 = { instancePath: instancePath + "/freezes/" + i2 + "/from", schemaPath: "#/properties/freezes/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.freezes.items.properties.from.type, parentSchema: schema0.properties.freezes.items.properties.from, data: data10 };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
              }
              if (data8.to !== void 0) {
                let data11 = data8.to;
                if (typeof data11 == "string") {
                  if (!formats0.validate(data11)) {
                    let err22 = { instancePath: instancePath + "/freezes/" + i2 + "/to", schemaPath: "#/properties/freezes/items/properties/to/format", keyword: "format", params: { format: "date-or-local-date-time" }, message: 'must match format "date-or-local-date-time"', schema: "date-or-local-date-time", parentSchema: schema0.properties.freezes.items.properties.to, data: data11 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                } else {
                  let err23 = { instancePath: instancePath + "/freezes/" + i2 + "/to", schemaPath: "#/properties/freezes/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.freezes.items.properties.to.type, parentSchema: schema0.properties.freezes.items.properties.to, data: data11 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
              }
            } else {
              let err24 = { instancePath: instancePath + "/freezes/" + i2, schemaPath: "#/properties/freezes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.freezes.items.type, parentSchema: schema0.properties.freezes.items, data: data8 };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
          }
        } else {
          let err25 = { instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.freezes.type, parentSchema: schema0.properties.freezes, data: data7 };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
      }
      if (data.roles !== void 0) {
        let data12 = data.roles;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
          if (Object.keys(data12).length < 1) {
            let err26 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema0.properties.roles, data: data12 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
          for (let key2 in data12) {
            let _errs28 = errors;
            if (typeof key2 == "string" && !pattern0.test(key2)) {
              let err27 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,39}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,39}$"', schema: "^[a-z][a-z0-9-]{0,39}$", parentSchema: schema0.properties.roles.propertyNames, data: key2, propertyName: key2 };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
            var valid9 = _errs28 === errors;
            if (!valid9) {
              let err28 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema0.properties.roles.propertyNames, parentSchema: schema0.properties.roles, data: data12 };
              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
            }
          }
          for (let key3 in data12) {
            let data13 = data12[key3];
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              if (data13.owners === void 0) {
                let err29 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/role/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema3.required, parentSchema: schema3, data: data13 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
              for (let key4 in data13)
                if (!(key4 === "title" || key4 === "owners" || key4 === "members")) {
                  let err30 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/role/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema3, data: data13 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
              if (data13.title !== void 0) {
                let data14 = data13.title;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  for (let key5 in data14)
                    if (!(key5 === "en" || key5 === "zh")) {
                      let err31 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/$defs/role/properties/title/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema3.properties.title, data: data14 };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                  if (data14.en !== void 0) {
                    let data15 = data14.en;
                    if (typeof data15 == "string") {
                      if (func1(data15) < 1) {
                        let err32 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/en", schemaPath: "#/$defs/role/properties/title/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema3.properties.title.properties.en, data: data15 };
                        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                      }
                    } else {
                      let err33 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/en", schemaPath: "#/$defs/role/properties/title/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.title.properties.en.type, parentSchema: schema3.properties.title.properties.en, data: data15 };
                      vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                    }
                  }
                  if (data14.zh !== void 0) {
                    let data16 = data14.zh;
                    if (typeof data16 == "string") {
                      if (func1(data16) < 1) {
                        let err34 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/zh", schemaPath: "#/$defs/role/properties/title/properties/zh/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema3.properties.title.properties.zh, data: data16 };
                        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                      }
                    } else {
                      let err35 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/zh", schemaPath: "#/$defs/role/properties/title/properties/zh/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.title.properties.zh.type, parentSchema: schema3.properties.title.properties.zh, data: data16 };
                      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                    }
                  }
                } else {
                  let err36 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/$defs/role/properties/title/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.properties.title.type, parentSchema: schema3.properties.title, data: data14 };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
              }
              if (data13.owners !== void 0) {
                let data17 = data13.owners;
                if (Array.isArray(data17)) {
                  if (data17.length < 1) {
                    let err37 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners", schemaPath: "#/$defs/role/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema3.properties.owners, data: data17 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                  let len2 = data17.length;
                  for (let i3 = 0; i3 < len2; i3++) {
                    let data18 = data17[i3];
                    if (typeof data18 == "string") {
                      if (!pattern1.test(data18)) {
                        let err38 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i3, schemaPath: "#/$defs/role/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", parentSchema: schema3.properties.owners.items, data: data18 };
                        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                      }
                    } else {
                      let err39 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i3, schemaPath: "#/$defs/role/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.owners.items.type, parentSchema: schema3.properties.owners.items, data: data18 };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                  }
                } else {
                  let err40 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners", schemaPath: "#/$defs/role/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema3.properties.owners.type, parentSchema: schema3.properties.owners, data: data17 };
                  vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                }
              }
              if (data13.members !== void 0) {
                let data19 = data13.members;
                if (Array.isArray(data19)) {
                  let len3 = data19.length;
                  for (let i4 = 0; i4 < len3; i4++) {
                    let data20 = data19[i4];
                    if (typeof data20 == "string") {
                      if (!pattern2.test(data20)) {
                        let err41 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i4, schemaPath: "#/$defs/role/properties/members/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema3.properties.members.items, data: data20 };
                        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                      }
                    } else {
                      let err42 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i4, schemaPath: "#/$defs/role/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema3.properties.members.items.type, parentSchema: schema3.properties.members.items, data: data20 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                  }
                } else {
                  let err43 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/$defs/role/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema3.properties.members.type, parentSchema: schema3.properties.members, data: data19 };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
              }
            } else {
              let err44 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/role/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.type, parentSchema: schema3, data: data13 };
              vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
            }
          }
        } else {
          let err45 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.roles.type, parentSchema: schema0.properties.roles, data: data12 };
          vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
        }
      }
      if (data["stale-exempt"] !== void 0) {
        let data21 = data["stale-exempt"];
        if (Array.isArray(data21)) {
          let len4 = data21.length;
          for (let i5 = 0; i5 < len4; i5++) {
            let data22 = data21[i5];
            if (typeof data22 == "string") {
              if (func1(data22) < 1) {
                let err46 = { instancePath: instancePath + "/stale-exempt/" + i5, schemaPath: "#/properties/stale-exempt/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties["stale-exempt"].items, data: data22 };
                vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
              }
            } else {
              let err47 = { instancePath: instancePath + "/stale-exempt/" + i5, schemaPath: "#/properties/stale-exempt/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties["stale-exempt"].items.type, parentSchema: schema0.properties["stale-exempt"].items, data: data22 };
              vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
            }
          }
        } else {
          let err48 = { instancePath: instancePath + "/stale-exempt", schemaPath: "#/properties/stale-exempt/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties["stale-exempt"].type, parentSchema: schema0.properties["stale-exempt"], data: data21 };
          vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
        }
      }
      if (data.teams !== void 0) {
        let data23 = data.teams;
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
          for (let key6 in data23) {
            let _errs55 = errors;
            if (typeof key6 == "string" && !pattern3.test(key6)) {
              let err49 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", parentSchema: schema0.properties.teams.propertyNames, data: key6, propertyName: key6 };
              vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
            }
            var valid20 = _errs55 === errors;
            if (!valid20) {
              let err50 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema0.properties.teams.propertyNames, parentSchema: schema0.properties.teams, data: data23 };
              vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
            }
          }
          for (let key7 in data23) {
            let data24 = data23[key7];
            if (Array.isArray(data24)) {
              let len5 = data24.length;
              for (let i6 = 0; i6 < len5; i6++) {
                let data25 = data24[i6];
                if (typeof data25 == "string") {
                  if (!pattern2.test(data25)) {
                    let err51 = { instancePath: instancePath + "/teams/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/properties/teams/additionalProperties/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema0.properties.teams.additionalProperties.items, data: data25 };
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                } else {
                  let err52 = { instancePath: instancePath + "/teams/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i6, schemaPath: "#/properties/teams/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.teams.additionalProperties.items.type, parentSchema: schema0.properties.teams.additionalProperties.items, data: data25 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
              }
            } else {
              let err53 = { instancePath: instancePath + "/teams/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/teams/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.teams.additionalProperties.type, parentSchema: schema0.properties.teams.additionalProperties, data: data24 };
              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
            }
          }
        } else {
          let err54 = { instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.teams.type, parentSchema: schema0.properties.teams, data: data23 };
          vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
        }
      }
      if (data["policy-owner"] !== void 0) {
        let data26 = data["policy-owner"];
        if (typeof data26 == "string") {
          if (!pattern5.test(data26)) {
            let err55 = { instancePath: instancePath + "/policy-owner", schemaPath: "#/properties/policy-owner/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema0.properties["policy-owner"], data: data26 };
            vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
          }
        } else {
          let err56 = { instancePath: instancePath + "/policy-owner", schemaPath: "#/properties/policy-owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties["policy-owner"].type, parentSchema: schema0.properties["policy-owner"], data: data26 };
          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
        }
      }
      if (data["policy-files"] !== void 0) {
        let data27 = data["policy-files"];
        if (Array.isArray(data27)) {
          let len6 = data27.length;
          for (let i7 = 0; i7 < len6; i7++) {
            let data28 = data27[i7];
            if (typeof data28 == "string") {
              if (func1(data28) < 1) {
                let err57 = { instancePath: instancePath + "/policy-files/" + i7, schemaPath: "#/properties/policy-files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties["policy-files"].items, data: data28 };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            } else {
              let err58 = { instancePath: instancePath + "/policy-files/" + i7, schemaPath: "#/properties/policy-files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties["policy-files"].items.type, parentSchema: schema0.properties["policy-files"].items, data: data28 };
              vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
            }
          }
        } else {
          let err59 = { instancePath: instancePath + "/policy-files", schemaPath: "#/properties/policy-files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties["policy-files"].type, parentSchema: schema0.properties["policy-files"], data: data27 };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
      }
      if (data["allow-same-approver-for-roles"] !== void 0) {
        let data29 = data["allow-same-approver-for-roles"];
        if (typeof data29 != "boolean") {
          let err60 = { instancePath: instancePath + "/allow-same-approver-for-roles", schemaPath: "#/properties/allow-same-approver-for-roles/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties["allow-same-approver-for-roles"].type, parentSchema: schema0.properties["allow-same-approver-for-roles"], data: data29 };
          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
        }
      }
      if (data.emergency !== void 0) {
        let data30 = data.emergency;
        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
          for (let key8 in data30)
            if (!(key8 === "label" || key8 === "monthly-budget" || key8 === "budget-severity" || key8 === "min-justification-length" || key8 === "applied-by")) {
              let err61 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.emergency, data: data30 };
              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
            }
          if (data30.label !== void 0) {
            let data31 = data30.label;
            if (typeof data31 == "string") {
              if (func1(data31) < 1) {
                let err62 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.emergency.properties.label, data: data31 };
                vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
              }
            } else {
              let err63 = { instancePath: instancePath + "/emergency/label", schemaPath: "#/properties/emergency/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties.label.type, parentSchema: schema0.properties.emergency.properties.label, data: data31 };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
          }
          if (data30["monthly-budget"] !== void 0) {
            let data32 = data30["monthly-budget"];
            if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
              let err64 = { instancePath: instancePath + "/emergency/monthly-budget", schemaPath: "#/properties/emergency/properties/monthly-budget/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.emergency.properties["monthly-budget"].type, parentSchema: schema0.properties.emergency.properties["monthly-budget"], data: data32 };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
            if (typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32))) {
              let err65 = { instancePath: instancePath + "/emergency/monthly-budget", schemaPath: "#/properties/emergency/properties/monthly-budget/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.emergency.properties["monthly-budget"], data: data32 };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
          }
          if (data30["budget-severity"] !== void 0) {
            let data33 = data30["budget-severity"];
            if (!(data33 === "error" || data33 === "warning")) {
              let err66 = { instancePath: instancePath + "/emergency/budget-severity", schemaPath: "#/properties/emergency/properties/budget-severity/enum", keyword: "enum", params: { allowedValues: schema0.properties.emergency.properties["budget-severity"].enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.emergency.properties["budget-severity"].enum, parentSchema: schema0.properties.emergency.properties["budget-severity"], data: data33 };
              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
            }
          }
          if (data30["min-justification-length"] !== void 0) {
            let data34 = data30["min-justification-length"];
            if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
              let err67 = { instancePath: instancePath + "/emergency/min-justification-length", schemaPath: "#/properties/emergency/properties/min-justification-length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.emergency.properties["min-justification-length"].type, parentSchema: schema0.properties.emergency.properties["min-justification-length"], data: data34 };
              vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
            }
            if (typeof data34 == "number" && isFinite(data34) && (data34 < 1 || isNaN(data34))) {
              let err68 = { instancePath: instancePath + "/emergency/min-justification-length", schemaPath: "#/properties/emergency/properties/min-justification-length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.emergency.properties["min-justification-length"], data: data34 };
              vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
            }
          }
          if (data30["applied-by"] !== void 0) {
            let data35 = data30["applied-by"];
            if (Array.isArray(data35)) {
              if (data35.length < 1) {
                let err69 = { instancePath: instancePath + "/emergency/applied-by", schemaPath: "#/properties/emergency/properties/applied-by/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.emergency.properties["applied-by"], data: data35 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
              let len7 = data35.length;
              for (let i8 = 0; i8 < len7; i8++) {
                let data36 = data35[i8];
                if (typeof data36 == "string") {
                  if (!pattern0.test(data36)) {
                    let err70 = { instancePath: instancePath + "/emergency/applied-by/" + i8, schemaPath: "#/properties/emergency/properties/applied-by/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,39}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,39}$"', schema: "^[a-z][a-z0-9-]{0,39}$", parentSchema: schema0.properties.emergency.properties["applied-by"].items, data: data36 };
                    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                  }
                } else {
                  let err71 = { instancePath: instancePath + "/emergency/applied-by/" + i8, schemaPath: "#/properties/emergency/properties/applied-by/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.emergency.properties["applied-by"].items.type, parentSchema: schema0.properties.emergency.properties["applied-by"].items, data: data36 };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
              }
              let i9 = data35.length, j1;
              if (i9 > 1) {
                let indices0 = {};
                for (; i9--; ) {
                  let item0 = data35[i9];
                  if (typeof item0 == "string") {
                    if (typeof indices0[item0] == "number") {
                      j1 = indices0[item0];
                      let err72 = { instancePath: instancePath + "/emergency/applied-by", schemaPath: "#/properties/emergency/properties/applied-by/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i9 + " are identical)", schema: !0, parentSchema: schema0.properties.emergency.properties["applied-by"], data: data35 };
                      vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                      break;
                    }
                    indices0[item0] = i9;
                  }
                }
              }
            } else {
              let err73 = { instancePath: instancePath + "/emergency/applied-by", schemaPath: "#/properties/emergency/properties/applied-by/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.emergency.properties["applied-by"].type, parentSchema: schema0.properties.emergency.properties["applied-by"], data: data35 };
              vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
            }
          }
        } else {
          let err74 = { instancePath: instancePath + "/emergency", schemaPath: "#/properties/emergency/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.emergency.type, parentSchema: schema0.properties.emergency, data: data30 };
          vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
        }
      }
      if (data.archive !== void 0) {
        let data37 = data.archive;
        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
          for (let key9 in data37)
            if (!(key9 === "folder" || key9 === "branch" || key9 === "writer" || key9 === "backfill-days")) {
              let err75 = { instancePath: instancePath + "/archive", schemaPath: "#/properties/archive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.archive, data: data37 };
              vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
            }
          if (data37.folder !== void 0) {
            let data38 = data37.folder;
            if (typeof data38 == "string") {
              if (func1(data38) < 1) {
                let err76 = { instancePath: instancePath + "/archive/folder", schemaPath: "#/properties/archive/properties/folder/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.archive.properties.folder, data: data38 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            } else {
              let err77 = { instancePath: instancePath + "/archive/folder", schemaPath: "#/properties/archive/properties/folder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.archive.properties.folder.type, parentSchema: schema0.properties.archive.properties.folder, data: data38 };
              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
            }
          }
          if (data37.branch !== void 0) {
            let data39 = data37.branch;
            if (typeof data39 == "string") {
              if (func1(data39) < 1) {
                let err78 = { instancePath: instancePath + "/archive/branch", schemaPath: "#/properties/archive/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.archive.properties.branch, data: data39 };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            } else {
              let err79 = { instancePath: instancePath + "/archive/branch", schemaPath: "#/properties/archive/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.archive.properties.branch.type, parentSchema: schema0.properties.archive.properties.branch, data: data39 };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
          }
          if (data37.writer !== void 0) {
            let data40 = data37.writer;
            if (typeof data40 == "string") {
              if (func1(data40) > 100) {
                let err80 = { instancePath: instancePath + "/archive/writer", schemaPath: "#/properties/archive/properties/writer/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema0.properties.archive.properties.writer, data: data40 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
              if (func1(data40) < 1) {
                let err81 = { instancePath: instancePath + "/archive/writer", schemaPath: "#/properties/archive/properties/writer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.archive.properties.writer, data: data40 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            } else {
              let err82 = { instancePath: instancePath + "/archive/writer", schemaPath: "#/properties/archive/properties/writer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.archive.properties.writer.type, parentSchema: schema0.properties.archive.properties.writer, data: data40 };
              vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
            }
          }
          if (data37["backfill-days"] !== void 0) {
            let data41 = data37["backfill-days"];
            if (!(typeof data41 == "number" && !(data41 % 1) && !isNaN(data41) && isFinite(data41))) {
              let err83 = { instancePath: instancePath + "/archive/backfill-days", schemaPath: "#/properties/archive/properties/backfill-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.archive.properties["backfill-days"].type, parentSchema: schema0.properties.archive.properties["backfill-days"], data: data41 };
              vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
            }
            if (typeof data41 == "number" && isFinite(data41)) {
              if (data41 > 3650 || isNaN(data41)) {
                let err84 = { instancePath: instancePath + "/archive/backfill-days", schemaPath: "#/properties/archive/properties/backfill-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema0.properties.archive.properties["backfill-days"], data: data41 };
                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
              }
              if (data41 < 1 || isNaN(data41)) {
                let err85 = { instancePath: instancePath + "/archive/backfill-days", schemaPath: "#/properties/archive/properties/backfill-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.archive.properties["backfill-days"], data: data41 };
                vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
              }
            }
          }
        } else {
          let err86 = { instancePath: instancePath + "/archive", schemaPath: "#/properties/archive/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.archive.type, parentSchema: schema0.properties.archive, data: data37 };
          vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
        }
      }
      if (data.outcome !== void 0) {
        let data42 = data.outcome;
        if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
          for (let key10 in data42)
            if (!(key10 === "pending-hours" || key10 === "overdue-days")) {
              let err87 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema0.properties.outcome, data: data42 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
          if (data42["pending-hours"] !== void 0) {
            let data43 = data42["pending-hours"];
            if (typeof data43 == "number" && isFinite(data43)) {
              if (data43 <= 0 || isNaN(data43)) {
                let err88 = { instancePath: instancePath + "/outcome/pending-hours", schemaPath: "#/properties/outcome/properties/pending-hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.properties.outcome.properties["pending-hours"], data: data43 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            } else {
              let err89 = { instancePath: instancePath + "/outcome/pending-hours", schemaPath: "#/properties/outcome/properties/pending-hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.outcome.properties["pending-hours"].type, parentSchema: schema0.properties.outcome.properties["pending-hours"], data: data43 };
              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
            }
          }
          if (data42["overdue-days"] !== void 0) {
            let data44 = data42["overdue-days"];
            if (typeof data44 == "number" && isFinite(data44)) {
              if (data44 <= 0 || isNaN(data44)) {
                let err90 = { instancePath: instancePath + "/outcome/overdue-days", schemaPath: "#/properties/outcome/properties/overdue-days/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.properties.outcome.properties["overdue-days"], data: data44 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            } else {
              let err91 = { instancePath: instancePath + "/outcome/overdue-days", schemaPath: "#/properties/outcome/properties/overdue-days/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.outcome.properties["overdue-days"].type, parentSchema: schema0.properties.outcome.properties["overdue-days"], data: data44 };
              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
            }
          }
        } else {
          let err92 = { instancePath: instancePath + "/outcome", schemaPath: "#/properties/outcome/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.outcome.type, parentSchema: schema0.properties.outcome, data: data42 };
          vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
        }
      }
      if (data["status-context"] !== void 0) {
        let data45 = data["status-context"];
        if (typeof data45 == "string") {
          if (func1(data45) < 1) {
            let err93 = { instancePath: instancePath + "/status-context", schemaPath: "#/properties/status-context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties["status-context"], data: data45 };
            vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
          }
        } else {
          let err94 = { instancePath: instancePath + "/status-context", schemaPath: "#/properties/status-context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties["status-context"].type, parentSchema: schema0.properties["status-context"], data: data45 };
          vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
        }
      }
      if (data.language !== void 0) {
        let data46 = data.language;
        if (!(data46 === "en" || data46 === "zh-CN")) {
          let err95 = { instancePath: instancePath + "/language", schemaPath: "#/properties/language/enum", keyword: "enum", params: { allowedValues: schema0.properties.language.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.language.enum, parentSchema: schema0.properties.language, data: data46 };
          vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
        }
      }
      if (data.rules !== void 0) {
        let data47 = data.rules;
        if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
          for (let key11 in data47) {
            let _errs106 = errors;
            if (typeof key11 == "string" && !pattern7.test(key11)) {
              let err96 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z-]+(\\.[a-z-]+)*$" }, message: 'must match pattern "^[a-z-]+(\\.[a-z-]+)*$"', schema: "^[a-z-]+(\\.[a-z-]+)*$", parentSchema: schema0.properties.rules.propertyNames, data: key11, propertyName: key11 };
              vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
            }
            var valid32 = _errs106 === errors;
            if (!valid32) {
              let err97 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid", schema: schema0.properties.rules.propertyNames, parentSchema: schema0.properties.rules, data: data47 };
              vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
            }
          }
          for (let key12 in data47) {
            let data48 = data47[key12];
            if (!(data48 === "error" || data48 === "warning" || data48 === "notice" || data48 === "off")) {
              let err98 = { instancePath: instancePath + "/rules/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.additionalProperties.enum, parentSchema: schema0.properties.rules.additionalProperties, data: data48 };
              vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
            }
          }
        } else {
          let err99 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.type, parentSchema: schema0.properties.rules, data: data47 };
          vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
        }
      }
    } else {
      let err100 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
    }
    return validate0.errors = vErrors, errors === 0;
  }
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module2.exports;
});
var config_schema_default = schema;

// src/messages/format.ts
function enWeekday(name) {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}
function enWeekdays(names) {
  let list = names.map(enWeekday);
  return list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}
function enRoles(roles) {
  let list = roles.map((r) => `the ${r.title.en} (${r.owners})`);
  return list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}
function enMoment(m) {
  return `${enWeekday(m.day)} ${m.date} ${m.time}`;
}
function split(minutes) {
  let total = Math.max(0, Math.round(minutes));
  return [Math.floor(total / 1440), Math.floor(total % 1440 / 60), total % 60];
}
function enDuration(minutes) {
  let [d, h, m] = split(minutes);
  return d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${m} min` : `${m} min`;
}
function enFound(v) {
  return v.kind === "empty" ? "empty" : "text" in v ? `the ${v.kind} ${v.text}` : `a ${v.kind}`;
}
function enValue(v) {
  return v.kind === "empty" ? "nothing (null)" : "text" in v ? v.text : `a ${v.kind}`;
}

// src/messages/en.ts
var UNSAFE_PATH = {
  link: "is a link, not a file in the repository; auditors need the file itself",
  absolute: "is an absolute path",
  backslash: "uses backslashes",
  parent: "climbs out with ..",
  nul: "contains a NUL byte"
}, eg = (example) => example === void 0 ? "" : `, e.g. ${example}`, ROOT_NAME = {
  document: "an upgrade document",
  config: "the upgrade-gate configuration",
  outcome: "an outcome"
}, WANT = { string: "text", object: "a mapping", array: "a list" }, DATE_TIME2 = "a real date and time written YYYY-MM-DDTHH:MM (seconds and fractions optional), with an offset such as +08:00 or Z or read in the policy time zone", FORMAT = {
  date: "a real date written YYYY-MM-DD",
  "local-date-time": DATE_TIME2,
  "date-or-local-date-time": `a real date written YYYY-MM-DD or ${DATE_TIME2}`
}, en = {
  "people.two-person": (p) => `people.executor and people.supervisor are both ${p.login}: one person executes and another supervises (measures 3.6); name a different supervisor`,
  "window.order": (p) => `window.end (${p.end}) is not after window.start (${p.start}): the window must end after it starts; fix the dates or swap them`,
  "window.length": (p) => `the window runs ${p.hours} hours, from ${p.start} to ${p.end}: a regular production upgrade happens on its Thursday (measures 3.3), and the merge may run until window.end, so a longer window would let it merge on other days; end the window at most ${p.max} hours after it starts, or split the upgrade`,
  "window.weekday": (p) => `window.start ${p.start} is a ${enWeekday(p.day)} in ${p.zone}; regular production upgrades run on ${enWeekdays(p.allowed)} (measures 3.3): move the window to ${enWeekday(p.next.day)} ${p.next.date}, or make it an emergency upgrade`,
  "gray-test.missing": () => "no gray environment test is recorded: a production upgrade is first tested in the gray environment (measures 3.3); add gray_test with completed, result and report",
  "gray-test.failed": () => "gray_test.result is failed: a production upgrade needs a gray test that passed; fix the release, re-run the gray test and record result: passed",
  "gray-test.before-window": (p) => `gray_test.completed (${p.completed}) is not before window.start (${p.start}): the gray test must finish before the production upgrade; record the real gray test time or move the window`,
  "gray-test.weekday": (p) => `gray_test.completed ${p.completed} is a ${enWeekday(p.day)}; as a rule the gray test is done on ${enWeekday(p.expected)} (measures 3.3): fine if there was a reason, say it in the PR`,
  "notice.missing": (p) => `no all-staff notice is recorded: announce the upgrade at least ${p.hours} hours before the window (measures 4.4); add notification with announced_at and channels`,
  "notice.lead-time": (p) => `notification.announced_at (${p.announced}) is less than ${p.hours} hours before window.start (${p.start}): announce by ${enMoment(p.latest)} or move the window later`,
  "notice.before-merge": (p) => `the merge at ${enMoment(p.merge)} (under GitOps, the deploy) is less than ${p.hours} hours after notification.announced_at (${p.announced}) (measures 4.4): merge no earlier than ${enMoment(p.earliest)}`,
  "gray-test.before-merge": (p) => `gray_test.completed (${p.completed}) is after the merge at ${enMoment(p.merge)} (under GitOps, the deploy): the gray test must finish before production is upgraded; merge after the gray test, or record its real time`,
  "acceptance.required": () => "no user acceptance is recorded: a production upgrade must have passed user verification (measures 3.1); add acceptance with verified_by, date and evidence",
  "acceptance.after-window": (p) => `acceptance.date (${p.date}) is after window.start (${p.start}): users must accept the release before it goes to production`,
  "backup.section": (p) => `backup.${p.part} is missing: record how the ${{ data: "data", programs: "programs", config: "configuration scripts" }[p.part]} are backed up before execution and where the backup is kept (measures 3.5), e.g. backup.${p.part}: { method: ..., location: ... }`,
  "backup.rollback": () => "rollback.plan is missing: write how the system is restored to the backup if verification fails (measures 4.6)",
  "emergency.section-missing": () => "type is emergency but there is no emergency section: add emergency with reason, impact, justification and confirmation (measures 3.2, 4.3)",
  "emergency.section-unexpected": () => "an emergency section is present but type is regular: set type: emergency if this is one, or remove the emergency section",
  "emergency.reason": (p) => `emergency.reason ${JSON.stringify(p.reason)} is not one of the two cases the measures allow (3.2): ${p.guess ? `write ${p.guess}; the cases are ` : ""}system-failure (a fault stops use of the system, wide impact) or business-stoppage (the business stops on a wide scale)`,
  "emergency.justification": (p) => `emergency.justification is too short to explain anything: ${p.length} of at least ${p.min} characters, counting a Chinese character as two and a letter, digit or space as one (about ${Math.ceil((p.min - p.length) / 2)} more Chinese characters or ${p.min - p.length} more letters); write why this cannot wait for the next production window`,
  "emergency.justification-placeholder": () => "emergency.justification is a placeholder: write why this cannot wait for the next production window",
  "emergency.confirmation": (p) => `emergency.confirmation.${p.missing} is missing: an emergency upgrade is confirmed by phone and registered by e-mail with the General Manager's Office before it runs (measures 4.3)`,
  "evidence.exists": (p) => `${p.field} names ${p.path}, which does not exist in the repository: commit the file at that path (relative to the repository root) or fix the path`,
  "evidence.path": (p) => `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH[p.why]}: give a path relative to the repository root, such as docs/acceptance/report.md`,
  "release.forward": (p) => `release.to (${p.to}) is not newer than release.from (${p.from}): an upgrade installs a newer version; for a rollback write a new release with a higher version`,
  "document.unique-id": (p) => `id ${p.id} is also used by ${p.other}: each upgrade needs its own approval form NO.`,
  "approval.self": (p) => `@${p.login} approved their own pull request: the author's approval never counts; ask someone else who holds the role`,
  "approval.contributor": (p) => `@${p.login} authored or committed commits of this pull request: the approval of someone who changed the pull request never counts; ask someone else who holds the role`,
  "approval.contributors-unknown": (p) => `the approval by @${p.login} does not count: the pull request's commits could not all be listed, so it is unknown whether @${p.login} changed it`,
  "approval.stale": (p) => `the approval by @${p.login} on commit ${p.commit} no longer counts: ${p.changed ? `${p.changed}${p.more ? ` and ${p.more} more` : ""} changed after it` : `the changes since ${p.commit} could not be read`}; @${p.login} needs to review the current head ${p.head} again`,
  "approval.stale-base": (p) => `the approval by @${p.login} no longer counts: the pull request was moved to another base branch at ${p.at}, after it, so its change is not the one approved; @${p.login} needs to review the current head ${p.head} again`,
  "approval.blocked": (p) => `@${p.login} (${p.role.en}) requested changes: address them and ask @${p.login} to approve; a request for changes blocks the ${p.role.en} approval`,
  "approval.distinct": (p) => `@${p.login} already signs for another role: the ${p.role.en} must be approved by a second person, as the measures need two signatures`,
  "approval.missing": (p) => `waiting for an approval from the ${p.role.en}: a member of ${p.owners}${p.examples ? ` (e.g. ${p.examples})` : ""} approves the current head ${p.head}${p.note ? `; note: ${p.note}` : ""}`,
  "codeowners.coverage-none": (p) => `no CODEOWNERS file on the base branch, so ${p.path} has no code owner and GitHub requests no review from ${enRoles(p.roles)}: add .github/CODEOWNERS with the line "${p.fix}"`,
  "codeowners.coverage-unmatched": (p) => `no CODEOWNERS line matches ${p.path}, so it has no code owner and GitHub requests no review from ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  "codeowners.coverage-ownerless": (p) => `${p.path} matches CODEOWNERS line ${p.line}, which names no owner, so GitHub requests no review from ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  "codeowners.coverage": (p) => `${p.path} is owned by ${p.owners} (CODEOWNERS line ${p.line}), which includes no owner of ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  "codeowners.negation": () => "Invalid pattern: CODEOWNERS has no negation with !, so GitHub skips this line: to leave paths without an owner, give them a later line of their own with no owner",
  "codeowners.range": () => "Invalid pattern: CODEOWNERS has no character ranges with [ ], so GitHub skips this line: write one line for each name the range stands for",
  "codeowners.escaped-hash": () => "Invalid pattern: CODEOWNERS cannot escape # with \\, so GitHub skips this line and matches no path that starts with #: own the folder that holds those files instead",
  "codeowners.triple-star": () => "Invalid pattern: three asterisks in a row are not a pattern, so GitHub skips this line: write ** for any number of folders",
  "codeowners.root": () => "Invalid pattern: the pattern / matches nothing, so GitHub skips this line: write * for every file of the repository",
  "codeowners.owner": (p) => `Invalid owner: ${JSON.stringify(p.token)} is not an owner, so GitHub skips this line: write @user, @org/team or an e-mail address`,
  "codeowners.too-large": () => "File too large: CODEOWNERS is 3 MB or larger, so GitHub does not load it at all and no path has an owner: merge its lines into fewer, broader rules",
  "merge.closed": (p) => `${p.reason}: a regular production upgrade cannot merge now; ${p.flip ? `the window ${p.flip}` : p.over ? "the document's window is over (or does not start on a merge day), so it never opens again: write a new document with a new NO. and a new window" : "no opening is scheduled within a year: check merge-days and freezes"}, or, for a wide system failure or business stoppage, use the emergency process`,
  "window.merge-day": (p) => `${enWeekday(p.day)} ${p.date} in ${p.zone} is a production merge day`,
  "window.not-merge-day": (p) => `${enWeekday(p.day)} ${p.date} in ${p.zone} is not a production merge day`,
  "window.in-freeze": (p) => `${enWeekday(p.day)} ${p.date} in ${p.zone} is inside the freeze "${p.freeze.name}" (${p.freeze.from} to ${p.freeze.to})`,
  "window.outside": (p) => `${enMoment(p.at)} is outside the document's window for merging (${enMoment(p.start)} to ${enMoment(p.end)})`,
  "window.inside": (p) => `${enMoment(p.at)} is inside the document's window for merging (${enMoment(p.start)} to ${enMoment(p.end)})`,
  "window.apart": (p) => `the documents' windows have no instant in common (the latest opens ${enMoment(p.start)}, the earliest closes ${enMoment(p.end)}): align the windows or split the pull request`,
  "window.emergency-allows": (p) => `${p.reason}; the emergency process allows the merge`,
  "window.flip": (p) => `${p.flip.opens ? "opens" : "closes"} ${enMoment(p.flip.at)} ${p.flip.zone} (in ${enDuration(p.flip.minutes)})`,
  "summary.unseen": (p) => `Could not read: ${p.what}`,
  "summary.problems": (p) => `${p.problems} problem${p.problems === 1 ? "" : "s"}: ${p.first}`,
  "summary.none": () => "No upgrade document in this pull request: nothing to check",
  "summary.config-error": (p) => `Configuration error: ${p.message || "see the details"}`,
  "summary.signed": (p) => `${p.role.en} approved by @${p.login}${p.via ? ` via ${p.via}` : ""}`,
  "summary.ready": (p) => `Ready: ${p.signed || "no approval required by this configuration"}; ${{ emergency: "emergency upgrade", open: "production window open", relaxed: "window rule relaxed by configuration" }[p.how]}`,
  "summary.fail": (p) => `${p.problems} problem${p.problems === 1 ? "" : "s"}${p.missing ? `; needs approval: ${p.missing}` : ""}${p.window ? `; ${p.window}` : ""}`,
  "summary.window-closed": (p) => `window closed${p.flip ? `, ${p.flip}` : ""}`,
  "summary.window-open": (p) => `window open (${enWeekday(p.day)})`,
  "summary.list": (p) => p.items.join(", "),
  "job.failed": (p) => `upgrade-gate: ${p.summary}`,
  "job.breach": (p) => `upgrade-gate: PR #${p.pr} merged in breach of the policy (${p.count} violation${p.count === 1 ? "" : "s"}); the archive record ${p.path} says so`,
  "job.could-not-finish": (p) => `upgrade-gate could not finish: ${p.error}`,
  "job.verdict": (p) => `upgrade-gate: PR #${p.pr}: ${p.outcome}: ${p.summary}`,
  "status.could-not-evaluate": (p) => `Could not evaluate: ${p.error}`,
  "status.could-not-reevaluate": (p) => `Could not re-evaluate: ${p.error}`,
  "md.head.archived": () => "\u2705 upgrade-gate: merged and archived",
  "md.head.archived-violations": () => "\u26A0\uFE0F upgrade-gate: merged in breach of the policy, archived with violations",
  "md.head.ready": () => "\u2705 upgrade-gate: ready to merge",
  "md.head.config-error": () => "\u26D4 upgrade-gate: configuration error",
  "md.head.not-ready": () => "\u274C upgrade-gate: not ready to merge",
  "md.archive": (p) => `**Archive:** ${p.path} (and its \`.md\` beside it); check it with \`npx upgrade-gate verify\``,
  "md.window": (p) => `**Production window:** ${p.line}`,
  "md.window.emergency": (p) => `\u{1F6A8} emergency upgrade: the day rule is waived (${p.reason})`,
  "md.window.open": (p) => `\u2705 open: ${p.reason}${p.flip ? ` \u2014 ${p.flip}` : ""}`,
  "md.window.closed": (p) => `\u26D4 closed: ${p.reason}${p.flip ? ` \u2014 ${p.flip}` : ""}`,
  "md.emergency-label": (p) => `**Emergency label:** ${p.label}${p.by ? ` applied by ${p.by} ${p.at}` : ""}; ${p.earlier} earlier emergenc${p.earlier === 1 ? "y" : "ies"} this month`,
  "md.role.approved": (p) => `\u2705 approved by ${p.by}${p.via ? ` via ${p.via}` : ""}, ${p.at}`,
  "md.role.blocked": (p) => `\u274C changes requested by ${p.by}`,
  "md.role.waiting": (p) => `\u2717 waiting for a member of ${p.owners}`,
  "md.role.not-counted": (p) => ` (not counted: ${p.list})`,
  "md.roles-missing": () => "roles are not configured",
  "md.verification": (p) => `${p.cases} case(s); accepted by ${p.by} on ${p.on}; gray test ${p.gray}`,
  "md.next": () => "What to do next",
  "md.time": (p) => `${p.date} ${p.time} ${p.zone}`,
  "md.more": (p) => `\u2026 and ${p.count} more findings${p.log ? ` in the [run log](${p.log})` : ""}`,
  "md.evaluated": (p) => `Evaluated at ${p.at}${p.run ? ` \xB7 [run](${p.run})` : ""}`,
  "md.sign.heading": () => "What the approvers sign",
  "md.sign.columns": () => "| Item | As the document states it |",
  "md.sign.reason": () => "Emergency reason",
  "md.sign.reason-value": (p) => `${{ "system-failure": "case \u2460 of measures 3.2: a system failure stops use of the system, with wide impact", "business-stoppage": "case \u2461 of measures 3.2: the system can no longer support the business, stopping it on a wide scale" }[p.reason] ?? "not a case of measures 3.2"} (${p.reason})`,
  "md.sign.impact": () => "Impact",
  "md.sign.justification": () => "Why it cannot wait for the window",
  "md.sign.phone": () => "Phone confirmation",
  "md.sign.phone-value": (p) => `${p.by}, ${p.at}`,
  "md.sign.email": () => "E-mail registration with the General Manager's Office",
  "md.sign.backup": () => "Backups (data, programs, configuration scripts)",
  "md.sign.backup-part": (p) => `${{ data: "data", programs: "programs", config: "configuration scripts" }[p.part]}: ${p.method} \u2192 ${p.location}`,
  "md.sign.rollback": () => "Rollback plan (restore the backup)",
  "md.sign.notice": () => "All-staff notice",
  "md.sign.notice-value": (p) => `${p.at} via ${p.channels}`,
  "md.sign.channel": (p) => ({ "qq-group": "QQ group", wechat: "WeChat official account", email: "e-mail" })[p.channel] ?? p.channel,
  "md.sign.gray": () => "Gray environment test",
  "md.sign.gray-value": (p) => `${p.result}, ${p.completed}${p.report ? `, report ${p.report}` : ""}`,
  "md.sign.missing": (p) => `\u2014 ${p.part} missing`,
  "md.sign.list": (p) => p.items.join("; "),
  "role.title": (p) => p.role.en,
  "approval.not-counted-author": () => "author of the pull request",
  "approval.not-counted-stale": (p) => `approved ${p.commit}, then ${p.changed === void 0 ? "the change could not be compared" : `${p.changed}${p.more ? ` and ${p.more} more` : ""} changed`}`,
  "approval.not-counted-after-merge": (p) => `approved after the merge (${p.at})`,
  "approval.not-counted-base-changed": (p) => `approved before the base branch was changed (${p.at})`,
  "approval.not-counted-committer": () => "committed to the pull request",
  "approval.not-counted-contributors-unknown": () => "the PR's commits could not all be listed",
  "emergency.applier": (p) => `the "${p.label}" label was applied by @${p.login}, who is not a member of ${enRoles(p.roles)}: only they may apply it (measures 4.3), so it grants no bypass${p.unreadable ? ` (the team ${p.unreadable} could not be read: list its members under teams: or give the token organization Members read)` : ""}; ask them to remove the label and apply it again`,
  "emergency.applier-author": (p) => `the "${p.label}" label was applied by the PR author @${p.login}: an author never grants their own emergency, so it grants no bypass; only a member of ${enRoles(p.roles)} may apply it (measures 4.3): ask them to remove the label and apply it again`,
  "emergency.applier-unknown": (p) => `who applied the "${p.label}" label cannot be read from the pull request's events, so it grants no bypass: only a label applied by a member of ${enRoles(p.roles)} counts (measures 4.3); give the token "Issues: read" or "Pull requests: read", then re-run`,
  "emergency.label-without-document": (p) => `the PR has the "${p.label}" label but no upgrade document says type: emergency: set type: emergency with an emergency section in the document, or remove the label`,
  "emergency.document-without-label": (p) => `the document says type: emergency but the PR lacks the "${p.label}" label: add the label (it records who declared the emergency) or make the upgrade regular`,
  "emergency.label-with-regular": (p) => `the PR is labelled "${p.label}" but this document is a regular upgrade: an emergency PR carries only emergency upgrades; move it to its own PR`,
  "emergency.budget": (p) => `${p.count} emergency upgrade${p.count === 1 ? "" : "s"} already merged in ${p.month} (${p.list || "none listed"}), and the budget is ${p.budget} a month: the General Manager's Office must agree to exceed it; raise emergency.monthly-budget or set budget-severity: warning only by policy change`,
  "document.archived": (p) => `${p.path} is an archived upgrade (NO. ${p.id}, record ${p.record}): an archived document cannot be edited, deleted or renamed (measures 3.7); revert this change and write a new document with a new NO.`,
  "archive.protected": (p) => `this pull request changes the archive (${p.files}): only upgrade-gate's own commits write under ${p.folder} (measures 3.7); remove these changes from the PR`,
  "policy.approval-missing": (p) => `this pull request changes the policy (${p.files}): the ${p.role.en}, which owns the policy, must approve it; a member of ${p.owners} who neither wrote nor committed to it approves the current head ${p.head}`,
  "policy.approval-blocked": (p) => `this pull request changes the policy (${p.files}) and @${p.login} (${p.role.en}, the policy owner) requested changes: address them and ask @${p.login} to approve`,
  "policy.approval-no-role": (p) => `this pull request changes the policy (${p.files}), but no role "${p.role}" is configured to approve policy changes: add it under roles, or name the policy owner with policy-owner: <role id>`,
  "summary.policy-approved": (p) => `Policy change approved by @${p.login} (${p.role.en}); no upgrade document to check`,
  "md.policy.heading": () => "Policy change",
  "md.policy.files": (p) => `This pull request changes the policy files ${p.files}: the policy owner must approve it, and the merge is recorded in the archive.`,
  "status.forged": (p) => `the upgrade-gate status on the merged head said ${p.state}${p.creator ? ` (set by ${p.creator})` : ""}, but the evaluation at merge time is ${p.outcome}: the check was overwritten or out of date when the PR merged`,
  "outcome.command": (p) => `the first line is ${JSON.stringify(p.found)}: an outcome starts with /upgrade-result succeeded, /upgrade-result failed or /upgrade-result restored`,
  "outcome.unknown": (p) => `"${p.word}" is not an outcome: ${p.guess ? `did you mean ${p.guess}? ` : ""}write succeeded (every verification case passed), failed (a case failed) or restored (the backup was restored) after /upgrade-result`,
  "outcome.extra": (p) => `only the outcome goes on the first line, not ${JSON.stringify(p.extra)}: move it to notes on a line below`,
  "outcome.empty": () => 'nothing follows /upgrade-result: add completed_at, verification (each case passed or failed) and notes on the lines below it, e.g. "completed_at: 2026-12-03T21:40"',
  "outcome.in-yaml": () => "outcome is written on the first line (/upgrade-result succeeded|failed|restored), not as a field: remove this line",
  "outcome.document-required": (p) => `this pull request has several upgrade documents (${p.ids}): add a line "document: <NO.>" naming the one this outcome is for`,
  "outcome.document-unknown": (p) => `document ${p.id} is not an upgrade document of this pull request: ${p.guess ? `did you mean ${p.guess}? ` : ""}use one of ${p.ids}`,
  "outcome.case-missing": (p) => `verification does not give ${p.missing}: every verification case of the document is reported passed or failed; add ${p.example}`,
  "outcome.case-unknown": (p) => `verification case ${p.id} is not in the document: ${p.guess ? `did you mean ${p.guess}? ` : ""}its cases are ${p.cases}`,
  "outcome.succeeded-failed-case": (p) => `case ${p.id} failed, so the upgrade did not succeed (measures 4.6): write /upgrade-result failed with the cause, or restored with the backup restored`,
  "outcome.before-window": (p) => `completed_at (${p.completed}) is before the window starts (${p.start}): an upgrade completes after it starts; write the real time (policy time zone unless an offset is given)`,
  "outcome.future": (p) => `${p.field} (${p.value}) is later than this comment (${p.now}): record what has happened, at the time it happened (policy time zone unless an offset is given)`,
  "outcome.notified-before-completed": (p) => `notified_at (${p.notified}) is before completed_at (${p.completed}): the upgrade-complete notice (measures 4.7) goes out after completion; fix either time`,
  "outcome.reply-findings": (p) => `The outcome was not recorded: ${p.count} problem${p.count === 1 ? "" : "s"} in the command. Edit your comment to fix ${p.count === 1 ? "it" : "them"} (this reply is updated), or write a new one.`,
  "commit.archive": (p) => [
    `archive: ${p.documents} (PR #${p.pr})${p.violations ? ` \u2014 ${p.violations} violation(s)` : ""}`,
    "",
    `Record ${p.sequence} of the upgrade archive: ${p.path}`,
    `Merged ${enMoment(p.merged)} (${p.zone})${p.mergedBy ? ` by @${p.mergedBy}` : ""}.`,
    ...p.backfilled ? ["Written after the merge by a scheduled run (backfilled)."] : [],
    ...p.rules.length ? [`The merge broke the policy: ${p.rules.join(", ")}.`] : []
  ].join(`
`),
  "commit.outcome": (p) => [
    `archive: outcome ${p.outcome} of ${p.document} (PR #${p.pr}), recorded by ${p.login}`,
    "",
    `Record ${p.sequence} of the upgrade archive: ${p.path}, the outcome of ${p.upgrade}.`,
    `Completed ${p.completed} (${p.zone}).`
  ].join(`
`),
  "outcome.reply-finding": (p) => `line ${p.line}, column ${p.column} (\`${p.rule}\`): ${p.message}`,
  "outcome.reply-comment": () => "comment",
  "outcome.not-allowed": (p) => `@${p.login} may not record this upgrade's outcome, so nothing was recorded. The outcome is recorded by the people of the upgrade document (executor, supervisor, project lead, ops lead: ${p.people || "none named"})${p.roles ? ` or a member of ${p.roles}` : ""} (measures 4.6).`,
  "outcome.edited-by-other": (p) => `@${p.login} edited a command written by @${p.author}: an outcome is recorded only from its author's own words, so nothing was recorded. @${p.author} can edit it, or someone who may record writes a new comment.`,
  "outcome.not-merged": () => "This pull request is not merged: an upgrade's outcome is recorded after it was merged and executed (measures 4.6). Nothing was recorded; comment /upgrade-result again once the upgrade has run.",
  "outcome.not-upgrade": () => "This pull request changes no upgrade document, so it has no outcome to record. Nothing was recorded.",
  "outcome.no-record": (p) => `This upgrade has no archive record in ${p.folder}/ yet (its merge run did not finish), so the outcome cannot be chained to it. The next scheduled run writes the record; edit this comment after that to record the outcome.`,
  "outcome.recorded": (p) => `Recorded: ${p.outcome} by @${p.login}, appended to the archive as ${p.path}.`,
  "outcome.pending": (p) => `No outcome has been recorded ${p.hours} hours after the merge (${p.merged}): ${p.people || "the executor"} comment /upgrade-result succeeded, failed or restored once the verification cases have run (measures 4.6).`,
  "outcome.overdue": (p) => `${p.id} (PR #${p.pr}): the window ended ${p.end}, more than ${p.days} days ago, and no outcome (succeeded, failed, restored) is recorded: the archive cannot show whether the upgrade worked (measures 3.7, 4.6); the people of the upgrade record it with /upgrade-result on the PR`,
  "outcome.example": () => "A complete command looks like this (every verification case of the document, times in the policy time zone):\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: started, routine checks and the verification cases passed\nnotified_at: 2026-12-03T21:50\n```\n\nfailed adds `cause:`, restored adds `backup_restored:`; with several documents, `document:` names the NO.",
  "document.unreadable": (p) => p.kind === "unlisted" ? `${p.path} is changed or removed by this pull request, and whether an archive record names it cannot be checked: GitHub lists this repository's tree only in part (over 100,000 entries or 7 MB), so the change is refused unseen; add the change as a new document with a new NO. instead` : `${p.path} could not be read as an upgrade document at the head commit (${p.kind}): ${p.kind === "symlink" ? `it is a symbolic link${p.target ? ` (to ${p.target})` : ""}` : p.kind === "submodule" ? `it is a submodule${p.target ? ` (${p.target})` : ""}` : p.kind === "folder" ? "it is a folder" : "GitHub answered 404 for it"}; commit the document itself as a regular file at that path`,
  "pull-request.files": () => "the PR changes more than the 3,000 files GitHub lists: upgrade documents beyond that cannot be seen; split the PR so the upgrade stands on its own",
  "yaml.encoding": () => 'the file is not valid UTF-8 here (it looks like GBK, ANSI or Latin-1): save it as UTF-8 (in Windows Notepad: File > Save As, Encoding "UTF-8"; "ANSI" and "Unicode" there are other encodings)',
  "yaml.nul": () => 'the file holds a NUL byte here, which no text saved as UTF-8 does: save it as UTF-8 text (it may be UTF-16, "Unicode" in Windows Notepad, or not a text file)',
  "yaml.utf16": () => 'the file is saved as UTF-16, which Windows Notepad calls "Unicode": save it as UTF-8 (File > Save As, Encoding "UTF-8")',
  "yaml.file-too-large": (p) => `the file is ${p.bytes} bytes, more than the ${p.max} bytes (1 MiB) an upgrade document may have: move large attachments to separate files and reference them`,
  "yaml.too-many-entries": (p) => `this ${p.list ? "list" : "mapping"} has ${p.count} entries, more than the ${p.max} an upgrade document may hold: split the upgrade or move the data to a referenced file`,
  "yaml.too-deep": (p) => `the document is nested deeper than the ${p.max} levels allowed: an upgrade document never needs this, flatten it`,
  "yaml.too-many-aliases": (p) => `more than ${p.max} aliases (*name): repeated aliases can expand into a huge document, so write the values out`,
  "yaml.alias-expansion": (p) => `the aliases expand too far (${p.detail}): write the values out`,
  "yaml.alias-unresolved": (p) => `the alias *${p.name} has no anchor &${p.name} before it: define the anchor first or write the value out`,
  "yaml.duplicate-key": () => "this key appears twice in the same mapping: keep one (YAML would silently drop the other)",
  "yaml.forbidden-key": (p) => `the key "${p.key}" is not allowed: it could change how every object behaves; rename or remove it`,
  "yaml.complex-key": () => "a mapping key must be plain text, not a mapping or a list: write a plain name before the colon",
  "yaml.unknown-tag": (p) => `${p.tag === null ? p.detail : `the tag ${p.tag} is not one YAML knows`}: remove the tag (words starting with ! or !!); upgrade documents hold plain text, numbers, lists and mappings`,
  "yaml.warning": (p) => p.detail,
  "yaml.tab-indent": () => "tabs are used for indentation: YAML allows only spaces, replace the tabs with spaces",
  "yaml.multiple-documents": () => "the file holds more than one YAML document (a second ---): put each upgrade in its own file",
  "yaml.indentation": (p) => `${p.detail}: check the indentation and the colons on this line`,
  "yaml.dash-space": () => 'there is no space after the "-" of this list item, so YAML reads the line as plain text: add a space after the "-"',
  "yaml.colon-space": (p) => `there is no space after the colon of "${p.key}", so YAML does not read it as a field: write ${p.key}: ${p.value}`,
  "yaml.syntax": (p) => `${p.detail}: fix the YAML syntax here`,
  "yaml.after-value": () => "more text follows a value that has already ended (after its closing quote, or after a list at this level): put the whole value inside the quotes, remove the extra text, or indent the line under the field it belongs to",
  "yaml.unexpected-token": (p) => `YAML cannot tell where ${p.token} belongs: one level holds either list items ("- ") or fields ("key: value"), never both, and a value holding ": " needs quotes; check the indentation and the colons on this line`,
  "yaml.bad-escape": (p) => `${p.escape} in double quotes is not an escape YAML knows: write \\\\ for a backslash, or put the value in single quotes`,
  "yaml.bad-scalar-start": (p) => `a value without quotes cannot start with ${p.char}: put the value in quotes, e.g. "${p.char}..."`,
  "yaml.block-scalar-indent": (p) => p.leadingEmpty ? "the text after | or > starts with blank lines indented more than its first line: remove the spaces on those blank lines" : "a line of the text after | or > is indented less than its first line: indent every line of the text at least as far as the first",
  "document.empty": () => "the document is empty: start from examples/upgrades/ or the schema in schemas/upgrade.schema.json",
  "schema.more": (p) => `${p.count} more schema errors are not listed: fix the ones above first, or start again from a file in examples/upgrades/`,
  "schema.missing": (p) => `${p.field} is missing: add ${p.what.en || p.key}${eg(p.example)}`,
  "schema.recased": (p) => `${p.field} is written with capitals: names here are lowercase, write ${p.lower}`,
  "schema.unknown-field": (p) => `${p.field} is not a field of ${p.parent ?? ROOT_NAME[p.root]}: ${p.guess ? `did you mean ${p.guess}?` : `remove it or use one of ${p.known.join(", ")}`}`,
  "schema.type": (p) => `${p.field ?? "the document"} must be ${WANT[p.want] ?? `a ${p.want}`}, found ${enFound(p.actual)}${p.quote !== void 0 ? `: put it in quotes ("${p.quote}") so YAML keeps it as text` : p.example !== void 0 ? `: write it like ${p.example}` : p.want === "object" ? ': write it as a mapping of fields (one "key: value" per line), as in examples/upgrades/' : p.want === "array" ? ': write it as a list ("- item" lines or [a, b])' : ": correct the value"}`,
  "schema.enum": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not allowed: ${p.guess ? `did you mean ${p.guess}? ` : ""}use one of ${p.allowed.join(", ")}`,
  "schema.const": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}: write ${p.allowed}`,
  "schema.format": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not ${FORMAT[p.format] ?? `a valid ${p.format}`}${p.suggestion ? `: write ${p.suggestion}` : eg(p.example)}`,
  "schema.enum-chinese": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}: the values here are written in English; write ${p.value} (one of ${p.allowed.join(", ")})`,
  "schema.chinese-key": (p) => `${p.field} is a field name in Chinese: field names are written in English; write ${p.key}`,
  "schema.login": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not a GitHub login: write the person's GitHub login (letters, digits and hyphens, e.g. zhang-wei), not their name`,
  "schema.pattern": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not ${p.what.en || "in the expected form"}${eg(p.example)}`,
  "schema.empty-text": (p) => `${p.field ?? "the document"} is empty: write ${p.what.en || "a value"}${eg(p.example)}`,
  "schema.empty-list": (p) => `${p.field ?? "the document"} is an empty list: add at least ${p.limit} entr${p.limit === 1 ? "y" : "ies"}${eg(p.example)}`,
  "schema.repeated": (p) => `${p.field ?? "the document"} lists the same entry twice: remove the repeat`,
  "schema.range": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}: use a value ${p.least ? "of at least" : "of at most"} ${p.limit}`,
  "schema.one-of": (p) => `${p.field ?? "the document"} is ${enFound(p.actual)}: write ${p.what.en || "one of the allowed forms"}${eg(p.example)}`,
  "schema.other": (p) => `${p.field ?? "the document"} ${p.detail || "is not valid"}: see its description in the JSON Schema`,
  "cli.unknown-command": (p) => `unknown command "${p.command}"`,
  "cli.bad-option": (p) => p.detail,
  "cli.unknown-option": (p) => `unknown option ${p.option}: check its spelling against the options below; a path that starts with a dash goes after --, as in -- ${p.option}`,
  "cli.option-value-missing": (p) => `option ${p.option} needs a value${p.followedByOption ? ", and what follows it looks like another option" : ""}: write ${p.option} VALUE, or ${p.option}=-VALUE for a value that starts with a dash`,
  "cli.option-takes-no-value": (p) => `option ${p.option} takes no value: write it alone, without =VALUE`,
  "cli.unexpected-argument": (p) => `unexpected argument "${p.argument}": this command takes no such argument; remove it`,
  "cli.bad-lang": (p) => `--lang must be ${p.allowed.join(" or ")}, not "${p.value}"`,
  "cli.bad-format": (p) => `--format must be ${p.allowed.length > 2 ? `${p.allowed.slice(0, -1).join(", ")} or ${p.allowed[p.allowed.length - 1]}` : p.allowed.join(" or ")}, not "${p.value}"`,
  "cli.no-such-path": (p) => `no such file, folder or matching glob: ${p.paths}`,
  "cli.no-yaml": (p) => `no .yaml or .yml files in ${p.paths}`,
  "cli.no-documents": (p) => `no documents match "${p.glob}" under ${p.folder}: pass a file or folder`,
  "cli.need-documents": () => "name at least one upgrade document",
  "cli.need-paths": () => "name at least one PATH",
  "cli.no-codeowners": (p) => `no CODEOWNERS file in ${p.places}: pass --codeowners FILE`,
  "cli.cannot-read": (p) => `cannot read ${p.file} (${p.reason}): check the path and that the file is readable`,
  "cli.input-folder": (p) => `${p.file} is a folder, not a file: name the file itself`,
  "cli.input-symlink": (p) => `${p.file} is a symbolic link: upgrade-gate never reads where a link points, and on GitHub the Action refuses an upgrade document that is a link as well (document.unreadable); commit the document itself as a regular file at that path`,
  "cli.input-special": (p) => `${p.file} is not a regular file (a device, pipe or socket): upgrade-gate reads only regular files, name the file itself`,
  "cli.input-too-large": (p) => `${p.file} is ${p.bytes} bytes, more than the ${p.max} bytes upgrade-gate reads from such a file: check that it is the right file`,
  "cli.summary": (p) => `${p.documents} document${p.documents === 1 ? "" : "s"}: ${p.errors} error${p.errors === 1 ? "" : "s"}, ${p.warnings} warning${p.warnings === 1 ? "" : "s"}`,
  "cli.verified": (p) => `${p.records} record${p.records === 1 ? "" : "s"} verified: the archive is intact`,
  "cli.repo-form": (p) => `--repo must be OWNER/NAME, such as --repo acme/deploy${p.value ? `, not "${p.value}"` : ""}`,
  "cli.no-token": () => "no token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository, e.g. GITHUB_TOKEN=$(gh auth token)",
  "cli.repo-unreadable": (p) => `could not read ${p.repo}: ${p.error}`,
  "cli.dir-or-repo": () => "give either DIR or --repo, not both",
  "cli.date-or-time-form": (p) => `${p.option} "${p.text}" is not a date or time: write 2026-12-01, 2026-12-01T08:00 (${p.zone}) or 2026-12-01T00:00:00.000Z`,
  "cli.time-form": (p) => `--at "${p.text}" is not a time: write ${p.now ? "now, " : ""}2026-11-26T20:00 (${p.zone}), 2026-11-26T12:00:00.000Z or 2026-11-26T20:00+08:00`,
  "cli.report-unverified": (p) => `the archive fails verification (${p.count} problem${p.count === 1 ? "" : "s"}), so no report is printed: a listing of edited, missing or reordered records proves nothing. Check the problems below with upgrade-gate verify:`,
  // The Markdown report of `upgrade-gate report`: in English the report shows each piece as "English · 中文".
  "report.title": () => "Upgrade report",
  "report.counts": (p) => `${p.count} upgrade${p.count === 1 ? "" : "s"}, ${p.violations} with violations`,
  "report.outcomes-label": () => "Outcomes",
  "report.outcomes": (p) => `${p.succeeded} succeeded, ${p.failed} failed, ${p.restored} restored, ${p.pending} pending, ${p.none} not yet due`,
  "report.column.merged": () => "Merged",
  "report.column.no": () => "NO.",
  "report.column.system": () => "System",
  "report.column.version": () => "Version",
  "report.column.type": () => "Type",
  "report.column.approvers": () => "Approvers",
  "report.column.violations": () => "Violations",
  "report.column.outcome": () => "Outcome",
  "report.column.completed": () => "Completed",
  "report.column.verified-by": () => "Verified by",
  "report.backfilled": () => "backfilled",
  "report.none": () => "none",
  "report.findings": () => "Audit findings",
  "report.emergencies": () => "Emergency upgrades per month (one per emergency document, as the monthly budget counts them)",
  /** A record's values as they are; the Chinese report says them in Chinese. */
  "report.merged": (p) => `${p.weekday} ${p.date} ${p.time} ${p.zone}`,
  "report.type": (p) => p.type,
  "report.outcome": (p) => p.outcome,
  "cli.config-missing": (p) => `the configuration file ${p.file} does not exist: check the --config path`,
  "cli.codeowners-missing": (p) => `the CODEOWNERS file ${p.file} does not exist: check the --codeowners path`,
  "cli.role-form": (p) => `${p.option} ${p.spec}: the role must be ${p.ids.length ? p.ids.join(" or ") : `a role id of ${p.config}`}, or a team such as @acme/gm-office`,
  "cli.approver-form": (p) => `${p.option} ${p.spec}: write LOGIN or LOGIN:ROLE (a role id, or a team such as @acme/gm-office), such as ${p.option} li-lei:center-lead`,
  "cli.unknown-approver": (p) => `${p.login} is in no team that ${p.config} lists and is no role owner; write ${p.option} ${p.login}:${p.role} to assume one`,
  "cli.verdict": (p) => `${p.outcome}: ${p.summary}`,
  "yaml.full-width-colon": (p) => `the colon after "${p.key}" is the full-width colon "\uFF1A" (U+FF1A), which YAML does not read as a colon: type the ASCII colon ":" followed by a space (switch the input method to English punctuation)`,
  "yaml.full-width-indent": (p) => `this line is indented with ${p.code === "U+3000" ? "a full-width space" : "a no-break space"} (${p.code}), which YAML does not read as a space: replace it with ordinary spaces (switch the input method to half-width)`,
  "yaml.full-width-after-colon": (p) => `the space after the colon is ${p.code === "U+3000" ? "a full-width space" : "a no-break space"} (${p.code}), which YAML does not read as a space: replace it with an ordinary space (switch the input method to half-width)`,
  "yaml.full-width-dash": () => 'this list item starts with the full-width dash "\uFF0D" (U+FF0D), which YAML does not read as a list item: type the ASCII "-" followed by a space (switch the input method to half-width)',
  "yaml.full-width-after-dash": (p) => `the space after the list's "-" is ${p.code === "U+3000" ? "a full-width space" : "a no-break space"} (${p.code}), which YAML does not read as a space: replace it with an ordinary space (switch the input method to half-width)`,
  "yaml.full-width-bracket": () => 'the list starts with the full-width bracket "\uFF3B" (U+FF3B), which YAML reads as text: write the list with the ASCII brackets [ and ], or as "- item" lines',
  "yaml.full-width-comma": () => 'the items of this list are separated by the full-width comma "\uFF0C" (U+FF0C), which YAML reads as part of one item: separate them with the ASCII comma "," and a space; if the comma belongs to the text, put the item in quotes',
  "yaml.full-width-quotes": (p) => `the value is wrapped in the full-width quotation marks ${p.open}${p.close}, which YAML keeps as part of the text: use the ASCII quotes "\u2026" or none (switch the input method to English punctuation)`,
  "time.year": (p) => `${p.field} ${p.text} is in the year ${String(p.year).padStart(4, "0")}, which is surely a typing mistake: write a year from ${p.first} to ${p.last}`,
  "time.gap": (p) => `${p.field} ${p.text} does not exist in ${p.zone}: that night the clocks jump from ${p.from} to ${p.to} (daylight saving time begins); write a time the clock will show, such as ${p.date}T${p.to}, or write the offset`,
  "time.ambiguous": (p) => `${p.field} ${p.text} happens twice in ${p.zone}: the clocks go back that night (daylight saving time ends); write which one with its offset: ${p.earlier} (the first) or ${p.later} (the second)`,
  "config.time-zone": (p) => `time-zone "${p.zone}" is not an IANA time zone this runtime knows: ${p.meant ? `use ${p.meant}` : "use the Area/City name of the place whose clock you mean, such as Asia/Shanghai or Europe/Berlin"}`,
  "config.time-zone-abbreviation": (p) => `time-zone "${p.zone}" is an abbreviation, not a time zone${p.database ? ` (the tz database reads it as ${p.database})` : ""}: use ${p.meant}${p.others.length ? ` (or ${p.others.join(", ")}, if that is the place meant)` : ""}`,
  "config.time-zone-alias": (p) => `time-zone "${p.zone}" is an old alias the tz database keeps only for compatibility: use ${p.meant}`,
  "config.time-zone-offset": (p) => `time-zone "${p.zone}" is a fixed offset, not a time zone: it misses the clock changes of a real place; ${p.meant ? `use ${p.meant}` : "use the Area/City name of the place whose clock you mean"}`,
  "config.freeze-order": (p) => `freezes[${p.index}] "${p.name}" ends (${p.to}) before it starts (${p.from}): swap the dates`,
  "config.rule-unknown": (p) => `rules: "${p.id}" is not a rule id: ${p.guess ? `did you mean ${p.guess}?` : "see the rule table in the README for the ids"}`,
  "config.applied-by-role": (p) => `emergency.applied-by names "${p.role}", which is not a role under roles (${p.roles.join(", ")}): name a configured role whose members may apply the emergency label`,
  "config.role-title": (p) => `roles: "${p.role}" has no title in both languages: add title: { en: "\u2026", zh: "\u2026" } (the name shown on the approval form, the comment and the records); only center-lead and general-office have built-in titles`,
  "config.role-members-teams": (p) => `roles.${p.role}.members lists people for a role whose owners name several teams (${p.teams}), so it cannot say which team each one is in: list each team's members under teams: { "@org/team": [login, ...] } instead and remove members`,
  "config.team-unreadable": (p) => `the token cannot read team ${p.team} (HTTP ${p.status} from GET /orgs/{org}/teams/{team}/members), which owns an upgrade document for a role: the workflow's GITHUB_TOKEN cannot read teams; give the Action a GitHub App token or a token with the organization permission "Members: read", or list the team's members in the configuration under teams: { "${p.team}": [login, ...] }`,
  "config.policy-owner": (p) => `policy-owner: "${p.role}" is not one of the configured roles (${p.roles}): name the role whose approval a change to the policy files needs`,
  "config.roles": (p) => `no roles are configured: add a roles section to ${p.file} naming the CODEOWNERS owners of center-lead and general-office, e.g. roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`
};

// occasional:zh-CN
var import_node_module = require("node:module"), loaded, zhCNCatalog = (...args) => (loaded ??= (0, import_node_module.createRequire)(__ugModuleUrl)("./zh-CN.cjs")).zhCNCatalog(...args);

// src/messages/language.ts
var LANGUAGES = ["en", "zh-CN"];
function parseLanguage(text) {
  let t = (text ?? "").trim().toLowerCase();
  if (/^zh([-_.@]|$)/.test(t)) return "zh-CN";
  if (/^en([-_.@]|$)/.test(t)) return "en";
}
function languageFromLocale(env) {
  for (let name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    let value = env[name];
    if (value) return parseLanguage(value);
  }
}

// src/messages/index.ts
function messages(language = "en") {
  return language === "zh-CN" ? zhCNCatalog() : en;
}

// src/document/chinese-input.ts
var CJK = /[\u3400-\u9fff]/, normal = (s) => s.toLowerCase().replace(/[\s\u3000]+/g, "").replace(/星期|礼拜/g, "\u5468").replace(/周天/g, "\u5468\u65E5"), escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function chineseNames(node, allowed) {
  let zh = (node?.description ?? "").split(/\n\n+/).filter((p) => CJK.test(p)).join("");
  return allowed.map((value) => {
    let m = new RegExp(`${escape(value)}\uFF08([^\uFF09]+)\uFF09`).exec(zh);
    return [
      value,
      (m?.[1] ?? "").split(/[，、；]/).map(normal).filter(Boolean)
    ];
  });
}
function valueFromChinese(raw, node, allowed) {
  if (typeof raw != "string" || !CJK.test(raw)) return;
  let word = normal(raw), names = chineseNames(node, allowed), exact = names.filter(([, aliases]) => aliases.includes(word));
  if (exact.length === 1) return exact[0][0];
  let near = names.filter(
    ([, aliases]) => aliases.some((name) => word.length >= 2 && (name.includes(word) || word.includes(name)))
  );
  return near.length === 1 ? near[0][0] : void 0;
}
function keyFromChinese(key, properties) {
  if (!CJK.test(key)) return;
  let word = normal(key).replace(/[:：]$/, ""), titled = Object.entries(properties ?? {}).map(([name, node]) => [
    name,
    normal(node.title?.split(" \xB7 ")[1] ?? "")
  ]), exact = titled.filter(([, zh]) => zh === word);
  if (exact.length === 1) return exact[0][0];
  let near = titled.filter(([, zh]) => zh && word.length >= 2 && zh.includes(word));
  return near.length === 1 ? near[0][0] : void 0;
}
var PM = /^(下午|傍晚|晚上|夜里|夜间)$/, two = (n) => String(n).padStart(2, "0");
function timeOfDay(text) {
  let m = /^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})|[点時时]\s*(?:(半)|(\d{1,2})\s*分?)?)\s*$/.exec(
    text
  );
  if (!m) return;
  let hour = Number(m[2]), minute = m[3] ? Number(m[3]) : m[4] ? 30 : m[5] ? Number(m[5]) : 0;
  return m[1] && PM.test(m[1]) && hour < 12 || m[1] === "\u4E2D\u5348" && hour < 11 ? hour += 12 : m[1] === "\u51CC\u6668" && hour === 12 && (hour = 0), hour <= 23 && minute <= 59 ? [hour, minute] : void 0;
}
function isoFromChinese(raw, format) {
  if (typeof raw != "string") return;
  let m = /^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?\s*(.*)$/.exec(raw);
  if (!m) return;
  let [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return;
  let date = `${m[1]}-${two(month)}-${two(day)}`, rest = m[4].replace(/^[（(]?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[）)]?/, "").replace(/^T/, "").trim();
  if (!rest) return format === "local-date-time" || date === raw ? void 0 : date;
  let time = timeOfDay(rest);
  if (!time) return;
  let out = format === "date" ? date : `${date}T${two(time[0])}:${two(time[1])}`;
  return out === raw ? void 0 : out;
}

// src/document/schema-findings.ts
function pointerToPath(pointer) {
  return pointer ? pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s) : [];
}
function pathName(path) {
  return path.length === 0 ? "the document" : path.map((seg, i) => typeof seg == "number" ? `[${seg}]` : i === 0 ? seg : `.${seg}`).join("");
}
function shapeOf(value) {
  return value == null ? { kind: "empty" } : Array.isArray(value) ? { kind: "list" } : typeof value == "object" ? { kind: "mapping" } : typeof value == "number" ? { kind: "number", text: String(value) } : typeof value == "boolean" ? { kind: "boolean", text: String(value) } : { kind: "text", text: JSON.stringify(value) };
}
function exampleValue(node) {
  let ex = node?.examples?.[0];
  if (ex !== void 0)
    return typeof ex == "string" ? ex : JSON.stringify(ex);
}
var CJK2 = /[\u3400-\u9fff]/;
function describeNode(node) {
  let paragraphs = (node?.description ?? "").split(/\n\n+/).filter(Boolean), [enTitle, zhTitle] = (node?.title ?? "").split(" \xB7 "), en2 = paragraphs.filter((p) => !CJK2.test(p)).join(" ") || enTitle || "", zh = paragraphs.filter((p) => CJK2.test(p)).join("") || zhTitle || "";
  return {
    en: en2.replace(/\.$/, "").replace(/^[A-Z](?=[a-z]*[\s,.])/, (c) => c.toLowerCase()),
    zh: zh.replace(/。$/, "")
  };
}
function editDistance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1)), prev = cur;
    }
  }
  return row[b.length];
}
function didYouMean(name, known) {
  let lower = name.toLowerCase(), extended = known.filter((k) => lower.length >= 2 && k.toLowerCase().startsWith(lower));
  if (extended.length === 1) return extended[0];
  let best, bestScore = 1 / 0;
  for (let k of known) {
    let d = editDistance(name.toLowerCase(), k.toLowerCase());
    d < bestScore && ([best, bestScore] = [k, d]);
  }
  return best !== void 0 && bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function valueAt(root, path) {
  let v = root;
  for (let seg of path)
    v = v === null || typeof v != "object" ? void 0 : v[seg];
  return v;
}
var MAX_SCHEMA_FINDINGS = 100, missingField = ({ e, path, parent, t }) => {
  let missing = e.params.missingProperty, sub = parent?.properties?.[missing];
  return {
    message: t["schema.missing"]({
      field: pathName([...path, missing]),
      key: missing,
      what: describeNode(sub),
      example: exampleValue(sub)
    }),
    path,
    key: !0
  };
}, unknownField = ({ e, path, field, parent, root, t }) => {
  let extra = e.params.additionalProperty, known = Object.keys(parent?.properties ?? {}), lower = known.find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase()), chinese = keyFromChinese(extra, parent?.properties);
  return chinese ? {
    message: t["schema.chinese-key"]({ field: pathName([...path, extra]), key: chinese }),
    path: [...path, extra],
    key: !0
  } : { message: lower ? t["schema.recased"]({ field: pathName([...path, extra]), lower }) : t["schema.unknown-field"]({
    field: pathName([...path, extra]),
    parent: field,
    root,
    guess: CJK2.test(extra) ? void 0 : didYouMean(extra, known),
    known
  }), path: [...path, extra], key: !0 };
}, wrongType = ({ e, path, field, parent, raw, actual, t }) => {
  let expected = e.params.type, want = Array.isArray(expected) ? expected.join(" or ") : expected, quote = want === "string" && (typeof raw == "number" || typeof raw == "boolean") ? String(raw) : void 0;
  return { message: t["schema.type"]({ field, want, actual, quote, example: exampleValue(parent) }), path };
}, notAllowed = ({ e, path, field, parent, raw, actual, t }) => {
  let allowed = e.params.allowedValues.map(String), value = valueFromChinese(raw, parent, allowed);
  return value ? { message: t["schema.enum-chinese"]({ field, actual, value, allowed }), path } : {
    message: t["schema.enum"]({
      field,
      actual,
      // Chinese text is no misspelling of an English id: a guess by edit distance would be noise.
      guess: typeof raw == "string" && !CJK2.test(raw) ? didYouMean(raw, allowed) : void 0,
      allowed
    }),
    path
  };
}, LOGIN_DEF = "#/$defs/login/", badPattern = ({ e, path, field, parent, actual, t }) => {
  let key = e.propertyName;
  if (key === void 0 && e.schemaPath.startsWith(LOGIN_DEF))
    return { message: t["schema.login"]({ field, actual }), path };
  if (key === void 0)
    return {
      message: t["schema.pattern"]({ field, actual, what: describeNode(parent), example: exampleValue(parent) }),
      path
    };
  let lower = key.toLowerCase(), fits = lower !== key && new RegExp(e.params.pattern, "u").test(lower), named = pathName([...path, key]);
  return { message: fits ? t["schema.recased"]({ field: named, lower }) : t["schema.pattern"]({ field: named, actual: shapeOf(key), what: describeNode(parent), example: void 0 }), path: [...path, key], key: !0 };
}, outOfRange = ({ e, path, field, actual, t }) => ({
  message: t["schema.range"]({
    field,
    actual,
    least: e.keyword === "minimum",
    limit: e.params.limit
  }),
  path
}), noAlternative = ({ path, field, parent, actual, t }) => ({
  message: t["schema.one-of"]({ field, actual, what: describeNode(parent), example: exampleValue(parent) }),
  path
}), DESCRIBE = new Map(
  Object.entries({
    required: missingField,
    additionalProperties: unknownField,
    type: wrongType,
    enum: notAllowed,
    const: ({ e, path, field, actual, t }) => ({
      message: t["schema.const"]({
        field,
        actual,
        allowed: String(e.params.allowedValue)
      }),
      path
    }),
    format: ({ e, path, field, parent, raw, actual, t }) => {
      let format = e.params.format, suggestion = isoFromChinese(raw, format);
      return {
        message: t["schema.format"]({ field, actual, format, suggestion, example: exampleValue(parent) }),
        path
      };
    },
    pattern: badPattern,
    minLength: ({ path, field, parent, t }) => ({
      message: t["schema.empty-text"]({ field, what: describeNode(parent), example: exampleValue(parent) }),
      path
    }),
    minItems: ({ e, path, field, parent, t }) => ({
      message: t["schema.empty-list"]({
        field,
        limit: e.params.limit,
        example: exampleValue(parent)
      }),
      path
    }),
    uniqueItems: ({ path, field, t }) => ({ message: t["schema.repeated"]({ field }), path }),
    minimum: outOfRange,
    maximum: outOfRange,
    oneOf: noAlternative,
    anyOf: noAlternative
  })
), describeOther = ({ e, path, field, t }) => ({
  message: t["schema.other"]({ field, detail: e.message ?? "" }),
  path
});
function recasedKeys(errors) {
  let recased = /* @__PURE__ */ new Set();
  for (let e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    let extra = e.params.additionalProperty, properties = e.parentSchema?.properties, known = Object.keys(properties ?? {}).find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase()) ?? keyFromChinese(extra, properties);
    known && recased.add(`${e.instancePath}/${known}`);
  }
  return recased;
}
function schemaFindings(errors, source, file2, rule = "schema", root = "document", t = messages()) {
  let relevant = errors.filter(
    (e) => e.keyword !== "if" && e.keyword !== "propertyNames" && !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath)
  ), recased = recasedKeys(relevant), seen = /* @__PURE__ */ new Set(), out = [];
  for (let e of relevant) {
    if (e.keyword === "required" && recased.has(`${e.instancePath}/${e.params.missingProperty}`))
      continue;
    if (out.length >= MAX_SCHEMA_FINDINGS) {
      out.push({
        rule,
        severity: "error",
        file: file2,
        line: 1,
        column: 1,
        message: t["schema.more"]({ count: relevant.length - MAX_SCHEMA_FINDINGS })
      });
      break;
    }
    let path = pointerToPath(e.instancePath), raw = valueAt(source.value, path), context = {
      e,
      path,
      field: path.length === 0 ? void 0 : pathName(path),
      parent: e.parentSchema,
      raw,
      actual: shapeOf(raw),
      root,
      t
    }, described = (DESCRIBE.get(e.keyword) ?? describeOther)(context), seenKey = `${e.instancePath}|${e.keyword}|${described.message}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    let pos = described.key ? source.locateKey(described.path) : source.locate(described.path);
    out.push({ rule, severity: "error", message: described.message, file: file2, ...pos });
  }
  return out;
}

// src/document/schema-validator.ts
var compiled = /* @__PURE__ */ new Map();
function validatorFor(schema3) {
  let fn = compiled.get(schema3);
  return fn || (fn = compileValidator(schema3), compiled.set(schema3, fn)), fn;
}
function schemaErrors(schema3, value) {
  let fn = validatorFor(schema3);
  return fn(value) ? [] : [...fn.errors ?? []];
}

// src/document/source-text.ts
var MAX_DOCUMENT_BYTES = 1024 * 1024;
function tooLargeFinding(size, file2, t = messages()) {
  return {
    rule: "yaml.too-large",
    severity: "error",
    file: file2,
    line: 1,
    column: 1,
    message: t["yaml.file-too-large"]({ bytes: size, max: MAX_DOCUMENT_BYTES })
  };
}
function decodeSource(bytes, file2, t = messages(), opts = {}) {
  return bytes.byteLength > MAX_DOCUMENT_BYTES ? { finding: tooLargeFinding(bytes.byteLength, file2, t) } : decodeText(bytes, file2, t, opts);
}
function decodeText(bytes, file2, t = messages(), { refuseNul = !0 } = {}) {
  let at = (line, column, message) => ({
    finding: { rule: "yaml.encoding", severity: "error", file: file2, line, column, message }
  });
  if (isUtf16(bytes)) return at(1, 1, t["yaml.utf16"]());
  let nul = refuseNul ? bytes.indexOf(0) : -1;
  if (nul >= 0) {
    let { line, column } = positionOf(new TextDecoder("utf-8", { fatal: !1 }).decode(bytes.subarray(0, nul)));
    return at(line, column, t["yaml.nul"]());
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !1 }).decode(bytes) };
  } catch {
    let lossy = new TextDecoder("utf-8", { fatal: !1 }).decode(bytes), { line, column } = positionOf(lossy.slice(0, Math.max(lossy.indexOf("\uFFFD"), 0)));
    return at(line, column, t["yaml.encoding"]());
  }
}
function positionOf(before) {
  let lines = before.split(`
`);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
var UTF16_SAMPLE = 4096;
function isUtf16(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255))
    return !0;
  let n = Math.min(bytes.length, UTF16_SAMPLE) & -2;
  if (n < 4) return !1;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2)
    bytes[i] === 0 && evenNul++, bytes[i + 1] === 0 && oddNul++;
  let pairs2 = n / 2, most = Math.max(evenNul, oddNul);
  return most >= pairs2 * 0.25 && Math.min(evenNul, oddNul) <= most / 20;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x.default : x;
}
var jsYaml = {}, loader = {}, common = {}, hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject > "u" || subject === null;
  }
  function isObject(subject) {
    return typeof subject == "object" && subject !== null;
  }
  function toArray(sequence) {
    return Array.isArray(sequence) ? sequence : isNothing(sequence) ? [] : [sequence];
  }
  function extend(target, source) {
    if (source) {
      let sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        let key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1)
      result += string;
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  return common.isNothing = isNothing, common.isObject = isObject, common.toArray = toArray, common.repeat = repeat, common.isNegativeZero = isNegativeZero, common.extend = extend, common;
}
var exception, hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "", message = exception2.reason || "(unknown reason)";
    return exception2.mark ? (exception2.mark.name && (where += 'in "' + exception2.mark.name + '" '), where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")", !compact && exception2.mark.snippet && (where += `

` + exception2.mark.snippet), message + " " + where) : message;
  }
  function YAMLException2(reason, mark) {
    Error.call(this), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError(this, !1), Error.captureStackTrace ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error().stack || "";
  }
  return YAMLException2.prototype = Object.create(Error.prototype), YAMLException2.prototype.constructor = YAMLException2, YAMLException2.prototype.toString = function(compact) {
    return this.name + ": " + formatError(this, compact);
  }, exception = YAMLException2, exception;
}
var snippet, hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  let common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    if (options = Object.create(options || null), !mark.buffer) return null;
    options.maxLength || (options.maxLength = 79), typeof options.indent != "number" && (options.indent = 1), typeof options.linesBefore != "number" && (options.linesBefore = 3), typeof options.linesAfter != "number" && (options.linesAfter = 2);
    let re2 = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
    for (; match = re2.exec(mark.buffer); )
      lineEnds.push(match.index), lineStarts.push(match.index + match[0].length), mark.position <= match.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
    foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
    let result = "", lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length, maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore && !(foundLineNo - i < 0); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + `
` + result;
    }
    let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + `
`, result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + `^
`;
    for (let i = 1; i <= options.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + `
`;
    }
    return result.replace(/\n$/, "");
  }
  return snippet = makeSnippet, snippet;
}
var type, hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  let YAMLException2 = requireException(), TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ], YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    let result = {};
    return map2 !== null && Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    }), result;
  }
  function Type2(tag, options) {
    if (options = options || {}, Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1)
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }), this.options = options, this.tag = tag, this.kind = options.kind || null, this.resolve = options.resolve || function() {
      return !0;
    }, this.construct = options.construct || function(data) {
      return data;
    }, this.instanceOf = options.instanceOf || null, this.predicate = options.predicate || null, this.represent = options.represent || null, this.representName = options.representName || null, this.defaultStyle = options.defaultStyle || null, this.multi = options.multi || !1, this.styleAliases = compileStyleAliases(options.styleAliases || null), YAML_NODE_KINDS.indexOf(this.kind) === -1)
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
  return type = Type2, type;
}
var schema2, hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema2;
  hasRequiredSchema = 1;
  let YAMLException2 = requireException(), Type2 = requireType();
  function compileList(schema22, name) {
    let result = [];
    return schema22[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi && (newIndex = previousIndex);
      }), result[newIndex] = currentType;
    }), result;
  }
  function compileMap() {
    let result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      type2.multi ? (result.multi[type2.kind].push(type2), result.multi.fallback.push(type2)) : result[type2.kind][type2.tag] = result.fallback[type2.tag] = type2;
    }
    for (let index = 0, length = arguments.length; index < length; index += 1)
      arguments[index].forEach(collectType);
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  return Schema2.prototype.extend = function(definition) {
    let implicit = [], explicit = [];
    if (definition instanceof Type2)
      explicit.push(definition);
    else if (Array.isArray(definition))
      explicit = explicit.concat(definition);
    else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit)))
      definition.implicit && (implicit = implicit.concat(definition.implicit)), definition.explicit && (explicit = explicit.concat(definition.explicit));
    else
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      if (type2.loadKind && type2.loadKind !== "scalar")
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      if (type2.multi)
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }), explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    });
    let result = Object.create(Schema2.prototype);
    return result.implicit = (this.implicit || []).concat(implicit), result.explicit = (this.explicit || []).concat(explicit), result.compiledImplicit = compileList(result, "implicit"), result.compiledExplicit = compileList(result, "explicit"), result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit), result;
  }, schema2 = Schema2, schema2;
}
var str, hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  let Type2 = requireType();
  return str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  }), str;
}
var seq, hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  let Type2 = requireType();
  return seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  }), seq;
}
var map, hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  let Type2 = requireType();
  return map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  }), map;
}
var failsafe, hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  let Schema2 = requireSchema();
  return failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  }), failsafe;
}
var _null, hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  let Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return !0;
    let max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  return _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  }), _null;
}
var bool, hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  let Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return !1;
    let max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  return bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  }), bool;
}
var int, hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  let common2 = requireCommon(), Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return !1;
    let max = data.length, index = 0, hasDigits = !1;
    if (!max) return !1;
    let ch = data[index];
    if ((ch === "-" || ch === "+") && (ch = data[++index]), ch === "0") {
      if (index + 1 === max) return !0;
      if (ch = data[++index], ch === "b") {
        for (index++; index < max; index++) {
          if (ch = data[index], ch !== "0" && ch !== "1") return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        for (index++; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        for (index++; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index)))
        return !1;
      hasDigits = !0;
    }
    return hasDigits ? isFinite(parseYamlInteger(data)) : !1;
  }
  function parseYamlInteger(data) {
    let value = data, sign = 1, ch = value[0];
    if ((ch === "-" || ch === "+") && (ch === "-" && (sign = -1), value = value.slice(1), ch = value[0]), value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && object % 1 === 0 && !common2.isNegativeZero(object);
  }
  return int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  }), int;
}
var float, hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  let common2 = requireCommon(), Type2 = requireType(), YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  ), YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    return data === null || !YAML_FLOAT_PATTERN.test(data) ? !1 : isFinite(parseFloat(data, 10)) ? !0 : YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
    return "+-".indexOf(value[0]) >= 0 && (value = value.slice(1)), value === ".inf" ? sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY : value === ".nan" ? NaN : sign * parseFloat(value, 10);
  }
  let SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object))
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    else if (Number.POSITIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    else if (Number.NEGATIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    else if (common2.isNegativeZero(object))
      return "-0.0";
    let res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  return float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  }), float;
}
var json, hasRequiredJson;
function requireJson() {
  return hasRequiredJson || (hasRequiredJson = 1, json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  })), json;
}
var core, hasRequiredCore;
function requireCore() {
  return hasRequiredCore || (hasRequiredCore = 1, core = requireJson()), core;
}
var timestamp, hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  let Type2 = requireType(), YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  ), YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    return data === null ? !1 : YAML_DATE_REGEXP.exec(data) !== null || YAML_TIMESTAMP_REGEXP.exec(data) !== null;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0, delta = null, match = YAML_DATE_REGEXP.exec(data);
    if (match === null && (match = YAML_TIMESTAMP_REGEXP.exec(data)), match === null) throw new Error("Date resolve error");
    let year = +match[1], month = +match[2] - 1, day = +match[3];
    if (!match[4])
      return new Date(Date.UTC(year, month, day));
    let hour = +match[4], minute = +match[5], second = +match[6];
    if (match[7]) {
      for (fraction = match[7].slice(0, 3); fraction.length < 3; )
        fraction += "0";
      fraction = +fraction;
    }
    if (match[9]) {
      let tzHour = +match[10], tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4, match[9] === "-" && (delta = -delta);
    }
    let date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    return delta && date.setTime(date.getTime() - delta), date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  return timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  }), timestamp;
}
var merge, hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  let Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  return merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  }), merge;
}
var binary, hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  let Type2 = requireType(), BASE64_MAP = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;
  function resolveYamlBinary(data) {
    if (data === null) return !1;
    let bitlen = 0, max = data.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      let code2 = map2.indexOf(data.charAt(idx));
      if (!(code2 > 64)) {
        if (code2 < 0) return !1;
        bitlen += 6;
      }
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    let input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
    for (let idx = 0; idx < max; idx++)
      idx % 4 === 0 && idx && (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)), bits = bits << 6 | map2.indexOf(input.charAt(idx));
    let tailbits = max % 4 * 6;
    return tailbits === 0 ? (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)) : tailbits === 18 ? (result.push(bits >> 10 & 255), result.push(bits >> 2 & 255)) : tailbits === 12 && result.push(bits >> 4 & 255), new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "", bits = 0, max = object.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++)
      idx % 3 === 0 && idx && (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]), bits = (bits << 8) + object[idx];
    let tail = max % 3;
    return tail === 0 ? (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]) : tail === 2 ? (result += map2[bits >> 10 & 63], result += map2[bits >> 4 & 63], result += map2[bits << 2 & 63], result += map2[64]) : tail === 1 && (result += map2[bits >> 2 & 63], result += map2[bits << 4 & 63], result += map2[64], result += map2[64]), result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  return binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  }), binary;
}
var omap, hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty, _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return !0;
    let objectKeys = {}, object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index], pairHasKey = !1;
      if (_toString.call(pair) !== "[object Object]") return !1;
      let pairKey;
      for (pairKey in pair)
        if (_hasOwnProperty.call(pair, pairKey))
          if (!pairHasKey) pairHasKey = !0;
          else return !1;
      if (!pairHasKey || _hasOwnProperty.call(objectKeys, pairKey)) return !1;
      Object.defineProperty(objectKeys, pairKey, { value: !0 });
    }
    return !0;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  return omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  }), omap;
}
var pairs, hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  let Type2 = requireType(), _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return !0;
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return !1;
      let keys = Object.keys(pair);
      if (keys.length !== 1) return !1;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return !0;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index], keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  return pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  }), pairs;
}
var set, hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return !0;
    let object = data;
    for (let key in object)
      if (_hasOwnProperty.call(object, key) && object[key] !== null)
        return !1;
    return !0;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  return set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  }), set;
}
var _default, hasRequired_default;
function require_default() {
  return hasRequired_default || (hasRequired_default = 1, _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  })), _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), makeSnippet = requireSnippet(), DEFAULT_SCHEMA2 = require_default(), _hasOwnProperty = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, CHOMPING_CLIP = 1, CHOMPING_STRIP = 2, CHOMPING_KEEP = 3, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57)
      return c - 48;
    let lc = c | 32;
    return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
  }
  function escapedHexLen(c) {
    return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
  }
  function fromDecimalCode(c) {
    return c >= 48 && c <= 57 ? c - 48 : -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return `
`;
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    key === "__proto__" ? Object.defineProperty(object, key, {
      configurable: !0,
      enumerable: !0,
      writable: !0,
      value
    }) : object[key] = value;
  }
  let simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++)
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
  function State(input, options) {
    this.input = input, this.filename = options.filename || null, this.schema = options.schema || DEFAULT_SCHEMA2, this.onWarning = options.onWarning || null, this.legacy = options.legacy || !1, this.json = options.json || !1, this.listener = options.listener || null, this.maxDepth = typeof options.maxDepth == "number" ? options.maxDepth : 100, this.maxTotalMergeKeys = typeof options.maxTotalMergeKeys == "number" ? options.maxTotalMergeKeys : 1e4, this.implicitTypes = this.schema.compiledImplicit, this.typeMap = this.schema.compiledTypeMap, this.length = input.length, this.position = 0, this.line = 0, this.lineStart = 0, this.lineIndent = 0, this.depth = 0, this.totalMergeKeys = 0, this.firstTabInLine = -1, this.documents = [], this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    let mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    return mark.snippet = makeSnippet(mark), new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    state.onWarning && state.onWarning.call(null, generateError(state, message));
  }
  function storeAnchor(state, name, value) {
    let transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      let transaction = transactions[transactions.length - 1];
      _hasOwnProperty.call(transaction, name) || (transaction[name] = {
        existed: _hasOwnProperty.call(state.anchorMap, name),
        value: state.anchorMap[name]
      });
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    let parent = transactions[transactions.length - 1], names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      let name = names[index];
      _hasOwnProperty.call(parent, name) || (parent[name] = transaction[name]);
    }
  }
  function rollbackAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      let entry = transaction[names[index]];
      entry.existed ? state.anchorMap[names[index]] = entry.value : delete state.anchorMap[names[index]];
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position, state.line = snapshot.line, state.lineStart = snapshot.lineStart, state.lineIndent = snapshot.lineIndent, state.firstTabInLine = snapshot.firstTabInLine, state.tag = snapshot.tag, state.anchor = snapshot.anchor, state.kind = snapshot.kind, state.result = snapshot.result;
  }
  let directiveHandlers = {
    YAML: function(state, name, args) {
      state.version !== null && throwError(state, "duplication of %YAML directive"), args.length !== 1 && throwError(state, "YAML directive accepts exactly one argument");
      let match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      match === null && throwError(state, "ill-formed argument of the YAML directive");
      let major = parseInt(match[1], 10), minor = parseInt(match[2], 10);
      major !== 1 && throwError(state, "unacceptable YAML version of the document"), state.version = args[0], state.checkLineBreaks = minor < 2, minor !== 1 && minor !== 2 && throwWarning(state, "unsupported YAML version of the document");
    },
    TAG: function(state, name, args) {
      let prefix;
      args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
      let handle = args[0];
      prefix = args[1], PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), _hasOwnProperty.call(state.tagMap, handle) && throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle'), PATTERN_TAG_URI.test(prefix) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      try {
        prefix = decodeURIComponent(prefix);
      } catch {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      let _result = state.input.slice(start, end);
      if (checkJson)
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          let _character = _result.charCodeAt(_position);
          _character === 9 || _character >= 32 && _character <= 1114111 || throwError(state, "expected valid JSON character");
        }
      else PATTERN_NON_PRINTABLE.test(_result) && throwError(state, "the stream contains non-printable characters");
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++, state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys && throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    common2.isObject(source) || throwError(state, "cannot merge mappings; the provided source object is unacceptable"), chargeMergeWork(state);
    let sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      let key = sourceKeys[index];
      chargeMergeWork(state), _hasOwnProperty.call(destination, key) || (setProperty(destination, key, source[key]), overridableKeys[key] = !0);
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1)
        Array.isArray(keyNode[index]) && throwError(state, "nested arrays are not supported inside keys"), typeof keyNode == "object" && _class(keyNode[index]) === "[object Object]" && (keyNode[index] = "[object Object]");
    }
    if (typeof keyNode == "object" && _class(keyNode) === "[object Object]" && (keyNode = "[object Object]"), keyNode = String(keyNode), _result === null && (_result = {}), keyTag === "tag:yaml.org,2002:merge")
      if (Array.isArray(valueNode)) {
        valueNode.length > 100 && throwError(state, "abnormal merge sequence size");
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1)
          mergeMappings(state, _result, valueNode[index], overridableKeys);
      } else
        mergeMappings(state, _result, valueNode, overridableKeys);
    else
      !state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode) && (state.line = startLine || state.line, state.lineStart = startLineStart || state.lineStart, state.position = startPos || state.position, throwError(state, "duplicated mapping key")), setProperty(_result, keyNode, valueNode), delete overridableKeys[keyNode];
    return _result;
  }
  function readLineBreak(state) {
    let ch = state.input.charCodeAt(state.position);
    ch === 10 ? state.position++ : ch === 13 ? (state.position++, state.input.charCodeAt(state.position) === 10 && state.position++) : throwError(state, "a line break is expected"), state.line += 1, state.lineStart = state.position, state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0, ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      for (; isWhiteSpace(ch); )
        ch === 9 && state.firstTabInLine === -1 && (state.firstTabInLine = state.position), ch = state.input.charCodeAt(++state.position);
      if (allowComments && ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (ch !== 10 && ch !== 13 && ch !== 0);
      if (isEol(ch))
        for (readLineBreak(state), ch = state.input.charCodeAt(state.position), lineBreaks++, state.lineIndent = 0; ch === 32; )
          state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      else
        break;
    }
    return checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent && throwWarning(state, "deficient indentation"), lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position, ch = state.input.charCodeAt(_position);
    return !!((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2) && (_position += 3, ch = state.input.charCodeAt(_position), ch === 0 || isWsOrEol(ch)));
  }
  function writeFoldedLines(state, count) {
    count === 1 ? state.result += " " : count > 1 && (state.result += common2.repeat(`
`, count - 1));
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
      return !1;
    if (ch === 63 || ch === 45) {
      let following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
        return !1;
    }
    for (state.kind = "scalar", state.result = "", captureStart = captureEnd = state.position, hasPendingContent = !1; ch !== 0; ) {
      if (ch === 58) {
        let following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
          break;
      } else if (ch === 35) {
        let preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding))
          break;
      } else {
        if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch))
          break;
        if (isEol(ch))
          if (_line = state.line, _lineStart = state.lineStart, _lineIndent = state.lineIndent, skipSeparationSpace(state, !1, -1), state.lineIndent >= nodeIndent) {
            hasPendingContent = !0, ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd, state.line = _line, state.lineStart = _lineStart, state.lineIndent = _lineIndent;
            break;
          }
      }
      hasPendingContent && (captureSegment(state, captureStart, captureEnd, !1), writeFoldedLines(state, state.line - _line), captureStart = captureEnd = state.position, hasPendingContent = !1), isWhiteSpace(ch) || (captureEnd = state.position + 1), ch = state.input.charCodeAt(++state.position);
    }
    return captureSegment(state, captureStart, captureEnd, !1), state.result ? !0 : (state.kind = _kind, state.result = _result, !1);
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, ch = state.input.charCodeAt(state.position);
    if (ch !== 39)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; )
      if (ch === 39)
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), ch === 39)
          captureStart = state.position, state.position++, captureEnd = state.position;
        else
          return !0;
      else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a single quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, tmp, ch = state.input.charCodeAt(state.position);
    if (ch !== 34)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; ) {
      if (ch === 34)
        return captureSegment(state, captureStart, state.position, !0), state.position++, !0;
      if (ch === 92) {
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), isEol(ch))
          skipSeparationSpace(state, !1, nodeIndent);
        else if (ch < 256 && simpleEscapeCheck[ch])
          state.result += simpleEscapeMap[ch], state.position++;
        else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp, hexResult = 0;
          for (; hexLength > 0; hexLength--)
            ch = state.input.charCodeAt(++state.position), (tmp = fromHexCode(ch)) >= 0 ? hexResult = (hexResult << 4) + tmp : throwError(state, "expected hexadecimal character");
          state.result += charFromCodepoint(hexResult), state.position++;
        } else
          throwError(state, "unknown escape sequence");
        captureStart = captureEnd = state.position;
      } else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a double quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = !0, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch = state.input.charCodeAt(state.position);
    if (ch === 91)
      terminator = 93, isMapping = !1, _result = [];
    else if (ch === 123)
      terminator = 125, isMapping = !0, _result = {};
    else
      return !1;
    for (state.anchor !== null && storeAnchor(state, state.anchor, _result), ch = state.input.charCodeAt(++state.position); ch !== 0; ) {
      if (skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === terminator)
        return state.position++, state.tag = _tag, state.anchor = _anchor, state.kind = isMapping ? "mapping" : "sequence", state.result = _result, !0;
      if (readNext ? ch === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries"), keyTag = keyNode = valueNode = null, isPair = isExplicitPair = !1, ch === 63) {
        let following = state.input.charCodeAt(state.position + 1);
        isWsOrEol(following) && (isPair = isExplicitPair = !0, state.position++, skipSeparationSpace(state, !0, nodeIndent));
      }
      _line = state.line, _lineStart = state.lineStart, _pos = state.position, composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), keyTag = state.tag, keyNode = state.result, skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), (isExplicitPair || state.line === _line) && ch === 58 && (isPair = !0, ch = state.input.charCodeAt(++state.position), skipSeparationSpace(state, !0, nodeIndent), composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), valueNode = state.result), isMapping ? storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos) : isPair ? _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)) : _result.push(keyNode), skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === 44 ? (readNext = !0, ch = state.input.charCodeAt(++state.position)) : readNext = !1;
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding, chomping = CHOMPING_CLIP, didReadContent = !1, detectedIndent = !1, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = !1, tmp, ch = state.input.charCodeAt(state.position);
    if (ch === 124)
      folding = !1;
    else if (ch === 62)
      folding = !0;
    else
      return !1;
    for (state.kind = "scalar", state.result = ""; ch !== 0; )
      if (ch = state.input.charCodeAt(++state.position), ch === 43 || ch === 45)
        CHOMPING_CLIP === chomping ? chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP : throwError(state, "repeat of a chomping mode identifier");
      else if ((tmp = fromDecimalCode(ch)) >= 0)
        tmp === 0 ? throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one") : detectedIndent ? throwError(state, "repeat of an indentation width identifier") : (textIndent = nodeIndent + tmp - 1, detectedIndent = !0);
      else
        break;
    if (isWhiteSpace(ch)) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (isWhiteSpace(ch));
      if (ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (!isEol(ch) && ch !== 0);
    }
    for (; ch !== 0; ) {
      for (readLineBreak(state), state.lineIndent = 0, ch = state.input.charCodeAt(state.position); (!detectedIndent || state.lineIndent < textIndent) && ch === 32; )
        state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      if (!detectedIndent && state.lineIndent > textIndent && (textIndent = state.lineIndent), isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0 && throwError(state, "missing indentation for block scalar"), state.lineIndent < textIndent) {
        chomping === CHOMPING_KEEP ? state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines) : chomping === CHOMPING_CLIP && didReadContent && (state.result += `
`);
        break;
      }
      folding ? isWhiteSpace(ch) ? (atMoreIndented = !0, state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, state.result += common2.repeat(`
`, emptyLines + 1)) : emptyLines === 0 ? didReadContent && (state.result += " ") : state.result += common2.repeat(`
`, emptyLines) : state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines), didReadContent = !0, detectedIndent = !0, emptyLines = 0;
      let captureStart = state.position;
      for (; !isEol(ch) && ch !== 0; )
        ch = state.input.charCodeAt(++state.position);
      captureSegment(state, captureStart, state.position, !1);
    }
    return !0;
  }
  function readBlockSequence(state, nodeIndent) {
    let _tag = state.tag, _anchor = state.anchor, _result = [], detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0 && (state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation")), ch === 45); ) {
      let following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following))
        break;
      if (detected = !0, state.position++, skipSeparationSpace(state, !0, -1) && state.lineIndent <= nodeIndent) {
        _result.push(null), ch = state.input.charCodeAt(state.position);
        continue;
      }
      let _line = state.line;
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), _result.push(state.result), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a sequence entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return detected ? (state.tag = _tag, state.anchor = _anchor, state.kind = "sequence", state.result = _result, !0) : !1;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = !1, detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      !atExplicitKey && state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
      let following = state.input.charCodeAt(state.position + 1), _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following))
        ch === 63 ? (atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !0, allowCompact = !0) : atExplicitKey ? (atExplicitKey = !1, allowCompact = !0) : throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"), state.position += 1, ch = following;
      else {
        if (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position, !composeNode(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0))
          break;
        if (state.line === _line) {
          for (ch = state.input.charCodeAt(state.position); isWhiteSpace(ch); )
            ch = state.input.charCodeAt(++state.position);
          if (ch === 58)
            ch = state.input.charCodeAt(++state.position), isWsOrEol(ch) || throwError(state, "a whitespace character is expected after the key-value separator within a block mapping"), atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !1, allowCompact = !1, keyTag = state.tag, keyNode = state.result;
          else if (detected)
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          else
            return state.tag = _tag, state.anchor = _anchor, !0;
        } else if (detected)
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        else
          return state.tag = _tag, state.anchor = _anchor, !0;
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && (atExplicitKey && (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position), composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, allowCompact) && (atExplicitKey ? keyNode = state.result : valueNode = state.result), atExplicitKey || (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position)), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a mapping entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return atExplicitKey && storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), detected && (state.tag = _tag, state.anchor = _anchor, state.kind = "mapping", state.result = _result), detected;
  }
  function readTagProperty(state) {
    let isVerbatim = !1, isNamed = !1, tagHandle, tagName, ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return !1;
    state.tag !== null && throwError(state, "duplication of a tag property"), ch = state.input.charCodeAt(++state.position), ch === 60 ? (isVerbatim = !0, ch = state.input.charCodeAt(++state.position)) : ch === 33 ? (isNamed = !0, tagHandle = "!!", ch = state.input.charCodeAt(++state.position)) : tagHandle = "!";
    let _position = state.position;
    if (isVerbatim) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (ch !== 0 && ch !== 62);
      state.position < state.length ? (tagName = state.input.slice(_position, state.position), ch = state.input.charCodeAt(++state.position)) : throwError(state, "unexpected end of the stream within a verbatim tag");
    } else {
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch === 33 && (isNamed ? throwError(state, "tag suffix cannot contain exclamation marks") : (tagHandle = state.input.slice(_position - 1, state.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state, "named tag handle cannot contain such characters"), isNamed = !0, _position = state.position + 1)), ch = state.input.charCodeAt(++state.position);
      tagName = state.input.slice(_position, state.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state, "tag suffix cannot contain flow indicator characters");
    }
    tagName && !PATTERN_TAG_URI.test(tagName) && throwError(state, "tag name cannot contain such characters: " + tagName);
    try {
      tagName = decodeURIComponent(tagName);
    } catch {
      throwError(state, "tag name is malformed: " + tagName);
    }
    return isVerbatim ? state.tag = tagName : _hasOwnProperty.call(state.tagMap, tagHandle) ? state.tag = state.tagMap[tagHandle] + tagName : tagHandle === "!" ? state.tag = "!" + tagName : tagHandle === "!!" ? state.tag = "tag:yaml.org,2002:" + tagName : throwError(state, 'undeclared tag handle "' + tagHandle + '"'), !0;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return !1;
    state.anchor !== null && throwError(state, "duplication of an anchor property"), ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    return state.position === _position && throwError(state, "name of an anchor node must contain at least one character"), state.anchor = state.input.slice(_position, state.position), !0;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return !1;
    ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    state.position === _position && throwError(state, "name of an alias node must contain at least one character");
    let alias = state.input.slice(_position, state.position);
    return _hasOwnProperty.call(state.anchorMap, alias) || throwError(state, 'unidentified alias "' + alias + '"'), state.result = state.anchorMap[alias], skipSeparationSpace(state, !0, -1), !0;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    let fallbackState = snapshotState(state);
    return beginAnchorTransaction(state), restoreState(state, propertyStart), state.tag = null, state.anchor = null, state.kind = null, state.result = null, readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping" ? (commitAnchorTransaction(state), !0) : (rollbackAnchorTransaction(state), restoreState(state, fallbackState), !1);
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, type2, flowIndent, blockIndent;
    state.depth >= state.maxDepth && throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")"), state.depth += 1, state.listener !== null && state.listener("open", state), state.tag = null, state.anchor = null, state.kind = null, state.result = null;
    let allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek && skipSeparationSpace(state, !0, -1) && (atNewLine = !0, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)), indentStatus === 1)
      for (; ; ) {
        let ch = state.input.charCodeAt(state.position), propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null) || !readTagProperty(state) && !readAnchorProperty(state))
          break;
        propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state, !0, -1) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)) : allowBlockCollections = !1;
      }
    if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext)
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext ? flowIndent = parentIndent : flowIndent = parentIndent + 1, blockIndent = state.position - state.lineStart, indentStatus === 1)
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent))
          hasContent = !0;
        else {
          let ch = state.input.charCodeAt(state.position);
          propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          ) || allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent) ? hasContent = !0 : readAlias(state) ? (hasContent = !0, (state.tag !== null || state.anchor !== null) && throwError(state, "alias node should not have any properties")) : readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext) && (hasContent = !0, state.tag === null && (state.tag = "?")), state.anchor !== null && storeAnchor(state, state.anchor, state.result);
        }
      else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state, blockIndent));
    if (state.tag === null)
      state.anchor !== null && storeAnchor(state, state.anchor, state.result);
    else if (state.tag === "?") {
      state.result !== null && state.kind !== "scalar" && throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1)
        if (type2 = state.implicitTypes[typeIndex], type2.resolve(state.result)) {
          state.result = type2.construct(state.result), state.tag = type2.tag, state.anchor !== null && storeAnchor(state, state.anchor, state.result);
          break;
        }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag))
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      else {
        type2 = null;
        let typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1)
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
      }
      type2 || throwError(state, "unknown tag !<" + state.tag + ">"), state.result !== null && type2.kind !== state.kind && throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"'), type2.resolve(state.result, state.tag) ? (state.result = type2.construct(state.result, state.tag), state.anchor !== null && storeAnchor(state, state.anchor, state.result)) : throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    }
    return state.listener !== null && state.listener("close", state), state.depth -= 1, state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    let documentStart = state.position, hasDirectives = !1, ch;
    for (state.version = null, state.checkLineBreaks = state.legacy, state.tagMap = /* @__PURE__ */ Object.create(null), state.anchorMap = /* @__PURE__ */ Object.create(null); (ch = state.input.charCodeAt(state.position)) !== 0 && (skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), !(state.lineIndent > 0 || ch !== 37)); ) {
      hasDirectives = !0, ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch = state.input.charCodeAt(++state.position);
      let directiveName = state.input.slice(_position, state.position), directiveArgs = [];
      for (directiveName.length < 1 && throwError(state, "directive name must not be less than one character in length"); ch !== 0; ) {
        for (; isWhiteSpace(ch); )
          ch = state.input.charCodeAt(++state.position);
        if (ch === 35) {
          do
            ch = state.input.charCodeAt(++state.position);
          while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        for (_position = state.position; ch !== 0 && !isWsOrEol(ch); )
          ch = state.input.charCodeAt(++state.position);
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      ch !== 0 && readLineBreak(state), _hasOwnProperty.call(directiveHandlers, directiveName) ? directiveHandlers[directiveName](state, directiveName, directiveArgs) : throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
    if (skipSeparationSpace(state, !0, -1), state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 ? (state.position += 3, skipSeparationSpace(state, !0, -1)) : hasDirectives && throwError(state, "directives end mark is expected"), composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, !0), skipSeparationSpace(state, !0, -1), state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position)) && throwWarning(state, "non-ASCII line breaks are interpreted as content"), state.documents.push(state.result), state.position === state.lineStart && testDocumentSeparator(state)) {
      state.input.charCodeAt(state.position) === 46 && (state.position += 3, skipSeparationSpace(state, !0, -1));
      return;
    }
    state.position < state.length - 1 && throwError(state, "end of the stream or a document separator is expected");
  }
  function loadDocuments(input, options) {
    input = String(input), options = options || {}, input.length !== 0 && (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13 && (input += `
`), input.charCodeAt(0) === 65279 && (input = input.slice(1)));
    let state = new State(input, options), nullpos = input.indexOf("\0");
    for (nullpos !== -1 && (state.position = nullpos, throwError(state, "null byte is not allowed in input")), state.input += "\0"; state.input.charCodeAt(state.position) === 32; )
      state.lineIndent += 1, state.position += 1;
    for (; state.position < state.length - 1; )
      readDocument(state);
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    iterator !== null && typeof iterator == "object" && typeof options > "u" && (options = iterator, iterator = null);
    let documents = loadDocuments(input, options);
    if (typeof iterator != "function")
      return documents;
    for (let index = 0, length = documents.length; index < length; index += 1)
      iterator(documents[index]);
  }
  function load2(input, options) {
    let documents = loadDocuments(input, options);
    if (documents.length !== 0) {
      if (documents.length === 1)
        return documents[0];
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
  }
  return loader.loadAll = loadAll2, loader.load = load2, loader;
}
var dumper = {}, hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), DEFAULT_SCHEMA2 = require_default(), _toString = Object.prototype.toString, _hasOwnProperty = Object.prototype.hasOwnProperty, CHAR_BOM = 65279, CHAR_TAB = 9, CHAR_LINE_FEED = 10, CHAR_CARRIAGE_RETURN = 13, CHAR_SPACE = 32, CHAR_EXCLAMATION = 33, CHAR_DOUBLE_QUOTE = 34, CHAR_SHARP = 35, CHAR_PERCENT = 37, CHAR_AMPERSAND = 38, CHAR_SINGLE_QUOTE = 39, CHAR_ASTERISK = 42, CHAR_COMMA = 44, CHAR_MINUS = 45, CHAR_COLON = 58, CHAR_EQUALS = 61, CHAR_GREATER_THAN = 62, CHAR_QUESTION = 63, CHAR_COMMERCIAL_AT = 64, CHAR_LEFT_SQUARE_BRACKET = 91, CHAR_RIGHT_SQUARE_BRACKET = 93, CHAR_GRAVE_ACCENT = 96, CHAR_LEFT_CURLY_BRACKET = 123, CHAR_VERTICAL_LINE = 124, CHAR_RIGHT_CURLY_BRACKET = 125, ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0", ESCAPE_SEQUENCES[7] = "\\a", ESCAPE_SEQUENCES[8] = "\\b", ESCAPE_SEQUENCES[9] = "\\t", ESCAPE_SEQUENCES[10] = "\\n", ESCAPE_SEQUENCES[11] = "\\v", ESCAPE_SEQUENCES[12] = "\\f", ESCAPE_SEQUENCES[13] = "\\r", ESCAPE_SEQUENCES[27] = "\\e", ESCAPE_SEQUENCES[34] = '\\"', ESCAPE_SEQUENCES[92] = "\\\\", ESCAPE_SEQUENCES[133] = "\\N", ESCAPE_SEQUENCES[160] = "\\_", ESCAPE_SEQUENCES[8232] = "\\L", ESCAPE_SEQUENCES[8233] = "\\P";
  let DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ], DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema22, map2) {
    if (map2 === null) return {};
    let result = {}, keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index], style = String(map2[tag]);
      tag.slice(0, 2) === "!!" && (tag = "tag:yaml.org,2002:" + tag.slice(2));
      let type2 = schema22.compiledTypeMap.fallback[tag];
      type2 && _hasOwnProperty.call(type2.styleAliases, style) && (style = type2.styleAliases[style]), result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle, length, string = character.toString(16).toUpperCase();
    if (character <= 255)
      handle = "x", length = 2;
    else if (character <= 65535)
      handle = "u", length = 4;
    else if (character <= 4294967295)
      handle = "U", length = 8;
    else
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  let QUOTING_TYPE_SINGLE = 1, QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options.schema || DEFAULT_SCHEMA2, this.indent = Math.max(1, options.indent || 2), this.noArrayIndent = options.noArrayIndent || !1, this.skipInvalid = options.skipInvalid || !1, this.flowLevel = common2.isNothing(options.flowLevel) ? -1 : options.flowLevel, this.styleMap = compileStyleMap(this.schema, options.styles || null), this.sortKeys = options.sortKeys || !1, this.lineWidth = options.lineWidth || 80, this.noRefs = options.noRefs || !1, this.noCompatMode = options.noCompatMode || !1, this.condenseFlow = options.condenseFlow || !1, this.quotingType = options.quotingType === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE, this.forceQuotes = options.forceQuotes || !1, this.replacer = typeof options.replacer == "function" ? options.replacer : null, this.implicitTypes = this.schema.compiledImplicit, this.explicitTypes = this.schema.compiledExplicit, this.tag = null, this.result = "", this.duplicates = [], this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    let ind = common2.repeat(" ", spaces), position = 0, result = "", length = string.length;
    for (; position < length; ) {
      let line, next = string.indexOf(`
`, position);
      next === -1 ? (line = string.slice(position), position = length) : (line = string.slice(position, next + 1), position = next + 1), line.length && line !== `
` && (result += ind), result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return `
` + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1)
      if (state.implicitTypes[index].resolve(str2))
        return !0;
    return !1;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    let cIsNsCharOrWhitespace = isNsCharOrWhitespace(c), cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    let first = string.charCodeAt(pos), second;
    return first >= 55296 && first <= 56319 && pos + 1 < string.length && (second = string.charCodeAt(pos + 1), second >= 56320 && second <= 57343) ? (first - 55296) * 1024 + second - 56320 + 65536 : first;
  }
  function needIndentIndicator(string) {
    return /^\n* /.test(string);
  }
  let STYLE_PLAIN = 1, STYLE_SINGLE = 2, STYLE_LITERAL = 3, STYLE_FOLDED = 4, STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i, char = 0, prevChar = null, hasLineBreak = !1, hasFoldableLine = !1, shouldTrackWidth = lineWidth !== -1, previousLineBreak = -1, plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes)
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string, i), !isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
    else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string, i), char === CHAR_LINE_FEED)
          hasLineBreak = !0, shouldTrackWidth && (hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ", previousLineBreak = i);
        else if (!isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
    }
    return !hasLineBreak && !hasFoldableLine ? plain && !forceQuotes && !testAmbiguousType(string) ? STYLE_PLAIN : quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : indentPerLevel > 9 && needIndentIndicator(string) ? STYLE_DOUBLE : forceQuotes ? quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0)
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      if (!state.noCompatMode && (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)))
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
      let indent = state.indent * Math.max(1, level), lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent), singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    let indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "", clip = string[string.length - 1] === `
`, chomp = clip && (string[string.length - 2] === `
` || string === `
`) ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + `
`;
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === `
` ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    let lineRe = /(\n+)([^\n]*)/g, result = (function() {
      let nextLF = string.indexOf(`
`);
      return nextLF = nextLF !== -1 ? nextLF : string.length, lineRe.lastIndex = nextLF, foldLine(string.slice(0, nextLF), width);
    })(), prevMoreIndented = string[0] === `
` || string[0] === " ", moreIndented, match;
    for (; match = lineRe.exec(string); ) {
      let prefix = match[1], line = match[2];
      moreIndented = line[0] === " ", result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    let breakRe = / [^ ]/g, match, start = 0, end, curr = 0, next = 0, result = "";
    for (; match = breakRe.exec(line); )
      next = match.index, next - start > width && (end = curr > start ? curr : next, result += `
` + line.slice(start, end), start = end + 1), curr = next;
    return result += `
`, line.length - start > width && curr > start ? result += line.slice(start, curr) + `
` + line.slice(curr + 1) : result += line.slice(start), result.slice(1);
  }
  function escapeString(string) {
    let result = "", char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      let escapeSeq = ESCAPE_SEQUENCES[char];
      !escapeSeq && isPrintable(char) ? (result += string[i], char >= 65536 && (result += string[i + 1])) : result += escapeSeq || encodeHex(char);
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level, value, !1, !1) || typeof value > "u" && writeNode(state, level, null, !1, !1)) && (_result !== "" && (_result += "," + (state.condenseFlow ? "" : " ")), _result += state.dump);
    }
    state.tag = _tag, state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level + 1, value, !0, !0, !1, !0) || typeof value > "u" && writeNode(state, level + 1, null, !0, !0, !1, !0)) && ((!compact || _result !== "") && (_result += generateNextLine(state, level)), state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? _result += "-" : _result += "- ", _result += state.dump);
    }
    state.tag = _tag, state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      _result !== "" && (pairBuffer += ", "), state.condenseFlow && (pairBuffer += '"');
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), writeNode(state, level, objectKey, !1, !1) && (state.dump.length > 1024 && (pairBuffer += "? "), pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " "), writeNode(state, level, objectValue, !1, !1) && (pairBuffer += state.dump, _result += pairBuffer));
    }
    state.tag = _tag, state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    if (state.sortKeys === !0)
      objectKeyList.sort();
    else if (typeof state.sortKeys == "function")
      objectKeyList.sort(state.sortKeys);
    else if (state.sortKeys)
      throw new YAMLException2("sortKeys must be a boolean or a function");
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      (!compact || _result !== "") && (pairBuffer += generateNextLine(state, level));
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      if (state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), !writeNode(state, level + 1, objectKey, !0, !0, !0))
        continue;
      let explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      explicitPair && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += "?" : pairBuffer += "? "), pairBuffer += state.dump, explicitPair && (pairBuffer += generateNextLine(state, level)), writeNode(state, level + 1, objectValue, !0, explicitPair) && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += ":" : pairBuffer += ": ", pairBuffer += state.dump, _result += pairBuffer);
    }
    state.tag = _tag, state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    let typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      let type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object == "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit ? type2.multi && type2.representName ? state.tag = type2.representName(object) : state.tag = type2.tag : state.tag = "?", type2.represent) {
          let style = state.styleMap[type2.tag] || type2.defaultStyle, _result;
          if (_toString.call(type2.represent) === "[object Function]")
            _result = type2.represent(object, style);
          else if (_hasOwnProperty.call(type2.represent, style))
            _result = type2.represent[style](object, style);
          else
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          state.dump = _result;
        }
        return !0;
      }
    }
    return !1;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null, state.dump = object, detectType(state, object, !1) || detectType(state, object, !0);
    let type2 = _toString.call(state.dump), inblock = block;
    block && (block = state.flowLevel < 0 || state.flowLevel > level);
    let objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
    if (objectOrArray && (duplicateIndex = state.duplicates.indexOf(object), duplicate = duplicateIndex !== -1), (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) && (compact = !1), duplicate && state.usedDuplicates[duplicateIndex])
      state.dump = "*ref_" + duplicateIndex;
    else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex] && (state.usedDuplicates[duplicateIndex] = !0), type2 === "[object Object]")
        block && Object.keys(state.dump).length !== 0 ? (writeBlockMapping(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowMapping(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object Array]")
        block && state.dump.length !== 0 ? (state.noArrayIndent && !isblockseq && level > 0 ? writeBlockSequence(state, level - 1, state.dump, compact) : writeBlockSequence(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowSequence(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object String]")
        state.tag !== "?" && writeScalar(state, state.dump, level, iskey, inblock);
      else {
        if (type2 === "[object Undefined]")
          return !1;
        if (state.skipInvalid) return !1;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        state.tag[0] === "!" ? tagStr = "!" + tagStr : tagStr.slice(0, 18) === "tag:yaml.org,2002:" ? tagStr = "!!" + tagStr.slice(18) : tagStr = "!<" + tagStr + ">", state.dump = tagStr + " " + state.dump;
      }
    }
    return !0;
  }
  function getDuplicateReferences(object, state) {
    let objects = [], duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    let length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1)
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object == "object") {
      let index = objects.indexOf(object);
      if (index !== -1)
        duplicatesIndexes.indexOf(index) === -1 && duplicatesIndexes.push(index);
      else if (objects.push(object), Array.isArray(object))
        for (let i = 0, length = object.length; i < length; i += 1)
          inspectNode(object[i], objects, duplicatesIndexes);
      else {
        let objectKeyList = Object.keys(object);
        for (let i = 0, length = objectKeyList.length; i < length; i += 1)
          inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    let state = new State(options);
    state.noRefs || getDuplicateReferences(input, state);
    let value = input;
    return state.replacer && (value = state.replacer.call({ "": value }, "", value)), writeNode(state, 0, value, !0, !0) ? state.dump + `
` : "";
  }
  return dumper.dump = dump2, dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  let loader2 = requireLoader(), dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  return jsYaml.Type = requireType(), jsYaml.Schema = requireSchema(), jsYaml.FAILSAFE_SCHEMA = requireFailsafe(), jsYaml.JSON_SCHEMA = requireJson(), jsYaml.CORE_SCHEMA = requireCore(), jsYaml.DEFAULT_SCHEMA = require_default(), jsYaml.load = loader2.load, jsYaml.loadAll = loader2.loadAll, jsYaml.dump = dumper2.dump, jsYaml.YAMLException = requireException(), jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  }, jsYaml.safeLoad = renamed("safeLoad", "load"), jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll"), jsYaml.safeDump = renamed("safeDump", "dump"), jsYaml;
}
var jsYamlExports = requireJsYaml(), yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports), {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/document/yaml-library.ts
var import_node_module2 = require("node:module"), library, here = __ugModuleUrl, file = /\/(chunks|commands)\/[^/]*$/.test(here) ? "../chunks/yaml-library.cjs" : "./chunks/yaml-library.cjs";
function yamlLibrary() {
  return library ??= (0, import_node_module2.createRequire)(here)(file);
}

// src/document/block-positions.ts
var PLAIN_KEY = /^[A-Za-z_$][\w$.-]*$/, NOT_TEXT = /^(?:true|false|null|True|False|Null|TRUE|FALSE|NULL)$/, UNSUPPORTED_VALUE = /^[[{&*!?%@`]/;
function blockPositions(text) {
  let reader = new BlockReader(), lines = text.split(`
`);
  for (let i = 0; i < lines.length; i++) if (!reader.line(lines[i], i + 1)) return;
  return reader.index();
}
var BlockReader = class {
  stack = [];
  root;
  /** A key or item whose value starts on a later line. */
  pending;
  /** Lines indented deeper than this belong to the previous scalar (continuations, block scalar content). */
  skipDeeperThan;
  started = !1;
  /** Reads one line (1-based number); false when unsure. */
  line(text, line) {
    let raw = text.replace(/\r$/, ""), content = raw.trimStart();
    if (content === "" || content.startsWith("#")) return !0;
    let indent = raw.length - content.length;
    if (raw.slice(0, indent).includes("	")) return !1;
    if (this.skipDeeperThan !== void 0) {
      if (indent > this.skipDeeperThan) return !0;
      this.skipDeeperThan = void 0;
    }
    if (!this.started && (this.started = !0, content === "---"))
      return !0;
    if (content.startsWith("---") || content.startsWith("...") || content.startsWith("%") || content.includes("	"))
      return !1;
    let isItem = content === "-" || content.startsWith("- ");
    if (!this.open(line, indent, isItem)) return !1;
    let top = this.stack[this.stack.length - 1];
    return !top || indent !== top.indent ? !1 : top.kind === "map" && !isItem ? this.keyLine(top, line, indent, content) : top.kind === "seq" && isItem && this.itemLine(top, line, indent, content);
  }
  /** The index once every line is read, or undefined when the document ended unsure. */
  index() {
    return this.pending || !this.root ? void 0 : indexOf(this.root);
  }
  /** Finds the collection a line at `indent` belongs to: the pending value's, an enclosing one, or the root. */
  open(line, indent, isItem) {
    let stack = this.stack;
    if (this.pending) {
      let owner = stack[stack.length - 1];
      if (!(indent > this.pending.indent || indent === this.pending.indent && isItem && owner.kind === "map")) return !1;
      this.pending.entry.pos = { line, column: indent + 1 }, stack.push({ kind: isItem ? "seq" : "map", indent, entry: this.pending.entry }), this.pending = void 0;
    }
    for (; stack.length > 0; ) {
      let top = stack[stack.length - 1];
      if (indent < top.indent || top.kind === "seq" && indent === top.indent && !isItem) stack.pop();
      else break;
    }
    return this.root ? !0 : stack.length > 0 ? !1 : (this.root = { pos: { line, column: indent + 1 } }, stack.push({ kind: isItem ? "seq" : "map", indent, entry: this.root }), !0);
  }
  /** Reads the value after a key or a list dash. */
  value(entry, line, col, rest, ownerIndent) {
    let v = rest.trimStart(), at = col + (rest.length - v.length);
    return v === "" || v.startsWith("#") ? (this.pending = { entry, indent: ownerIndent }, !0) : v[0] === "[" ? flowList(entry, line, at, v) : UNSUPPORTED_VALUE.test(v) || v.startsWith("- ") || v === "-" || (v[0] === '"' || v[0] === "'") && !closesOnLine(v) ? !1 : (entry.pos = { line, column: at + 1 }, this.skipDeeperThan = ownerIndent, !0);
  }
  /** Adds `key: value` at column `col` of a mapping. */
  keyLine(frame, line, col, content) {
    let colon = keyEnd(content);
    if (colon < 0) return !1;
    let key = content.slice(0, colon).trimEnd();
    if (!PLAIN_KEY.test(key) || NOT_TEXT.test(key)) return !1;
    let keys = frame.entry.keys ??= /* @__PURE__ */ new Map(), entry = { pos: { line, column: col + 1 }, keyPos: { line, column: col + 1 } };
    return keys.has(key) || keys.set(key, entry), this.value(entry, line, col + colon + 1, content.slice(colon + 1), frame.indent);
  }
  /** Adds a `- item` at dash column `indent`. */
  itemLine(frame, line, indent, content) {
    let rest = content.slice(1), body = rest.trimStart(), col = indent + 1 + (rest.length - body.length), item = { pos: { line, column: col + 1 } };
    if ((frame.entry.items ??= []).push(item), body === "" || body.startsWith("#") || body.startsWith("- ") || body === "-") return !1;
    if (keyEnd(body) >= 0 && !/^["']/.test(body)) {
      let map2 = { kind: "map", indent: col, entry: item };
      return this.stack.push(map2), this.keyLine(map2, line, col, body);
    }
    return this.value(item, line, indent + 1, rest, indent);
  }
};
function flowList(entry, line, at, v) {
  let m = /^\[([^[\]{}"'#&*!|>,]*(?:,[^[\]{}"'#&*!|>,]*)*)\]\s*(?:#.*)?$/.exec(v);
  if (!m) return !1;
  entry.pos = { line, column: at + 1 }, entry.items = [];
  let offset = at + 1;
  for (let part of m[1].split(",")) {
    let lead = part.length - part.trimStart().length;
    if (part.trim() === "") {
      if (m[1].trim() !== "") return !1;
    } else entry.items.push({ pos: { line, column: offset + lead + 1 } });
    offset += part.length + 1;
  }
  return !0;
}
function keyEnd(content) {
  for (let i = 0; i < content.length; i++) {
    let c = content[i];
    if (c === "#" && i > 0 && content[i - 1] === " ") return -1;
    if (c === ":" && (i + 1 === content.length || content[i + 1] === " ")) return i;
  }
  return -1;
}
function closesOnLine(v) {
  let q = v[0];
  for (let i = 1; i < v.length; i++)
    if (q === '"' && v[i] === "\\") i++;
    else if (v[i] === q)
      if (q === "'" && v[i + 1] === "'") i++;
      else return !0;
  return !1;
}
function indexOf(root) {
  let find = (path) => {
    let entry = root;
    for (let seg of path) {
      if (!entry) return {};
      if (entry.keys) entry = entry.keys.get(String(seg));
      else if (entry.items && typeof seg == "number") entry = entry.items[seg];
      else return {};
    }
    return { entry };
  }, ancestor = (path) => {
    for (let i = path.length - 1; i >= 0; i--) {
      let { entry } = find(path.slice(0, i));
      if (entry) return entry.keyPos ?? entry.pos;
    }
    return root.pos;
  };
  return {
    locate(path) {
      return find(path).entry?.pos ?? ancestor(path);
    },
    locateKey(path) {
      let { entry } = find(path);
      return entry ? entry.keyPos ?? entry.pos : ancestor(path);
    }
  };
}

// src/document/full-width.ts
var SUSPECT = /[\uFF1A\u3000\u00A0\uFF0D\uFF0C\uFF3B\u201C\u2018\uFF02\uFF07]/, SPACE = "[ \\t\\u3000\\u00A0]", LEAD = new RegExp(`^(${SPACE}*)((?:[-\\uFF0D]${SPACE}+)*)`), KEY = /^(["']?)([A-Za-z_][\w.-]*)\1/, CHINESE_KEY = /^()([\u3400-\u9fff][\u3400-\u9fff\w]{0,15})(?=[ \u3000]*\uFF1A)/, BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/, QUOTES = {
  "\u201C": "\u201D",
  "\u2018": "\u2019",
  "\uFF02": "\uFF02",
  "\uFF07": "\uFF07"
}, code = (c) => c === "\u3000" ? "U+3000" : "U+00A0";
function fullWidthFindings(text, file2, t) {
  if (!SUSPECT.test(text)) return [];
  let findings = [], block;
  return text.split(`
`).forEach((raw, i) => {
    let line = raw.slice(0, 512).replace(/\r$/, ""), lead = LEAD.exec(line), keyColumn = lead[0].length;
    if (block !== void 0) {
      if (line.trim() === "" || lead[1].length > block) return;
      block = void 0;
    }
    let hit = lineHit(line, lead, t);
    hit && findings.push({
      rule: "yaml.full-width",
      severity: "error",
      file: file2,
      line: i + 1,
      column: hit.column,
      message: hit.message
    });
    let rest = line.slice(keyColumn), key = KEY.exec(rest), value = key ? /^[ \t]*:[ \t]+(.*)$/.exec(rest.slice(key[0].length))?.[1] : lead[2] ? rest : void 0;
    value !== void 0 && BLOCK_SCALAR.test(value) && (block = key ? keyColumn : lead[1].length);
  }), findings;
}
function lineHit(line, lead, t) {
  if (!SUSPECT.test(line)) return;
  let [whole, indent, markers] = lead;
  if (line.slice(whole.length).startsWith("#")) return;
  let odd = indent.search(/[\u3000\u00A0]/);
  if (odd >= 0) return { column: odd + 1, message: t["yaml.full-width-indent"]({ code: code(indent[odd]) }) };
  let dash = markers.indexOf("\uFF0D");
  if (dash >= 0) return { column: indent.length + dash + 1, message: t["yaml.full-width-dash"]() };
  let markerSpace = markers.search(/[\u3000\u00A0]/);
  if (markerSpace >= 0)
    return {
      column: indent.length + markerSpace + 1,
      message: t["yaml.full-width-after-dash"]({ code: code(markers[markerSpace]) })
    };
  let rest = line.slice(whole.length), key = KEY.exec(rest) ?? (markers ? null : CHINESE_KEY.exec(rest)), valueAt2 = whole.length;
  if (key) {
    let after = rest.slice(key[0].length), colon = /^[ \u3000]*\uFF1A/.exec(after);
    if (colon)
      return {
        column: whole.length + key[0].length + colon[0].length,
        message: t["yaml.full-width-colon"]({ key: key[2] })
      };
    let ascii = /^[ \t]*:/.exec(after);
    if (!ascii) return;
    let space = after.slice(ascii[0].length), column = whole.length + key[0].length + ascii[0].length + 1;
    if (space[0] === "\u3000" || space[0] === "\xA0")
      return { column, message: t["yaml.full-width-after-colon"]({ code: code(space[0]) }) };
    valueAt2 = column - 1 + /^[ \t]*/.exec(space)[0].length;
  } else if (!markers) return;
  return valueHit(line, valueAt2, t);
}
function valueHit(line, at, t) {
  let value = line.slice(at).replace(/[ \t]+#.*$/, "").trimEnd(), first = value[0];
  if (first === "\uFF3B") return { column: at + 1, message: t["yaml.full-width-bracket"]() };
  if (first === "[") {
    let quote = "";
    for (let i = 1; i < value.length; i++) {
      let c = value[i];
      if (quote)
        c === quote && (quote = "");
      else if (c === '"' || c === "'") quote = c;
      else {
        if (c === "]") return;
        if (c === "\uFF0C") return { column: at + i + 1, message: t["yaml.full-width-comma"]() };
      }
    }
    return;
  }
  let close = first === void 0 ? void 0 : QUOTES[first];
  if (close !== void 0 && value.length > 1 && value.indexOf(close, 1) === value.length - 1)
    return { column: at + 1, message: t["yaml.full-width-quotes"]({ open: first, close }) };
}

// src/document/yaml-source.ts
var MAX_DEPTH = 24, MAX_ITEMS = 2e3, MAX_ALIASES = 50, FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]), TOP = { line: 1, column: 1 }, YAML_OPTIONS = {
  version: "1.2",
  schema: "core",
  uniqueKeys: !1,
  strict: !0,
  keepSourceTokens: !1
}, TO_JS = { maxAliasCount: MAX_ALIASES * 10 };
function parseYamlSource(text, file2, t = messages()) {
  let fullWidth = fullWidthFindings(text, file2, t);
  if (fullWidth.length > 0) return { value: void 0, findings: fullWidth, locate: () => TOP, locateKey: () => TOP };
  let fast = fastParse(text);
  if (!fast) return parseWithPositions(text, file2, t);
  if ("oversized" in fast) {
    let { path, count, list } = fast.oversized, pos = path.length === 0 ? TOP : keyLine(text, path);
    return {
      value: void 0,
      findings: [
        {
          rule: "yaml.too-large",
          severity: "error",
          file: file2,
          ...pos,
          message: t["yaml.too-many-entries"]({ list, count, max: MAX_ITEMS })
        }
      ],
      locate: () => pos,
      locateKey: () => pos
    };
  }
  let positioned, slow = () => positioned ??= blockPositions(text) ?? parseWithPositions(text, file2, t);
  return { value: fast.value, findings: [], locate: (p) => slow().locate(p), locateKey: (p) => slow().locateKey(p) };
}
var COMPLEX_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)/m, INT_12 = [/^[-+]?[0-9]+$/, /^0o[0-7]+$/, /^0x[0-9a-fA-F]+$/], FLOAT_12 = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/, int12 = new yaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data) => INT_12.some((re2) => re2.test(data)),
  construct: (data) => data.startsWith("0o") ? parseInt(data.slice(2), 8) : data.startsWith("0x") ? parseInt(data.slice(2), 16) : Number(data)
}), float12 = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data) => FLOAT_12.test(data),
  construct: (data) => {
    let lower = data.toLowerCase();
    return lower.endsWith(".nan") ? NaN : lower.endsWith(".inf") ? data.startsWith("-") ? -1 / 0 : 1 / 0 : Number(data);
  }
}), CORE_12 = yaml.CORE_SCHEMA.extend({ implicit: [int12, float12] });
function fastParse(text) {
  if (flowNestingOverflow(text, MAX_DEPTH) !== void 0 || COMPLEX_KEY.test(text)) return;
  let value;
  try {
    value = yaml.load(text, { schema: CORE_12, json: !1 });
  } catch {
    return;
  }
  let unsafe = unsafeValue(value, text);
  if (unsafe !== "unsafe")
    return unsafe ? { oversized: unsafe } : { value: value === void 0 ? null : value };
}
function unsafeValue(value, text) {
  return walkValue(value, 0, text.includes("&") ? /* @__PURE__ */ new Set() : void 0);
}
function walkValue(v, depth, seen) {
  if (v === null || typeof v != "object") return;
  if (depth + 1 > MAX_DEPTH || seen?.has(v)) return "unsafe";
  if (seen?.add(v), Array.isArray(v)) {
    if (v.length > MAX_ITEMS) return { path: [], count: v.length, list: !0 };
    for (let i = 0; i < v.length; i++) {
      let r = walkValue(v[i], depth + 1, seen);
      if (r) return r === "unsafe" ? r : { ...r, path: [i, ...r.path] };
    }
    return;
  }
  let keys = Object.keys(v);
  if (keys.length > MAX_ITEMS) return { path: [], count: keys.length, list: !1 };
  for (let key of keys) {
    if (FORBIDDEN_KEYS.has(key)) return "unsafe";
    let r = walkValue(v[key], depth + 1, seen);
    if (r) return r === "unsafe" ? r : { ...r, path: [key, ...r.path] };
  }
}
function parseWithPositions(text, file2, t = messages()) {
  let { LineCounter } = yamlLibrary(), lineCounter = new LineCounter(), findings = [], at = (offset) => {
    let p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  }, unlocated = () => ({ value: void 0, findings, locate: () => TOP, locateKey: () => TOP }), fail = (stop2) => (findings.push({ rule: stop2.rule, severity: "error", message: stop2.message, file: file2, ...stop2.pos }), unlocated()), parsed = parseCarefully(text, lineCounter, t, at);
  if ("stop" in parsed) return fail(parsed.stop);
  let { doc } = parsed;
  if (findings.push(...parserFindings(doc, file2, t, at, text)), findings.some((f) => f.severity === "error")) return unlocated();
  let stop = checkTree(doc, file2, t, at, findings);
  if (stop) return fail(stop);
  if (findings.some((f) => f.severity === "error")) return unlocated();
  let unresolved = firstUnresolvedAlias(doc);
  if (unresolved)
    return fail({
      rule: "yaml.syntax",
      message: t["yaml.alias-unresolved"]({ name: unresolved.source }),
      pos: at(unresolved.range?.[0] ?? 0)
    });
  let value;
  try {
    value = doc.toJS(TO_JS);
  } catch (err) {
    return fail({
      rule: "yaml.alias-limit",
      message: t["yaml.alias-expansion"]({ detail: firstLine(String(err.message)) }),
      pos: TOP
    });
  }
  return { value, findings, ...nodeIndex(doc, at) };
}
function parseCarefully(text, lineCounter, t, at) {
  let { parseDocument } = yamlLibrary(), tooDeep = flowNestingOverflow(text, MAX_DEPTH * 4);
  if (tooDeep !== void 0) {
    lineCounter.addNewLine(0);
    for (let i = text.indexOf(`
`); i >= 0 && i < tooDeep; i = text.indexOf(`
`, i + 1))
      lineCounter.addNewLine(i + 1);
    return { stop: { rule: "yaml.too-deep", message: t["yaml.too-deep"]({ max: MAX_DEPTH }), pos: at(tooDeep) } };
  }
  try {
    return { doc: parseDocument(text, { ...YAML_OPTIONS, lineCounter, prettyErrors: !0 }) };
  } catch (err) {
    if (err instanceof RangeError)
      return { stop: { rule: "yaml.too-deep", message: t["yaml.too-deep"]({ max: MAX_DEPTH }), pos: TOP } };
    throw err;
  }
}
function parserFindings(doc, file2, t, at, text) {
  let findings = [], split2, lines = () => split2 ??= text.split(`
`), afterTab = tabConsequences(doc, lines, at);
  for (let e of doc.errors) {
    let pos = e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : at(e.pos[0]);
    if (e.code === "RESOURCE_EXHAUSTION")
      return [
        { rule: "yaml.too-deep", severity: "error", file: file2, ...TOP, message: t["yaml.too-deep"]({ max: MAX_DEPTH }) }
      ];
    if (afterTab(e.code, pos.line)) continue;
    let glued = INDENTATION_CODES.has(e.code) ? colonWithoutSpace(lines(), pos.line, t) : void 0;
    if (glued) {
      findings.some((f) => f.line === pos.line && f.column === glued.column) || findings.push({ rule: "yaml.syntax", severity: "error", file: file2, line: pos.line, ...glued });
      continue;
    }
    findings.push({
      rule: e.code === "DUPLICATE_KEY" ? "yaml.duplicate-key" : "yaml.syntax",
      severity: "error",
      file: file2,
      ...pos,
      message: yamlErrorMessage(e.code, e.message, t)
    });
  }
  for (let w of doc.warnings) {
    let pos = w.linePos?.[0] ? { line: w.linePos[0].line, column: w.linePos[0].col } : at(w.pos[0]), unknownTag = w.code === "TAG_RESOLVE_FAILED";
    findings.push({
      rule: "yaml.syntax",
      severity: unknownTag ? "error" : "warning",
      file: file2,
      ...pos,
      message: unknownTag ? t["yaml.unknown-tag"]({
        tag: /^Unresolved tag: (\S+)/.exec(firstLine(w.message))?.[1] ?? null,
        detail: firstLine(w.message)
      }) : t["yaml.warning"]({ detail: firstLine(w.message) })
    });
  }
  return findings;
}
function checkTree(doc, file2, t, at, findings) {
  let { isAlias, isMap, isPair, isSeq } = yamlLibrary(), aliases = 0, stack = [
    { node: doc.contents, depth: 1 }
  ];
  for (; stack.length > 0; ) {
    let { node, depth } = stack.pop();
    if (!node) continue;
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES)
        return {
          rule: "yaml.alias-limit",
          message: t["yaml.too-many-aliases"]({ max: MAX_ALIASES }),
          pos: at(node.range?.[0] ?? 0)
        };
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH)
      return { rule: "yaml.too-deep", message: t["yaml.too-deep"]({ max: MAX_DEPTH }), pos: at(node.range?.[0] ?? 0) };
    if (node.items.length > MAX_ITEMS)
      return {
        rule: "yaml.too-large",
        message: t["yaml.too-many-entries"]({ list: isSeq(node), count: node.items.length, max: MAX_ITEMS }),
        pos: at(node.range?.[0] ?? 0)
      };
    let keys = isMap(node) ? /* @__PURE__ */ new Set() : void 0;
    for (let item of node.items)
      isPair(item) ? (checkKey(item.key, keys, file2, t, at, findings), stack.push({ node: item.value, depth: depth + 1 })) : stack.push({ node: item, depth: depth + 1 });
  }
}
function checkKey(key, keys, file2, t, at, findings) {
  let { isScalar } = yamlLibrary(), pos = () => at(key?.range?.[0] ?? 0);
  if (key && !isScalar(key)) {
    findings.push({ rule: "yaml.syntax", severity: "error", file: file2, ...pos(), message: t["yaml.complex-key"]() });
    return;
  }
  if (isScalar(key)) {
    if (keys) {
      let name = String(key.value);
      keys.has(name) && findings.push({
        rule: "yaml.duplicate-key",
        severity: "error",
        file: file2,
        ...pos(),
        message: t["yaml.duplicate-key"]()
      }), keys.add(name);
    }
    typeof key.value == "string" && FORBIDDEN_KEYS.has(key.value) && findings.push({
      rule: "yaml.forbidden-key",
      severity: "error",
      file: file2,
      ...pos(),
      message: t["yaml.forbidden-key"]({ key: String(key.value) })
    });
  }
}
function nodeIndex(doc, at) {
  let { isMap, isScalar, isSeq } = yamlLibrary(), pairIndex = /* @__PURE__ */ new WeakMap(), pairOf = (map2, seg) => {
    let index = pairIndex.get(map2);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (let p of map2.items)
        isScalar(p.key) && !index.has(String(p.key.value)) && index.set(String(p.key.value), { key: p.key, value: p.value ?? null });
      pairIndex.set(map2, index);
    }
    return index.get(String(seg));
  }, findNode = (path) => {
    let node = doc.contents, keyNode = null;
    for (let seg of path)
      if (isMap(node)) {
        let pair = pairOf(node, seg);
        if (!pair) return { node: null, keyNode: null };
        if (keyNode = pair.key, node = pair.value, !node) return { node: null, keyNode };
      } else if (isSeq(node) && typeof seg == "number" && seg < node.items.length)
        node = node.items[seg], keyNode = node;
      else return { node: null, keyNode: null };
    return { node, keyNode };
  }, posOf = (n) => n?.range ? at(n.range[0]) : void 0, ancestorKey = (path) => {
    for (let i = path.length - 1; i >= 0; i--) {
      let found = findNode(path.slice(0, i));
      if (found.keyNode || found.node) return posOf(found.keyNode) ?? posOf(found.node) ?? TOP;
    }
    return TOP;
  };
  return {
    locate(path) {
      let found = findNode(path);
      return posOf(found.node) ?? posOf(found.keyNode) ?? ancestorKey(path);
    },
    locateKey(path) {
      let found = findNode(path);
      return posOf(found.keyNode) ?? posOf(found.node) ?? ancestorKey(path);
    }
  };
}
function flowNestingOverflow(text, limit) {
  if (!moreThan(text, "[", "{", limit)) return;
  let depth = 0, quote = "";
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    if (quote) {
      (c === quote || c === `
` && quote === "#") && (quote = "");
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) quote = "#";
    else if (c === "[" || c === "{") {
      if (++depth > limit) return i;
    } else (c === "]" || c === "}") && depth > 0 && depth--;
  }
}
function moreThan(text, a, b, limit) {
  let n = 0;
  for (let c of [a, b])
    for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) if (++n > limit) return !0;
  return !1;
}
function keyLine(text, path) {
  let keys = path.filter((p) => typeof p == "string"), want = 0, indent = -1, found = TOP, lines = text.split(`
`);
  for (let i = 0; i < lines.length && want < keys.length; i++) {
    let m = /^(\s*)(?:- +)?(["']?)([^"':#]+)\2\s*:/.exec(lines[i].slice(0, 256));
    !m || m[1].length <= indent || m[3].trim() !== keys[want] || (indent = m[1].length, found = { line: i + 1, column: indent + 1 }, want++);
  }
  return found;
}
function firstUnresolvedAlias(doc) {
  let { isAlias, visit } = yamlLibrary(), anchors = /* @__PURE__ */ new Set(), found;
  return visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source))
          return found = node, visit.BREAK;
      } else node.anchor && anchors.add(node.anchor);
    }
  }), found;
}
function firstLine(message) {
  return message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
}
var INDENTATION_CODES = /* @__PURE__ */ new Set([
  "BAD_INDENT",
  "MISSING_CHAR",
  "UNEXPECTED_TOKEN",
  "BLOCK_AS_IMPLICIT_KEY",
  "MULTILINE_IMPLICIT_KEY"
]);
function tabConsequences(doc, textLines, at) {
  let tabs = doc.errors.filter((e) => e.code === "TAB_AS_INDENT").map((e) => e.linePos?.[0]?.line ?? at(e.pos[0]).line);
  if (tabs.length === 0) return () => !1;
  let lines = textLines(), ranges = tabs.map((from) => {
    let to = from + 1;
    for (; to <= lines.length && !/^[^\s#]/.test(lines[to - 1]); ) to++;
    return [from, to];
  });
  return (code2, line) => INDENTATION_CODES.has(code2) && ranges.some(([from, to]) => line >= from && line < to);
}
function colonWithoutSpace(lines, line, t) {
  let source = lines[line - 1]?.replace(/\r$/, "");
  if (source === void 0) return;
  let dash = /^(\s*)-[^\s-]/.exec(source);
  if (dash && [lines[line - 2], lines[line]].some((l) => l?.startsWith(`${dash[1]}- `)))
    return { column: dash[1].length + 2, message: t["yaml.dash-space"]() };
  let m = /^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):([^\s:/])/.exec(source);
  if (!m) return;
  let key = m[2], value = source.slice(m[1].length + key.length + 1).trim();
  return { column: m[1].length + key.length + 2, message: t["yaml.colon-space"]({ key, value }) };
}
var TOKEN_SOURCE = {
  "block-seq-ind": '"-"',
  "map-value-ind": '":"',
  "explicit-key-ind": '"?"',
  "flow-map-start": '"{"',
  "flow-map-end": '"}"',
  "flow-seq-start": '"["',
  "flow-seq-end": '"]"',
  comma: '","',
  anchor: '"&"',
  alias: '"*"',
  tag: '"!"'
};
function yamlErrorMessage(code2, raw, t) {
  let detail = firstLine(raw);
  switch (code2) {
    case "DUPLICATE_KEY":
      return t["yaml.duplicate-key"]();
    case "TAB_AS_INDENT":
      return t["yaml.tab-indent"]();
    case "MULTIPLE_DOCS":
      return t["yaml.multiple-documents"]();
  }
  let explained = explainedError(code2, detail, t);
  return explained || (INDENTATION_CODES.has(code2) ? t["yaml.indentation"]({ detail }) : t["yaml.syntax"]({ detail }));
}
function explainedError(code2, detail, t) {
  switch (code2) {
    case "BAD_DQ_ESCAPE": {
      let escape2 = /^Invalid escape sequence (.+)$/.exec(detail)?.[1];
      if (escape2) return t["yaml.bad-escape"]({ escape: escape2 });
      break;
    }
    case "BAD_SCALAR_START": {
      let char = /^Plain value cannot start with .*?(\S)$/.exec(detail)?.[1];
      if (char) return t["yaml.bad-scalar-start"]({ char });
      break;
    }
    case "UNEXPECTED_TOKEN": {
      if (/^Unexpected \S+ at node end$/.test(detail)) return t["yaml.after-value"]();
      let token = /^Unexpected \S+ token in YAML stream: (".*")$/.exec(detail)?.[1] ?? TOKEN_SOURCE[/^Unexpected (\S+) (?:token$|on same line with key$)/.exec(detail)?.[1] ?? ""];
      if (token) return t["yaml.unexpected-token"]({ token });
      break;
    }
    case "BAD_INDENT":
    case "MISSING_CHAR":
      if (/^Block scalar lines must not be less indented/.test(detail))
        return t["yaml.block-scalar-indent"]({ leadingEmpty: !1 });
      if (/^Block scalars with more-indented leading empty lines/.test(detail))
        return t["yaml.block-scalar-indent"]({ leadingEmpty: !0 });
      break;
  }
}

// src/time/local-time-problem.ts
function localTimeProblem(t, field, text, zone) {
  let r = readDateOrTime(text, zone, !1);
  if (!(!("problem" in r) || r.problem === "form"))
    return r.problem === "year" ? t["time.year"]({ field, text, year: r.year, ...PLAUSIBLE_YEARS }) : r.problem === "gap" ? t["time.gap"]({ field, text, zone, from: r.from, to: r.to, date: text.slice(0, 10) }) : t["time.ambiguous"]({
      field,
      text,
      zone,
      earlier: withOffset(r.earlier, zone),
      later: withOffset(r.later, zone)
    });
}

// node_modules/countries-and-timezones/esm/index.js
var data_default = {
  countries: {
    AD: "Andorra",
    AE: "United Arab Emirates",
    AF: "Afghanistan",
    AG: "Antigua and Barbuda",
    AI: "Anguilla",
    AL: "Albania",
    AM: "Armenia",
    AO: "Angola",
    AQ: "Antarctica",
    AR: "Argentina",
    AS: "American Samoa",
    AT: "Austria",
    AU: "Australia",
    AW: "Aruba",
    AX: "\xC5land Islands",
    AZ: "Azerbaijan",
    BA: "Bosnia and Herzegovina",
    BB: "Barbados",
    BD: "Bangladesh",
    BE: "Belgium",
    BF: "Burkina Faso",
    BG: "Bulgaria",
    BH: "Bahrain",
    BI: "Burundi",
    BJ: "Benin",
    BL: "Saint Barth\xE9lemy",
    BM: "Bermuda",
    BN: "Brunei",
    BO: "Bolivia",
    BQ: "Caribbean Netherlands",
    BR: "Brazil",
    BS: "Bahamas",
    BT: "Bhutan",
    BW: "Botswana",
    BY: "Belarus",
    BZ: "Belize",
    CA: "Canada",
    CC: "Cocos Islands",
    CD: "Democratic Republic of the Congo",
    CF: "Central African Republic",
    CG: "Republic of the Congo",
    CH: "Switzerland",
    CI: "Ivory Coast",
    CK: "Cook Islands",
    CL: "Chile",
    CM: "Cameroon",
    CN: "China",
    CO: "Colombia",
    CR: "Costa Rica",
    CU: "Cuba",
    CV: "Cabo Verde",
    CW: "Cura\xE7ao",
    CX: "Christmas Island",
    CY: "Cyprus",
    CZ: "Czechia",
    DE: "Germany",
    DJ: "Djibouti",
    DK: "Denmark",
    DM: "Dominica",
    DO: "Dominican Republic",
    DZ: "Algeria",
    EC: "Ecuador",
    EE: "Estonia",
    EG: "Egypt",
    EH: "Western Sahara",
    ER: "Eritrea",
    ES: "Spain",
    ET: "Ethiopia",
    FI: "Finland",
    FJ: "Fiji",
    FK: "Falkland Islands",
    FM: "Micronesia",
    FO: "Faroe Islands",
    FR: "France",
    GA: "Gabon",
    GB: "United Kingdom",
    GD: "Grenada",
    GE: "Georgia",
    GF: "French Guiana",
    GG: "Guernsey",
    GH: "Ghana",
    GI: "Gibraltar",
    GL: "Greenland",
    GM: "Gambia",
    GN: "Guinea",
    GP: "Guadeloupe",
    GQ: "Equatorial Guinea",
    GR: "Greece",
    GS: "South Georgia and the South Sandwich Islands",
    GT: "Guatemala",
    GU: "Guam",
    GW: "Guinea-Bissau",
    GY: "Guyana",
    HK: "Hong Kong",
    HM: "Heard Island and McDonald Islands",
    HN: "Honduras",
    HR: "Croatia",
    HT: "Haiti",
    HU: "Hungary",
    ID: "Indonesia",
    IE: "Ireland",
    IL: "Israel",
    IM: "Isle of Man",
    IN: "India",
    IO: "British Indian Ocean Territory",
    IQ: "Iraq",
    IR: "Iran",
    IS: "Iceland",
    IT: "Italy",
    JE: "Jersey",
    JM: "Jamaica",
    JO: "Jordan",
    JP: "Japan",
    KE: "Kenya",
    KG: "Kyrgyzstan",
    KH: "Cambodia",
    KI: "Kiribati",
    KM: "Comoros",
    KN: "Saint Kitts and Nevis",
    KP: "North Korea",
    KR: "South Korea",
    KW: "Kuwait",
    KY: "Cayman Islands",
    KZ: "Kazakhstan",
    LA: "Laos",
    LB: "Lebanon",
    LC: "Saint Lucia",
    LI: "Liechtenstein",
    LK: "Sri Lanka",
    LR: "Liberia",
    LS: "Lesotho",
    LT: "Lithuania",
    LU: "Luxembourg",
    LV: "Latvia",
    LY: "Libya",
    MA: "Morocco",
    MC: "Monaco",
    MD: "Moldova",
    ME: "Montenegro",
    MF: "Saint Martin",
    MG: "Madagascar",
    MH: "Marshall Islands",
    MK: "North Macedonia",
    ML: "Mali",
    MM: "Myanmar",
    MN: "Mongolia",
    MO: "Macao",
    MP: "Northern Mariana Islands",
    MQ: "Martinique",
    MR: "Mauritania",
    MS: "Montserrat",
    MT: "Malta",
    MU: "Mauritius",
    MV: "Maldives",
    MW: "Malawi",
    MX: "Mexico",
    MY: "Malaysia",
    MZ: "Mozambique",
    NA: "Namibia",
    NC: "New Caledonia",
    NE: "Niger",
    NF: "Norfolk Island",
    NG: "Nigeria",
    NI: "Nicaragua",
    NL: "Netherlands",
    NO: "Norway",
    NP: "Nepal",
    NR: "Nauru",
    NU: "Niue",
    NZ: "New Zealand",
    OM: "Oman",
    PA: "Panama",
    PE: "Peru",
    PF: "French Polynesia",
    PG: "Papua New Guinea",
    PH: "Philippines",
    PK: "Pakistan",
    PL: "Poland",
    PM: "Saint Pierre and Miquelon",
    PN: "Pitcairn",
    PR: "Puerto Rico",
    PS: "Palestine",
    PT: "Portugal",
    PW: "Palau",
    PY: "Paraguay",
    QA: "Qatar",
    RE: "R\xE9union",
    RO: "Romania",
    RS: "Serbia",
    RU: "Russia",
    RW: "Rwanda",
    SA: "Saudi Arabia",
    SB: "Solomon Islands",
    SC: "Seychelles",
    SD: "Sudan",
    SE: "Sweden",
    SG: "Singapore",
    SH: "Saint Helena, Ascension and Tristan da Cunha",
    SI: "Slovenia",
    SJ: "Svalbard and Jan Mayen",
    SK: "Slovakia",
    SL: "Sierra Leone",
    SM: "San Marino",
    SN: "Senegal",
    SO: "Somalia",
    SR: "Suriname",
    SS: "South Sudan",
    ST: "Sao Tome and Principe",
    SV: "El Salvador",
    SX: "Sint Maarten",
    SY: "Syria",
    SZ: "Eswatini",
    TC: "Turks and Caicos Islands",
    TD: "Chad",
    TF: "French Southern Territories",
    TG: "Togo",
    TH: "Thailand",
    TJ: "Tajikistan",
    TK: "Tokelau",
    TL: "Timor-Leste",
    TM: "Turkmenistan",
    TN: "Tunisia",
    TO: "Tonga",
    TR: "T\xFCrkiye",
    TT: "Trinidad and Tobago",
    TV: "Tuvalu",
    TW: "Taiwan",
    TZ: "Tanzania",
    UA: "Ukraine",
    UG: "Uganda",
    UM: "United States Minor Outlying Islands",
    US: "United States of America",
    UY: "Uruguay",
    UZ: "Uzbekistan",
    VA: "Holy See",
    VC: "Saint Vincent and the Grenadines",
    VE: "Venezuela",
    VG: "Virgin Islands (UK)",
    VI: "Virgin Islands (US)",
    VN: "Vietnam",
    VU: "Vanuatu",
    WF: "Wallis and Futuna",
    WS: "Samoa",
    YE: "Yemen",
    YT: "Mayotte",
    ZA: "South Africa",
    ZM: "Zambia",
    ZW: "Zimbabwe"
  },
  timezones: /* @__PURE__ */ JSON.parse('{"Africa/Abidjan":{"u":0,"c":["CI","BF","GH","GM","GN","IS","ML","MR","SH","SL","SN","TG"]},"Africa/Accra":{"a":"Africa/Abidjan","c":["GH"],"r":1},"Africa/Addis_Ababa":{"a":"Africa/Nairobi","c":["ET"],"r":1},"Africa/Algiers":{"u":60,"c":["DZ"]},"Africa/Asmara":{"a":"Africa/Nairobi","c":["ER"],"r":1},"Africa/Asmera":{"a":"Africa/Nairobi","c":["ER"],"r":1},"Africa/Bamako":{"a":"Africa/Abidjan","c":["ML"],"r":1},"Africa/Bangui":{"a":"Africa/Lagos","c":["CF"],"r":1},"Africa/Banjul":{"a":"Africa/Abidjan","c":["GM"],"r":1},"Africa/Bissau":{"u":0,"c":["GW"]},"Africa/Blantyre":{"a":"Africa/Maputo","c":["MW"],"r":1},"Africa/Brazzaville":{"a":"Africa/Lagos","c":["CG"],"r":1},"Africa/Bujumbura":{"a":"Africa/Maputo","c":["BI"],"r":1},"Africa/Cairo":{"u":120,"d":180,"c":["EG"]},"Africa/Casablanca":{"u":60,"c":["MA"]},"Africa/Ceuta":{"u":60,"d":120,"c":["ES"]},"Africa/Conakry":{"a":"Africa/Abidjan","c":["GN"],"r":1},"Africa/Dakar":{"a":"Africa/Abidjan","c":["SN"],"r":1},"Africa/Dar_es_Salaam":{"a":"Africa/Nairobi","c":["TZ"],"r":1},"Africa/Djibouti":{"a":"Africa/Nairobi","c":["DJ"],"r":1},"Africa/Douala":{"a":"Africa/Lagos","c":["CM"],"r":1},"Africa/El_Aaiun":{"u":60,"c":["EH"]},"Africa/Freetown":{"a":"Africa/Abidjan","c":["SL"],"r":1},"Africa/Gaborone":{"a":"Africa/Maputo","c":["BW"],"r":1},"Africa/Harare":{"a":"Africa/Maputo","c":["ZW"],"r":1},"Africa/Johannesburg":{"u":120,"c":["ZA","LS","SZ"]},"Africa/Juba":{"u":120,"c":["SS"]},"Africa/Kampala":{"a":"Africa/Nairobi","c":["UG"],"r":1},"Africa/Khartoum":{"u":120,"c":["SD"]},"Africa/Kigali":{"a":"Africa/Maputo","c":["RW"],"r":1},"Africa/Kinshasa":{"a":"Africa/Lagos","c":["CD"],"r":1},"Africa/Lagos":{"u":60,"c":["NG","AO","BJ","CD","CF","CG","CM","GA","GQ","NE"]},"Africa/Libreville":{"a":"Africa/Lagos","c":["GA"],"r":1},"Africa/Lome":{"a":"Africa/Abidjan","c":["TG"],"r":1},"Africa/Luanda":{"a":"Africa/Lagos","c":["AO"],"r":1},"Africa/Lubumbashi":{"a":"Africa/Maputo","c":["CD"],"r":1},"Africa/Lusaka":{"a":"Africa/Maputo","c":["ZM"],"r":1},"Africa/Malabo":{"a":"Africa/Lagos","c":["GQ"],"r":1},"Africa/Maputo":{"u":120,"c":["MZ","BI","BW","CD","MW","RW","ZM","ZW"]},"Africa/Maseru":{"a":"Africa/Johannesburg","c":["LS"],"r":1},"Africa/Mbabane":{"a":"Africa/Johannesburg","c":["SZ"],"r":1},"Africa/Mogadishu":{"a":"Africa/Nairobi","c":["SO"],"r":1},"Africa/Monrovia":{"u":0,"c":["LR"]},"Africa/Nairobi":{"u":180,"c":["KE","DJ","ER","ET","KM","MG","SO","TZ","UG","YT"]},"Africa/Ndjamena":{"u":60,"c":["TD"]},"Africa/Niamey":{"a":"Africa/Lagos","c":["NE"],"r":1},"Africa/Nouakchott":{"a":"Africa/Abidjan","c":["MR"],"r":1},"Africa/Ouagadougou":{"a":"Africa/Abidjan","c":["BF"],"r":1},"Africa/Porto-Novo":{"a":"Africa/Lagos","c":["BJ"],"r":1},"Africa/Sao_Tome":{"u":0,"c":["ST"]},"Africa/Timbuktu":{"a":"Africa/Abidjan","c":["ML"],"r":1},"Africa/Tripoli":{"u":120,"c":["LY"]},"Africa/Tunis":{"u":60,"c":["TN"]},"Africa/Windhoek":{"u":120,"c":["NA"]},"America/Adak":{"u":-600,"d":-540,"c":["US"]},"America/Anchorage":{"u":-540,"d":-480,"c":["US"]},"America/Anguilla":{"a":"America/Puerto_Rico","c":["AI"],"r":1},"America/Antigua":{"a":"America/Puerto_Rico","c":["AG"],"r":1},"America/Araguaina":{"u":-180,"c":["BR"]},"America/Argentina/Buenos_Aires":{"u":-180,"c":["AR"]},"America/Argentina/Catamarca":{"u":-180,"c":["AR"]},"America/Argentina/ComodRivadavia":{"a":"America/Argentina/Catamarca","r":1},"America/Argentina/Cordoba":{"u":-180,"c":["AR"]},"America/Argentina/Jujuy":{"u":-180,"c":["AR"]},"America/Argentina/La_Rioja":{"u":-180,"c":["AR"]},"America/Argentina/Mendoza":{"u":-180,"c":["AR"]},"America/Argentina/Rio_Gallegos":{"u":-180,"c":["AR"]},"America/Argentina/Salta":{"u":-180,"c":["AR"]},"America/Argentina/San_Juan":{"u":-180,"c":["AR"]},"America/Argentina/San_Luis":{"u":-180,"c":["AR"]},"America/Argentina/Tucuman":{"u":-180,"c":["AR"]},"America/Argentina/Ushuaia":{"u":-180,"c":["AR"]},"America/Aruba":{"a":"America/Puerto_Rico","c":["AW"],"r":1},"America/Asuncion":{"u":-180,"c":["PY"]},"America/Atikokan":{"a":"America/Panama","c":["CA"],"r":1},"America/Atka":{"a":"America/Adak","r":1},"America/Bahia":{"u":-180,"c":["BR"]},"America/Bahia_Banderas":{"u":-360,"c":["MX"]},"America/Barbados":{"u":-240,"c":["BB"]},"America/Belem":{"u":-180,"c":["BR"]},"America/Belize":{"u":-360,"c":["BZ"]},"America/Blanc-Sablon":{"a":"America/Puerto_Rico","c":["CA"],"r":1},"America/Boa_Vista":{"u":-240,"c":["BR"]},"America/Bogota":{"u":-300,"c":["CO"]},"America/Boise":{"u":-420,"d":-360,"c":["US"]},"America/Buenos_Aires":{"a":"America/Argentina/Buenos_Aires","r":1},"America/Cambridge_Bay":{"u":-420,"d":-360,"c":["CA"]},"America/Campo_Grande":{"u":-240,"c":["BR"]},"America/Cancun":{"u":-300,"c":["MX"]},"America/Caracas":{"u":-240,"c":["VE"]},"America/Catamarca":{"a":"America/Argentina/Catamarca","r":1},"America/Cayenne":{"u":-180,"c":["GF"]},"America/Cayman":{"a":"America/Panama","c":["KY"],"r":1},"America/Chicago":{"u":-360,"d":-300,"c":["US"]},"America/Chihuahua":{"u":-360,"c":["MX"]},"America/Ciudad_Juarez":{"u":-420,"d":-360,"c":["MX"]},"America/Coral_Harbour":{"a":"America/Panama","c":["CA"],"r":1},"America/Cordoba":{"a":"America/Argentina/Cordoba","r":1},"America/Costa_Rica":{"u":-360,"c":["CR"]},"America/Coyhaique":{"u":-180,"c":["CL"]},"America/Creston":{"a":"America/Phoenix","c":["CA"],"r":1},"America/Cuiaba":{"u":-240,"c":["BR"]},"America/Curacao":{"a":"America/Puerto_Rico","c":["CW"],"r":1},"America/Danmarkshavn":{"u":0,"c":["GL"]},"America/Dawson":{"u":-420,"c":["CA"]},"America/Dawson_Creek":{"u":-420,"c":["CA"]},"America/Denver":{"u":-420,"d":-360,"c":["US"]},"America/Detroit":{"u":-300,"d":-240,"c":["US"]},"America/Dominica":{"a":"America/Puerto_Rico","c":["DM"],"r":1},"America/Edmonton":{"u":-360,"c":["CA"]},"America/Eirunepe":{"u":-300,"c":["BR"]},"America/El_Salvador":{"u":-360,"c":["SV"]},"America/Ensenada":{"a":"America/Tijuana","r":1},"America/Fort_Nelson":{"u":-420,"c":["CA"]},"America/Fort_Wayne":{"a":"America/Indiana/Indianapolis","r":1},"America/Fortaleza":{"u":-180,"c":["BR"]},"America/Glace_Bay":{"u":-240,"d":-180,"c":["CA"]},"America/Godthab":{"a":"America/Nuuk","r":1},"America/Goose_Bay":{"u":-240,"d":-180,"c":["CA"]},"America/Grand_Turk":{"u":-300,"d":-240,"c":["TC"]},"America/Grenada":{"a":"America/Puerto_Rico","c":["GD"],"r":1},"America/Guadeloupe":{"a":"America/Puerto_Rico","c":["GP"],"r":1},"America/Guatemala":{"u":-360,"c":["GT"]},"America/Guayaquil":{"u":-300,"c":["EC"]},"America/Guyana":{"u":-240,"c":["GY"]},"America/Halifax":{"u":-240,"d":-180,"c":["CA"]},"America/Havana":{"u":-300,"d":-240,"c":["CU"]},"America/Hermosillo":{"u":-420,"c":["MX"]},"America/Indiana/Indianapolis":{"u":-300,"d":-240,"c":["US"]},"America/Indiana/Knox":{"u":-360,"d":-300,"c":["US"]},"America/Indiana/Marengo":{"u":-300,"d":-240,"c":["US"]},"America/Indiana/Petersburg":{"u":-300,"d":-240,"c":["US"]},"America/Indiana/Tell_City":{"u":-360,"d":-300,"c":["US"]},"America/Indiana/Vevay":{"u":-300,"d":-240,"c":["US"]},"America/Indiana/Vincennes":{"u":-300,"d":-240,"c":["US"]},"America/Indiana/Winamac":{"u":-300,"d":-240,"c":["US"]},"America/Indianapolis":{"a":"America/Indiana/Indianapolis","r":1},"America/Inuvik":{"u":-420,"d":-360,"c":["CA"]},"America/Iqaluit":{"u":-300,"d":-240,"c":["CA"]},"America/Jamaica":{"u":-300,"c":["JM"]},"America/Jujuy":{"a":"America/Argentina/Jujuy","r":1},"America/Juneau":{"u":-540,"d":-480,"c":["US"]},"America/Kentucky/Louisville":{"u":-300,"d":-240,"c":["US"]},"America/Kentucky/Monticello":{"u":-300,"d":-240,"c":["US"]},"America/Knox_IN":{"a":"America/Indiana/Knox","r":1},"America/Kralendijk":{"a":"America/Puerto_Rico","c":["BQ"],"r":1},"America/La_Paz":{"u":-240,"c":["BO"]},"America/Lima":{"u":-300,"c":["PE"]},"America/Los_Angeles":{"u":-480,"d":-420,"c":["US"]},"America/Louisville":{"a":"America/Kentucky/Louisville","r":1},"America/Lower_Princes":{"a":"America/Puerto_Rico","c":["SX"],"r":1},"America/Maceio":{"u":-180,"c":["BR"]},"America/Managua":{"u":-360,"c":["NI"]},"America/Manaus":{"u":-240,"c":["BR"]},"America/Marigot":{"a":"America/Puerto_Rico","c":["MF"],"r":1},"America/Martinique":{"u":-240,"c":["MQ"]},"America/Matamoros":{"u":-360,"d":-300,"c":["MX"]},"America/Mazatlan":{"u":-420,"c":["MX"]},"America/Mendoza":{"a":"America/Argentina/Mendoza","r":1},"America/Menominee":{"u":-360,"d":-300,"c":["US"]},"America/Merida":{"u":-360,"c":["MX"]},"America/Metlakatla":{"u":-540,"d":-480,"c":["US"]},"America/Mexico_City":{"u":-360,"c":["MX"]},"America/Miquelon":{"u":-180,"d":-120,"c":["PM"]},"America/Moncton":{"u":-240,"d":-180,"c":["CA"]},"America/Monterrey":{"u":-360,"c":["MX"]},"America/Montevideo":{"u":-180,"c":["UY"]},"America/Montreal":{"a":"America/Toronto","c":["CA"],"r":1},"America/Montserrat":{"a":"America/Puerto_Rico","c":["MS"],"r":1},"America/Nassau":{"a":"America/Toronto","c":["BS"],"r":1},"America/New_York":{"u":-300,"d":-240,"c":["US"]},"America/Nipigon":{"a":"America/Toronto","c":["CA"],"r":1},"America/Nome":{"u":-540,"d":-480,"c":["US"]},"America/Noronha":{"u":-120,"c":["BR"]},"America/North_Dakota/Beulah":{"u":-360,"d":-300,"c":["US"]},"America/North_Dakota/Center":{"u":-360,"d":-300,"c":["US"]},"America/North_Dakota/New_Salem":{"u":-360,"d":-300,"c":["US"]},"America/Nuuk":{"u":-120,"d":-60,"c":["GL"]},"America/Ojinaga":{"u":-360,"d":-300,"c":["MX"]},"America/Panama":{"u":-300,"c":["PA","CA","KY"]},"America/Pangnirtung":{"a":"America/Iqaluit","r":1},"America/Paramaribo":{"u":-180,"c":["SR"]},"America/Phoenix":{"u":-420,"c":["US","CA"]},"America/Port-au-Prince":{"u":-300,"d":-240,"c":["HT"]},"America/Port_of_Spain":{"a":"America/Puerto_Rico","c":["TT"],"r":1},"America/Porto_Acre":{"a":"America/Rio_Branco","r":1},"America/Porto_Velho":{"u":-240,"c":["BR"]},"America/Puerto_Rico":{"u":-240,"c":["PR","AG","CA","AI","AW","BL","BQ","CW","DM","GD","GP","KN","LC","MF","MS","SX","TT","VC","VG","VI"]},"America/Punta_Arenas":{"u":-180,"c":["CL"]},"America/Rainy_River":{"a":"America/Winnipeg","r":1},"America/Rankin_Inlet":{"u":-360,"d":-300,"c":["CA"]},"America/Recife":{"u":-180,"c":["BR"]},"America/Regina":{"u":-360,"c":["CA"]},"America/Resolute":{"u":-360,"d":-300,"c":["CA"]},"America/Rio_Branco":{"u":-300,"c":["BR"]},"America/Rosario":{"a":"America/Argentina/Cordoba","r":1},"America/Santa_Isabel":{"a":"America/Tijuana","r":1},"America/Santarem":{"u":-180,"c":["BR"]},"America/Santiago":{"u":-240,"d":-180,"c":["CL"]},"America/Santo_Domingo":{"u":-240,"c":["DO"]},"America/Sao_Paulo":{"u":-180,"c":["BR"]},"America/Scoresbysund":{"u":-120,"d":-60,"c":["GL"]},"America/Shiprock":{"a":"America/Denver","r":1},"America/Sitka":{"u":-540,"d":-480,"c":["US"]},"America/St_Barthelemy":{"a":"America/Puerto_Rico","c":["BL"],"r":1},"America/St_Johns":{"u":-210,"d":-150,"c":["CA"]},"America/St_Kitts":{"a":"America/Puerto_Rico","c":["KN"],"r":1},"America/St_Lucia":{"a":"America/Puerto_Rico","c":["LC"],"r":1},"America/St_Thomas":{"a":"America/Puerto_Rico","c":["VI"],"r":1},"America/St_Vincent":{"a":"America/Puerto_Rico","c":["VC"],"r":1},"America/Swift_Current":{"u":-360,"c":["CA"]},"America/Tegucigalpa":{"u":-360,"c":["HN"]},"America/Thule":{"u":-240,"d":-180,"c":["GL"]},"America/Thunder_Bay":{"a":"America/Toronto","c":["CA"],"r":1},"America/Tijuana":{"u":-480,"d":-420,"c":["MX"]},"America/Toronto":{"u":-300,"d":-240,"c":["CA","BS"]},"America/Tortola":{"a":"America/Puerto_Rico","c":["VG"],"r":1},"America/Vancouver":{"u":-420,"c":["CA"]},"America/Virgin":{"a":"America/Puerto_Rico","c":["VI"],"r":1},"America/Whitehorse":{"u":-420,"c":["CA"]},"America/Winnipeg":{"u":-360,"d":-300,"c":["CA"]},"America/Yakutat":{"u":-540,"d":-480,"c":["US"]},"America/Yellowknife":{"a":"America/Edmonton","r":1},"Antarctica/Casey":{"u":480,"c":["AQ"]},"Antarctica/Davis":{"u":420,"c":["AQ"]},"Antarctica/DumontDUrville":{"a":"Pacific/Port_Moresby","c":["AQ"],"r":1},"Antarctica/Macquarie":{"u":600,"d":660,"c":["AU"]},"Antarctica/Mawson":{"u":300,"c":["AQ"]},"Antarctica/McMurdo":{"a":"Pacific/Auckland","c":["AQ"],"r":1},"Antarctica/Palmer":{"u":-180,"c":["AQ"]},"Antarctica/Rothera":{"u":-180,"c":["AQ"]},"Antarctica/South_Pole":{"a":"Pacific/Auckland","c":["AQ"],"r":1},"Antarctica/Syowa":{"a":"Asia/Riyadh","c":["AQ"],"r":1},"Antarctica/Troll":{"u":0,"d":120,"c":["AQ"]},"Antarctica/Vostok":{"u":300,"c":["AQ"]},"Arctic/Longyearbyen":{"a":"Europe/Berlin","c":["SJ"],"r":1},"Asia/Aden":{"a":"Asia/Riyadh","c":["YE"],"r":1},"Asia/Almaty":{"u":300,"c":["KZ"]},"Asia/Amman":{"u":180,"c":["JO"]},"Asia/Anadyr":{"u":720,"c":["RU"]},"Asia/Aqtau":{"u":300,"c":["KZ"]},"Asia/Aqtobe":{"u":300,"c":["KZ"]},"Asia/Ashgabat":{"u":300,"c":["TM"]},"Asia/Ashkhabad":{"a":"Asia/Ashgabat","r":1},"Asia/Atyrau":{"u":300,"c":["KZ"]},"Asia/Baghdad":{"u":180,"c":["IQ"]},"Asia/Bahrain":{"a":"Asia/Qatar","c":["BH"],"r":1},"Asia/Baku":{"u":240,"c":["AZ"]},"Asia/Bangkok":{"u":420,"c":["TH","CX","KH","LA","VN"]},"Asia/Barnaul":{"u":420,"c":["RU"]},"Asia/Beirut":{"u":120,"d":180,"c":["LB"]},"Asia/Bishkek":{"u":360,"c":["KG"]},"Asia/Brunei":{"a":"Asia/Kuching","c":["BN"],"r":1},"Asia/Calcutta":{"a":"Asia/Kolkata","r":1},"Asia/Chita":{"u":540,"c":["RU"]},"Asia/Choibalsan":{"a":"Asia/Ulaanbaatar","r":1},"Asia/Chongqing":{"a":"Asia/Shanghai","r":1},"Asia/Chungking":{"a":"Asia/Shanghai","r":1},"Asia/Colombo":{"u":330,"c":["LK"]},"Asia/Dacca":{"a":"Asia/Dhaka","r":1},"Asia/Damascus":{"u":180,"c":["SY"]},"Asia/Dhaka":{"u":360,"c":["BD"]},"Asia/Dili":{"u":540,"c":["TL"]},"Asia/Dubai":{"u":240,"c":["AE","OM","RE","SC","TF"]},"Asia/Dushanbe":{"u":300,"c":["TJ"]},"Asia/Famagusta":{"u":120,"d":180,"c":["CY"]},"Asia/Gaza":{"u":120,"d":180,"c":["PS"]},"Asia/Harbin":{"a":"Asia/Shanghai","r":1},"Asia/Hebron":{"u":120,"d":180,"c":["PS"]},"Asia/Ho_Chi_Minh":{"u":420,"c":["VN"]},"Asia/Hong_Kong":{"u":480,"c":["HK"]},"Asia/Hovd":{"u":420,"c":["MN"]},"Asia/Irkutsk":{"u":480,"c":["RU"]},"Asia/Istanbul":{"a":"Europe/Istanbul","r":1},"Asia/Jakarta":{"u":420,"c":["ID"]},"Asia/Jayapura":{"u":540,"c":["ID"]},"Asia/Jerusalem":{"u":120,"d":180,"c":["IL"]},"Asia/Kabul":{"u":270,"c":["AF"]},"Asia/Kamchatka":{"u":720,"c":["RU"]},"Asia/Karachi":{"u":300,"c":["PK"]},"Asia/Kashgar":{"a":"Asia/Urumqi","r":1},"Asia/Kathmandu":{"u":345,"c":["NP"]},"Asia/Katmandu":{"a":"Asia/Kathmandu","r":1},"Asia/Khandyga":{"u":540,"c":["RU"]},"Asia/Kolkata":{"u":330,"c":["IN"]},"Asia/Krasnoyarsk":{"u":420,"c":["RU"]},"Asia/Kuala_Lumpur":{"a":"Asia/Singapore","c":["MY"],"r":1},"Asia/Kuching":{"u":480,"c":["MY","BN"]},"Asia/Kuwait":{"a":"Asia/Riyadh","c":["KW"],"r":1},"Asia/Macao":{"a":"Asia/Macau","r":1},"Asia/Macau":{"u":480,"c":["MO"]},"Asia/Magadan":{"u":660,"c":["RU"]},"Asia/Makassar":{"u":480,"c":["ID"]},"Asia/Manila":{"u":480,"c":["PH"]},"Asia/Muscat":{"a":"Asia/Dubai","c":["OM"],"r":1},"Asia/Nicosia":{"u":120,"d":180,"c":["CY"]},"Asia/Novokuznetsk":{"u":420,"c":["RU"]},"Asia/Novosibirsk":{"u":420,"c":["RU"]},"Asia/Omsk":{"u":360,"c":["RU"]},"Asia/Oral":{"u":300,"c":["KZ"]},"Asia/Phnom_Penh":{"a":"Asia/Bangkok","c":["KH"],"r":1},"Asia/Pontianak":{"u":420,"c":["ID"]},"Asia/Pyongyang":{"u":540,"c":["KP"]},"Asia/Qatar":{"u":180,"c":["QA","BH"]},"Asia/Qostanay":{"u":300,"c":["KZ"]},"Asia/Qyzylorda":{"u":300,"c":["KZ"]},"Asia/Rangoon":{"a":"Asia/Yangon","c":["MM"],"r":1},"Asia/Riyadh":{"u":180,"c":["SA","AQ","KW","YE"]},"Asia/Saigon":{"a":"Asia/Ho_Chi_Minh","r":1},"Asia/Sakhalin":{"u":660,"c":["RU"]},"Asia/Samarkand":{"u":300,"c":["UZ"]},"Asia/Seoul":{"u":540,"c":["KR"]},"Asia/Shanghai":{"u":480,"c":["CN"]},"Asia/Singapore":{"u":480,"c":["SG","AQ","MY"]},"Asia/Srednekolymsk":{"u":660,"c":["RU"]},"Asia/Taipei":{"u":480,"c":["TW"]},"Asia/Tashkent":{"u":300,"c":["UZ"]},"Asia/Tbilisi":{"u":240,"c":["GE"]},"Asia/Tehran":{"u":210,"c":["IR"]},"Asia/Tel_Aviv":{"a":"Asia/Jerusalem","r":1},"Asia/Thimbu":{"a":"Asia/Thimphu","r":1},"Asia/Thimphu":{"u":360,"c":["BT"]},"Asia/Tokyo":{"u":540,"c":["JP","AU"]},"Asia/Tomsk":{"u":420,"c":["RU"]},"Asia/Ujung_Pandang":{"a":"Asia/Makassar","r":1},"Asia/Ulaanbaatar":{"u":480,"c":["MN"]},"Asia/Ulan_Bator":{"a":"Asia/Ulaanbaatar","r":1},"Asia/Urumqi":{"u":360,"c":["CN"]},"Asia/Ust-Nera":{"u":600,"c":["RU"]},"Asia/Vientiane":{"a":"Asia/Bangkok","c":["LA"],"r":1},"Asia/Vladivostok":{"u":600,"c":["RU"]},"Asia/Yakutsk":{"u":540,"c":["RU"]},"Asia/Yangon":{"u":390,"c":["MM","CC"]},"Asia/Yekaterinburg":{"u":300,"c":["RU"]},"Asia/Yerevan":{"u":240,"c":["AM"]},"Atlantic/Azores":{"u":-60,"d":0,"c":["PT"]},"Atlantic/Bermuda":{"u":-240,"d":-180,"c":["BM"]},"Atlantic/Canary":{"u":0,"d":60,"c":["ES"]},"Atlantic/Cape_Verde":{"u":-60,"c":["CV"]},"Atlantic/Faeroe":{"a":"Atlantic/Faroe","r":1},"Atlantic/Faroe":{"u":0,"d":60,"c":["FO"]},"Atlantic/Jan_Mayen":{"a":"Europe/Berlin","c":["SJ"],"r":1},"Atlantic/Madeira":{"u":0,"d":60,"c":["PT"]},"Atlantic/Reykjavik":{"a":"Africa/Abidjan","c":["IS"],"r":1},"Atlantic/South_Georgia":{"u":-120,"c":["GS"]},"Atlantic/St_Helena":{"a":"Africa/Abidjan","c":["SH"],"r":1},"Atlantic/Stanley":{"u":-180,"c":["FK"]},"Australia/ACT":{"a":"Australia/Sydney","r":1},"Australia/Adelaide":{"u":570,"d":630,"c":["AU"]},"Australia/Brisbane":{"u":600,"c":["AU"]},"Australia/Broken_Hill":{"u":570,"d":630,"c":["AU"]},"Australia/Canberra":{"a":"Australia/Sydney","r":1},"Australia/Currie":{"a":"Australia/Hobart","r":1},"Australia/Darwin":{"u":570,"c":["AU"]},"Australia/Eucla":{"u":525,"c":["AU"]},"Australia/Hobart":{"u":600,"d":660,"c":["AU"]},"Australia/LHI":{"a":"Australia/Lord_Howe","r":1},"Australia/Lindeman":{"u":600,"c":["AU"]},"Australia/Lord_Howe":{"u":630,"d":660,"c":["AU"]},"Australia/Melbourne":{"u":600,"d":660,"c":["AU"]},"Australia/NSW":{"a":"Australia/Sydney","r":1},"Australia/North":{"a":"Australia/Darwin","r":1},"Australia/Perth":{"u":480,"c":["AU"]},"Australia/Queensland":{"a":"Australia/Brisbane","r":1},"Australia/South":{"a":"Australia/Adelaide","r":1},"Australia/Sydney":{"u":600,"d":660,"c":["AU"]},"Australia/Tasmania":{"a":"Australia/Hobart","r":1},"Australia/Victoria":{"a":"Australia/Melbourne","r":1},"Australia/West":{"a":"Australia/Perth","r":1},"Australia/Yancowinna":{"a":"Australia/Broken_Hill","r":1},"Brazil/Acre":{"a":"America/Rio_Branco","r":1},"Brazil/DeNoronha":{"a":"America/Noronha","r":1},"Brazil/East":{"a":"America/Sao_Paulo","r":1},"Brazil/West":{"a":"America/Manaus","r":1},"CET":{"a":"Europe/Brussels","r":1},"CST6CDT":{"a":"America/Chicago","r":1},"Canada/Atlantic":{"a":"America/Halifax","r":1},"Canada/Central":{"a":"America/Winnipeg","r":1},"Canada/Eastern":{"a":"America/Toronto","c":["CA"],"r":1},"Canada/Mountain":{"a":"America/Edmonton","r":1},"Canada/Newfoundland":{"a":"America/St_Johns","r":1},"Canada/Pacific":{"a":"America/Vancouver","r":1},"Canada/Saskatchewan":{"a":"America/Regina","r":1},"Canada/Yukon":{"a":"America/Whitehorse","r":1},"Chile/Continental":{"a":"America/Santiago","r":1},"Chile/EasterIsland":{"a":"Pacific/Easter","r":1},"Cuba":{"a":"America/Havana","r":1},"EET":{"a":"Europe/Athens","r":1},"EST":{"a":"America/Panama","r":1},"EST5EDT":{"a":"America/New_York","r":1},"Egypt":{"a":"Africa/Cairo","r":1},"Eire":{"a":"Europe/Dublin","r":1},"Etc/GMT":{"u":0},"Etc/GMT+0":{"a":"Etc/GMT","r":1},"Etc/GMT+1":{"u":-60},"Etc/GMT+10":{"u":-600},"Etc/GMT+11":{"u":-660},"Etc/GMT+12":{"u":-720},"Etc/GMT+2":{"u":-120},"Etc/GMT+3":{"u":-180},"Etc/GMT+4":{"u":-240},"Etc/GMT+5":{"u":-300},"Etc/GMT+6":{"u":-360},"Etc/GMT+7":{"u":-420},"Etc/GMT+8":{"u":-480},"Etc/GMT+9":{"u":-540},"Etc/GMT-0":{"a":"Etc/GMT","r":1},"Etc/GMT-1":{"u":60},"Etc/GMT-10":{"u":600},"Etc/GMT-11":{"u":660},"Etc/GMT-12":{"u":720},"Etc/GMT-13":{"u":780},"Etc/GMT-14":{"u":840},"Etc/GMT-2":{"u":120},"Etc/GMT-3":{"u":180},"Etc/GMT-4":{"u":240},"Etc/GMT-5":{"u":300},"Etc/GMT-6":{"u":360},"Etc/GMT-7":{"u":420},"Etc/GMT-8":{"u":480},"Etc/GMT-9":{"u":540},"Etc/GMT0":{"a":"Etc/GMT","r":1},"Etc/Greenwich":{"a":"Etc/GMT","r":1},"Etc/UCT":{"a":"Etc/UTC","r":1},"Etc/UTC":{"u":0},"Etc/Universal":{"a":"Etc/UTC","r":1},"Etc/Zulu":{"a":"Etc/UTC","r":1},"Europe/Amsterdam":{"a":"Europe/Brussels","c":["NL"],"r":1},"Europe/Andorra":{"u":60,"d":120,"c":["AD"]},"Europe/Astrakhan":{"u":240,"c":["RU"]},"Europe/Athens":{"u":120,"d":180,"c":["GR"]},"Europe/Belfast":{"a":"Europe/London","c":["GB"],"r":1},"Europe/Belgrade":{"u":60,"d":120,"c":["RS","BA","HR","ME","MK","SI"]},"Europe/Berlin":{"u":60,"d":120,"c":["DE","DK","NO","SE","SJ"]},"Europe/Bratislava":{"a":"Europe/Prague","c":["SK"],"r":1},"Europe/Brussels":{"u":60,"d":120,"c":["BE","LU","NL"]},"Europe/Bucharest":{"u":120,"d":180,"c":["RO"]},"Europe/Budapest":{"u":60,"d":120,"c":["HU"]},"Europe/Busingen":{"a":"Europe/Zurich","c":["DE"],"r":1},"Europe/Chisinau":{"u":120,"d":180,"c":["MD"]},"Europe/Copenhagen":{"a":"Europe/Berlin","c":["DK"],"r":1},"Europe/Dublin":{"u":0,"d":60,"c":["IE"]},"Europe/Gibraltar":{"u":60,"d":120,"c":["GI"]},"Europe/Guernsey":{"a":"Europe/London","c":["GG"],"r":1},"Europe/Helsinki":{"u":120,"d":180,"c":["FI","AX"]},"Europe/Isle_of_Man":{"a":"Europe/London","c":["IM"],"r":1},"Europe/Istanbul":{"u":180,"c":["TR"]},"Europe/Jersey":{"a":"Europe/London","c":["JE"],"r":1},"Europe/Kaliningrad":{"u":120,"c":["RU"]},"Europe/Kiev":{"a":"Europe/Kyiv","r":1},"Europe/Kirov":{"u":180,"c":["RU"]},"Europe/Kyiv":{"u":120,"d":180,"c":["UA"]},"Europe/Lisbon":{"u":0,"d":60,"c":["PT"]},"Europe/Ljubljana":{"a":"Europe/Belgrade","c":["SI"],"r":1},"Europe/London":{"u":0,"d":60,"c":["GB","GG","IM","JE"]},"Europe/Luxembourg":{"a":"Europe/Brussels","c":["LU"],"r":1},"Europe/Madrid":{"u":60,"d":120,"c":["ES"]},"Europe/Malta":{"u":60,"d":120,"c":["MT"]},"Europe/Mariehamn":{"a":"Europe/Helsinki","c":["AX"],"r":1},"Europe/Minsk":{"u":180,"c":["BY"]},"Europe/Monaco":{"a":"Europe/Paris","c":["MC"],"r":1},"Europe/Moscow":{"u":180,"c":["RU"]},"Europe/Nicosia":{"a":"Asia/Nicosia","r":1},"Europe/Oslo":{"a":"Europe/Berlin","c":["NO"],"r":1},"Europe/Paris":{"u":60,"d":120,"c":["FR","MC"]},"Europe/Podgorica":{"a":"Europe/Belgrade","c":["ME"],"r":1},"Europe/Prague":{"u":60,"d":120,"c":["CZ","SK"]},"Europe/Riga":{"u":120,"d":180,"c":["LV"]},"Europe/Rome":{"u":60,"d":120,"c":["IT","SM","VA"]},"Europe/Samara":{"u":240,"c":["RU"]},"Europe/San_Marino":{"a":"Europe/Rome","c":["SM"],"r":1},"Europe/Sarajevo":{"a":"Europe/Belgrade","c":["BA"],"r":1},"Europe/Saratov":{"u":240,"c":["RU"]},"Europe/Simferopol":{"u":180,"c":["RU","UA"]},"Europe/Skopje":{"a":"Europe/Belgrade","c":["MK"],"r":1},"Europe/Sofia":{"u":120,"d":180,"c":["BG"]},"Europe/Stockholm":{"a":"Europe/Berlin","c":["SE"],"r":1},"Europe/Tallinn":{"u":120,"d":180,"c":["EE"]},"Europe/Tirane":{"u":60,"d":120,"c":["AL"]},"Europe/Tiraspol":{"a":"Europe/Chisinau","r":1},"Europe/Ulyanovsk":{"u":240,"c":["RU"]},"Europe/Uzhgorod":{"a":"Europe/Kyiv","r":1},"Europe/Vaduz":{"a":"Europe/Zurich","c":["LI"],"r":1},"Europe/Vatican":{"a":"Europe/Rome","c":["VA"],"r":1},"Europe/Vienna":{"u":60,"d":120,"c":["AT"]},"Europe/Vilnius":{"u":120,"d":180,"c":["LT"]},"Europe/Volgograd":{"u":180,"c":["RU"]},"Europe/Warsaw":{"u":60,"d":120,"c":["PL"]},"Europe/Zagreb":{"a":"Europe/Belgrade","c":["HR"],"r":1},"Europe/Zaporozhye":{"a":"Europe/Kyiv","r":1},"Europe/Zurich":{"u":60,"d":120,"c":["CH","DE","LI"]},"Factory":{"u":0},"GB":{"a":"Europe/London","c":["GB"],"r":1},"GB-Eire":{"a":"Europe/London","c":["GB"],"r":1},"GMT":{"a":"Etc/GMT","r":1},"GMT+0":{"a":"Etc/GMT","r":1},"GMT-0":{"a":"Etc/GMT","r":1},"GMT0":{"a":"Etc/GMT","r":1},"Greenwich":{"a":"Etc/GMT","r":1},"HST":{"a":"Pacific/Honolulu","r":1},"Hongkong":{"a":"Asia/Hong_Kong","r":1},"Iceland":{"a":"Africa/Abidjan","c":["IS"],"r":1},"Indian/Antananarivo":{"a":"Africa/Nairobi","c":["MG"],"r":1},"Indian/Chagos":{"u":360,"c":["IO"]},"Indian/Christmas":{"a":"Asia/Bangkok","c":["CX"],"r":1},"Indian/Cocos":{"a":"Asia/Yangon","c":["CC"],"r":1},"Indian/Comoro":{"a":"Africa/Nairobi","c":["KM"],"r":1},"Indian/Kerguelen":{"a":"Indian/Maldives","c":["TF","HM"],"r":1},"Indian/Mahe":{"a":"Asia/Dubai","c":["SC"],"r":1},"Indian/Maldives":{"u":300,"c":["MV","TF"]},"Indian/Mauritius":{"u":240,"c":["MU"]},"Indian/Mayotte":{"a":"Africa/Nairobi","c":["YT"],"r":1},"Indian/Reunion":{"a":"Asia/Dubai","c":["RE"],"r":1},"Iran":{"a":"Asia/Tehran","r":1},"Israel":{"a":"Asia/Jerusalem","r":1},"Jamaica":{"a":"America/Jamaica","r":1},"Japan":{"a":"Asia/Tokyo","c":["JP"],"r":1},"Kwajalein":{"a":"Pacific/Kwajalein","r":1},"Libya":{"a":"Africa/Tripoli","r":1},"MET":{"a":"Europe/Brussels","r":1},"MST":{"a":"America/Phoenix","r":1},"MST7MDT":{"a":"America/Denver","r":1},"Mexico/BajaNorte":{"a":"America/Tijuana","r":1},"Mexico/BajaSur":{"a":"America/Mazatlan","r":1},"Mexico/General":{"a":"America/Mexico_City","r":1},"NZ":{"a":"Pacific/Auckland","c":["NZ"],"r":1},"NZ-CHAT":{"a":"Pacific/Chatham","r":1},"Navajo":{"a":"America/Denver","r":1},"PRC":{"a":"Asia/Shanghai","r":1},"PST8PDT":{"a":"America/Los_Angeles","r":1},"Pacific/Apia":{"u":780,"c":["WS"]},"Pacific/Auckland":{"u":720,"d":780,"c":["NZ","AQ"]},"Pacific/Bougainville":{"u":660,"c":["PG"]},"Pacific/Chatham":{"u":765,"d":825,"c":["NZ"]},"Pacific/Chuuk":{"a":"Pacific/Port_Moresby","c":["FM"],"r":1},"Pacific/Easter":{"u":-360,"d":-300,"c":["CL"]},"Pacific/Efate":{"u":660,"c":["VU"]},"Pacific/Enderbury":{"a":"Pacific/Kanton","r":1},"Pacific/Fakaofo":{"u":780,"c":["TK"]},"Pacific/Fiji":{"u":720,"c":["FJ"]},"Pacific/Funafuti":{"a":"Pacific/Tarawa","c":["TV"],"r":1},"Pacific/Galapagos":{"u":-360,"c":["EC"]},"Pacific/Gambier":{"u":-540,"c":["PF"]},"Pacific/Guadalcanal":{"u":660,"c":["SB","FM"]},"Pacific/Guam":{"u":600,"c":["GU","MP"]},"Pacific/Honolulu":{"u":-600,"c":["US"]},"Pacific/Johnston":{"a":"Pacific/Honolulu","c":["UM"],"r":1},"Pacific/Kanton":{"u":780,"c":["KI"]},"Pacific/Kiritimati":{"u":840,"c":["KI"]},"Pacific/Kosrae":{"u":660,"c":["FM"]},"Pacific/Kwajalein":{"u":720,"c":["MH"]},"Pacific/Majuro":{"a":"Pacific/Tarawa","c":["MH"],"r":1},"Pacific/Marquesas":{"u":-570,"c":["PF"]},"Pacific/Midway":{"a":"Pacific/Pago_Pago","c":["UM"],"r":1},"Pacific/Nauru":{"u":720,"c":["NR"]},"Pacific/Niue":{"u":-660,"c":["NU"]},"Pacific/Norfolk":{"u":660,"d":720,"c":["NF"]},"Pacific/Noumea":{"u":660,"c":["NC"]},"Pacific/Pago_Pago":{"u":-660,"c":["AS","UM"]},"Pacific/Palau":{"u":540,"c":["PW"]},"Pacific/Pitcairn":{"u":-480,"c":["PN"]},"Pacific/Pohnpei":{"a":"Pacific/Guadalcanal","c":["FM"],"r":1},"Pacific/Ponape":{"a":"Pacific/Guadalcanal","c":["FM"],"r":1},"Pacific/Port_Moresby":{"u":600,"c":["PG","AQ","FM"]},"Pacific/Rarotonga":{"u":-600,"c":["CK"]},"Pacific/Saipan":{"a":"Pacific/Guam","c":["MP"],"r":1},"Pacific/Samoa":{"a":"Pacific/Pago_Pago","c":["AS"],"r":1},"Pacific/Tahiti":{"u":-600,"c":["PF"]},"Pacific/Tarawa":{"u":720,"c":["KI","MH","TV","UM","WF"]},"Pacific/Tongatapu":{"u":780,"c":["TO"]},"Pacific/Truk":{"a":"Pacific/Port_Moresby","c":["FM"],"r":1},"Pacific/Wake":{"a":"Pacific/Tarawa","c":["UM"],"r":1},"Pacific/Wallis":{"a":"Pacific/Tarawa","c":["WF"],"r":1},"Pacific/Yap":{"a":"Pacific/Port_Moresby","c":["FM"],"r":1},"Poland":{"a":"Europe/Warsaw","r":1},"Portugal":{"a":"Europe/Lisbon","r":1},"ROC":{"a":"Asia/Taipei","r":1},"ROK":{"a":"Asia/Seoul","r":1},"Singapore":{"a":"Asia/Singapore","c":["SG"],"r":1},"Turkey":{"a":"Europe/Istanbul","r":1},"UCT":{"a":"Etc/UTC","r":1},"US/Alaska":{"a":"America/Anchorage","r":1},"US/Aleutian":{"a":"America/Adak","r":1},"US/Arizona":{"a":"America/Phoenix","c":["US"],"r":1},"US/Central":{"a":"America/Chicago","r":1},"US/East-Indiana":{"a":"America/Indiana/Indianapolis","r":1},"US/Eastern":{"a":"America/New_York","r":1},"US/Hawaii":{"a":"Pacific/Honolulu","r":1},"US/Indiana-Starke":{"a":"America/Indiana/Knox","r":1},"US/Michigan":{"a":"America/Detroit","r":1},"US/Mountain":{"a":"America/Denver","r":1},"US/Pacific":{"a":"America/Los_Angeles","r":1},"US/Samoa":{"a":"Pacific/Pago_Pago","c":["AS"],"r":1},"UTC":{"a":"Etc/UTC","r":1},"Universal":{"a":"Etc/UTC","r":1},"W-SU":{"a":"Europe/Moscow","r":1},"WET":{"a":"Europe/Lisbon","r":1},"Zulu":{"a":"Etc/UTC","r":1}}')
};
function buildTimezone(data, name) {
  let timezone = data.timezones[name];
  if (!timezone) return null;
  let { a: aliasOf = null } = timezone, tz = {
    ...aliasOf ? data.timezones[aliasOf] : {},
    ...data.timezones[name]
  }, countries = tz.c || [], utcOffset = tz.u, dstOffset = Number.isInteger(tz.d) ? tz.d : utcOffset, result = {
    name,
    countries,
    utcOffset,
    utcOffsetStr: getOffsetString(utcOffset),
    dstOffset,
    dstOffsetStr: getOffsetString(dstOffset),
    aliasOf
  };
  return timezone.r && (result.deprecated = !0), result;
}
function getOffsetString(offset) {
  let hours = Math.floor(Math.abs(offset) / 60), min = offset % 60;
  return `${offset < 0 ? "-" : "+"}${getNumberString(hours)}:${getNumberString(min)}`;
}
function getNumberString(input) {
  let number_ = Math.abs(input);
  return `${number_ < 10 ? "0" : ""}${number_}`;
}
var totalTimezones = Object.keys(data_default.timezones).length;
var timezones = {}, memoizedTimezones = 0;
function getAllTimezones(options = {}) {
  if (totalTimezones !== memoizedTimezones) for (let name of Object.keys(data_default.timezones)) getTimezone(name);
  return deliverTimezones(timezones, options);
}
function getTimezone(name) {
  return timezones[name] || memoizeTimezone(buildTimezone(data_default, name)), timezones[name] ? { ...timezones[name] } : null;
}
function memoizeTimezone(timezone) {
  timezone && (timezones[timezone.name] = timezone, memoizedTimezones = Object.keys(timezone).length);
}
function deliverTimezones(tzs, options) {
  let { deprecated } = options || {};
  return deprecated === !0 ? tzs : Object.keys(tzs).reduce((previous, key) => (tzs[key].deprecated || Object.assign(previous, { [key]: tzs[key] }), previous), {});
}

// src/time/zone.ts
var MEANT = {
  CST: ["Asia/Shanghai", "America/Chicago"],
  CDT: ["America/Chicago"],
  EST: ["America/New_York"],
  EDT: ["America/New_York"],
  EST5EDT: ["America/New_York"],
  MST: ["America/Denver", "America/Phoenix"],
  MDT: ["America/Denver"],
  PST: ["America/Los_Angeles"],
  PDT: ["America/Los_Angeles"],
  IST: ["Asia/Kolkata", "Asia/Jerusalem", "Europe/Dublin"],
  BST: ["Europe/London"],
  GMT: ["Europe/London", "Etc/UTC"],
  CET: ["Europe/Berlin", "Europe/Paris"],
  CEST: ["Europe/Berlin", "Europe/Paris"],
  MET: ["Europe/Berlin", "Europe/Paris"],
  EET: ["Europe/Athens", "Europe/Helsinki"],
  WET: ["Europe/Lisbon"],
  HKT: ["Asia/Hong_Kong"],
  JST: ["Asia/Tokyo"],
  KST: ["Asia/Seoul"],
  SGT: ["Asia/Singapore"],
  AEST: ["Australia/Sydney"],
  BEIJING: ["Asia/Shanghai"],
  "ASIA/BEIJING": ["Asia/Shanghai"],
  CHINA: ["Asia/Shanghai"]
}, ACCEPTED_ALIASES = /* @__PURE__ */ new Set(["UTC"]), OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;
function zoneAtOffset(minutes) {
  if (minutes === 480) return "Asia/Shanghai";
  let zones = Object.values(getAllTimezones());
  return zones.find((z) => z.utcOffset === minutes && z.dstOffset === minutes && z.countries.length > 0)?.name ?? zones.find((z) => z.utcOffset === minutes && z.countries.length > 0)?.name;
}
var knownZones = /* @__PURE__ */ new Map();
function isKnownTimeZone(zone) {
  let known = knownZones.get(zone);
  if (known === void 0) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone }), known = zone.length > 0;
    } catch {
      known = !1;
    }
    knownZones.set(zone, known);
  }
  return known;
}
function adviseTimeZone(zone) {
  let names = MEANT[zone.toUpperCase()];
  if (names) {
    let [meant, ...others] = names, known = isKnownTimeZone(zone) ? new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone : void 0, database = known ? getTimezone(known)?.aliasOf ?? known : void 0;
    return {
      meant,
      others,
      why: known ? "abbreviation" : "unknown",
      database: database && database !== meant ? database : ""
    };
  }
  let offset = OFFSET.exec(zone.trim());
  if (offset) {
    let minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? "0"));
    return { meant: zoneAtOffset(minutes) ?? "", others: [], why: "offset", database: "" };
  }
  let info = getTimezone(zone);
  if (info?.aliasOf && !ACCEPTED_ALIASES.has(zone))
    return { meant: info.aliasOf, others: [], why: "alias", database: "" };
  if (!isKnownTimeZone(zone)) return { meant: "", others: [], why: "unknown", database: "" };
}

// src/policy/config.ts
var MEASURES_ROLE_IDS = ["center-lead", "general-office"];
function roleIds(roles) {
  return Object.keys(roles ?? {});
}
function mergeWindowMode(config) {
  let v = config["merge-window"];
  return v === !0 ? "window" : v === !1 ? "off" : v;
}
var CONFIG_PATH = ".github/upgrade-gate.yml";
function defaultConfig() {
  return {
    documents: "upgrades/**/*.{yaml,yml}",
    "time-zone": "Asia/Shanghai",
    "merge-days": ["thursday"],
    "gray-test-day": "tuesday",
    "notice-hours": 12,
    "merge-window": "day",
    freezes: [],
    "allow-same-approver-for-roles": !1,
    "stale-exempt": [],
    teams: {},
    "policy-owner": "general-office",
    "policy-files": [],
    emergency: {
      label: "emergency",
      "monthly-budget": 2,
      "budget-severity": "error",
      "min-justification-length": 30,
      "applied-by": ["general-office"]
    },
    archive: { folder: "archive", writer: "github-actions[bot]", "backfill-days": 90 },
    outcome: { "pending-hours": 24, "overdue-days": 7 },
    "status-context": "upgrade-gate",
    language: "en",
    rules: {}
  };
}
function loadConfig(input, file2 = CONFIG_PATH, language, checks = []) {
  let base = defaultConfig();
  if (language && (base.language = language), input === void 0) return { config: base, findings: [] };
  let decoded = typeof input == "string" ? { text: input } : decodeSource(input, file2, messages(language), { refuseNul: !0 });
  if (decoded.text === void 0) return { config: base, findings: [retag(decoded.finding)] };
  let reading = language ?? (/^language[ \t]*[:\uFF1A][ \t\u3000]*["']?zh-CN\b/m.test(decoded.text) ? "zh-CN" : void 0), source = parseYamlSource(decoded.text, file2, messages(reading)), findings = source.findings.map(retag);
  if (findings.some((f) => f.severity === "error")) return { config: base, findings };
  let raw = source.value ?? {}, asked = raw.language;
  !language && (asked === "en" || asked === "zh-CN") && (base.language = asked);
  let t = messages(base.language), errors = schemaErrors(config_schema_default, raw);
  if (findings.push(...schemaFindings(errors, source, file2, "config", "config", t)), errors.length > 0) return { config: base, findings };
  let config = withDefaults(base, raw);
  findings.push(...timeFindings(config, source, file2, t)), findings.push(...roleFindings(config, source, file2));
  for (let check of checks) findings.push(...check(config, source, file2));
  return { config: findings.some((f) => f.severity === "error") ? base : config, findings };
}
function withDefaults(base, r) {
  return {
    ...base,
    ...r,
    emergency: { ...base.emergency, ...r.emergency ?? {} },
    archive: { ...base.archive, ...r.archive ?? {} },
    outcome: { ...base.outcome, ...r.outcome ?? {} },
    rules: { ...r.rules ?? {} },
    language: base.language
  };
}
function timeFindings(config, source, file2, t) {
  let zone = config["time-zone"], zoneAdvice = adviseTimeZone(zone);
  if (zoneAdvice)
    return [
      {
        rule: "config",
        severity: "error",
        file: file2,
        ...source.locate(["time-zone"]),
        message: zoneMessage(t, zone, zoneAdvice)
      }
    ];
  let findings = [];
  return config.freezes.forEach((f, i) => {
    let ends = ["from", "to"].map((k) => {
      let r = readDateOrTime(f[k], zone, k === "to"), problem = "problem" in r && r.problem !== "form" ? localTimeProblem(t, `freezes[${i}].${k}`, f[k], zone) : void 0;
      return problem && findings.push({
        rule: "config",
        severity: "error",
        file: file2,
        ...source.locate(["freezes", i, k]),
        message: problem
      }), "instant" in r ? r.instant : void 0;
    });
    ends[0] && ends[1] && ends[0] >= ends[1] && findings.push({
      rule: "config",
      severity: "error",
      file: file2,
      ...source.locate(["freezes", i, "to"]),
      message: t["config.freeze-order"]({ index: i, name: f.name, from: f.from, to: f.to })
    });
  }), findings;
}
function zoneMessage(t, zone, a) {
  return a.why === "abbreviation" ? t["config.time-zone-abbreviation"]({ zone, database: a.database, meant: a.meant, others: a.others }) : a.why === "alias" ? t["config.time-zone-alias"]({ zone, meant: a.meant }) : a.why === "offset" ? t["config.time-zone-offset"]({ zone, meant: a.meant }) : t["config.time-zone"]({ zone, meant: a.meant });
}
function roleFindings(config, source, file2) {
  let t = messages(config.language), out = [];
  for (let [id, role] of Object.entries(config.roles ?? {})) {
    !MEASURES_ROLE_IDS.includes(id) && (!role.title?.en || !role.title?.zh) && out.push({
      rule: "config",
      severity: "error",
      file: file2,
      ...source.locateKey(["roles", id]),
      message: t["config.role-title"]({ role: id })
    });
    let teams = role.owners.filter((o) => o.includes("/"));
    role.members && role.members.length > 0 && teams.length > 1 && out.push({
      rule: "config",
      severity: "error",
      file: file2,
      ...source.locateKey(["roles", id, "members"]),
      message: t["config.role-members-teams"]({ role: id, teams: teams.join(", ") })
    });
  }
  let owner = config["policy-owner"];
  return source.value?.["policy-owner"] !== void 0 && config.roles && !config.roles[owner] && out.push({
    rule: "config",
    severity: "error",
    file: file2,
    ...source.locate(["policy-owner"]),
    message: t["config.policy-owner"]({ role: owner, roles: Object.keys(config.roles).join(", ") })
  }), out;
}
function retag(f) {
  return { ...f, rule: "config" };
}

// src/cli/repo-root.ts
function findRepoRoot(startDir, cwd) {
  return searchRoot((0, import_node_path.resolve)(startDir), (0, import_node_path.resolve)(cwd));
}
function searchRoot(start, cwd) {
  let gitRoot;
  for (let dir = start; ; dir = (0, import_node_path.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, CONFIG_PATH))) return dir;
    if (!gitRoot && (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, ".git")) && (gitRoot = dir), (0, import_node_path.dirname)(dir) === dir) break;
  }
  return gitRoot || (start === cwd || start.startsWith(cwd + import_node_path.sep) ? cwd : start);
}

// src/codeowners/problem-text.ts
function codeownersProblemText(e, t) {
  return t[`codeowners.${e.problem}`]({ token: e.token });
}

// src/cli/command.ts
var import_node_util = require("node:util");

// occasional:help
var import_node_module3 = require("node:module"), loaded2, helpText = (...args) => (loaded2 ??= (0, import_node_module3.createRequire)(__ugModuleUrl)("./help.cjs")).helpText(...args);

// src/cli/input-file.ts
var import_node_fs2 = require("node:fs");
function readInputFile(path, maxBytes, options = {}) {
  let noFollow = options.followLink === !1 ? import_node_fs2.constants.O_NOFOLLOW ?? 0 : 0, fd;
  try {
    fd = (0, import_node_fs2.openSync)(path, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NONBLOCK ?? 0) | noFollow);
  } catch (err) {
    let code2 = err.code;
    return noFollow && (code2 === "ELOOP" || code2 === "EMLINK") ? { refused: { kind: "symlink" } } : code2 === "ENOENT" || code2 === "ENOTDIR" ? { refused: { kind: "missing" } } : code2 === "EISDIR" ? { refused: { kind: "folder" } } : { refused: { kind: "unreadable", reason: code2 ?? err.message } };
  }
  try {
    let st = (0, import_node_fs2.fstatSync)(fd);
    if (st.isDirectory()) return { refused: { kind: "folder" } };
    if (!st.isFile()) return { refused: { kind: "special" } };
    if (st.size > maxBytes) return { refused: { kind: "too-large", size: st.size, max: maxBytes } };
    let buf = Buffer.allocUnsafe(st.size), off = 0;
    for (; off < buf.length; ) {
      let n = (0, import_node_fs2.readSync)(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: buf.subarray(0, off) };
  } catch (err) {
    return { refused: { kind: "unreadable", reason: err.code ?? err.message } };
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function refusalText(file2, refused, t) {
  switch (refused.kind) {
    case "missing":
      return t["cli.cannot-read"]({ file: file2, reason: "ENOENT" });
    case "folder":
      return t["cli.input-folder"]({ file: file2 });
    case "special":
      return t["cli.input-special"]({ file: file2 });
    case "symlink":
      return t["cli.input-symlink"]({ file: file2 });
    case "too-large":
      return t["cli.input-too-large"]({ file: file2, bytes: refused.size, max: refused.max });
    case "unreadable":
      return t["cli.cannot-read"]({ file: file2, reason: refused.reason });
  }
}

// src/policy/login.ts
function normalizeLogin(login) {
  return login.replace(/^@/, "").toLowerCase();
}
function ownerKey(owner) {
  return `@${owner.replace(/^@/, "").toLowerCase()}`;
}
function configuredTeams(config) {
  let out = /* @__PURE__ */ new Map();
  for (let role of Object.values(config.roles ?? {})) {
    let teams = role.owners.filter((o) => o.includes("/"));
    role.members && role.members.length > 0 && teams.length === 1 && out.set(ownerKey(teams[0]), role.members.map(normalizeLogin));
  }
  for (let [team, members] of Object.entries(config.teams ?? {}))
    out.set(ownerKey(team), members.map(normalizeLogin));
  return out;
}
function holdsEntry(entry, login, listed, membership) {
  let key = ownerKey(entry), who = normalizeLogin(login);
  return key.includes("/") ? (listed.get(key) ?? []).includes(who) || (membership[key]?.members ?? []).some((m) => normalizeLogin(m) === who) : key === `@${who}`;
}

// src/policy/approvals.ts
var DEFAULT_TITLES = {
  "center-lead": { en: "R&D center lead", zh: "\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA" },
  "general-office": { en: "General Manager's Office", zh: "\u603B\u7ECF\u7406\u529E\u516C\u5BA4" }
};
function roleTitle(roles, role) {
  let t = roles?.[role]?.title;
  return { en: t?.en ?? DEFAULT_TITLES[role]?.en ?? role, zh: t?.zh ?? DEFAULT_TITLES[role]?.zh ?? role };
}
var short = (sha) => sha.slice(0, 7);

// src/policy/rules/emergency.applier.ts
var emergencyApplier = {
  id: "emergency.applier",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !0,
  clause: "4.3",
  check: ({ snapshot, config, roles, label, emergencyDocs, t }) => {
    if (!label || emergencyDocs.length === 0 || !roles) return [];
    let allowed = config.emergency["applied-by"], who = allowed.map((role) => ({
      title: roleTitle(roles, role),
      owners: roles[role]?.owners.join(", ") ?? "-"
    })), base = { label: label.name, roles: who };
    if (!label.appliedBy) return [{ message: t["emergency.applier-unknown"](base) }];
    let login = label.appliedBy;
    if (normalizeLogin(login) === normalizeLogin(snapshot.pullRequest.author))
      return [{ message: t["emergency.applier-author"]({ ...base, login }) }];
    let listed = configuredTeams(config), entries = allowed.flatMap((role) => roles[role]?.owners ?? []);
    if (entries.some((entry) => holdsEntry(entry, login, listed, snapshot.membership))) return [];
    let unreadable = entries.map(ownerKey).filter((key) => snapshot.membership[key]?.unreadable);
    return [{ message: t["emergency.applier"]({ ...base, login, unreadable: unreadable.join(", ") }) }];
  }
};
function appliedByFindings(config, source, file2) {
  let known = Object.keys(config.roles ?? {}), written = source.value?.emergency?.["applied-by"];
  if (known.length === 0 || written === void 0) return [];
  let t = messages(config.language);
  return config.emergency["applied-by"].flatMap(
    (role, i) => known.includes(role) ? [] : [
      {
        rule: "config",
        severity: "error",
        file: file2,
        ...source.locate(["emergency", "applied-by", i]),
        message: t["config.applied-by-role"]({ role, roles: known })
      }
    ]
  );
}

// src/policy/rules/acceptance.required.ts
var acceptanceRequired = {
  id: "acceptance.required",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.1",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production") return [];
    if (!doc.acceptance) return [{ path: ["acceptance"], atKey: !0, message: t["acceptance.required"]() }];
    let zone = config["time-zone"], accepted = startOfDateInZone(doc.acceptance.date, zone), start = toInstant(doc.window.start, zone);
    return accepted && start && accepted > start ? [
      {
        path: ["acceptance", "date"],
        message: t["acceptance.after-window"]({ date: doc.acceptance.date, start: doc.window.start })
      }
    ] : [];
  }
};

// src/policy/rules/approval.distinct.ts
var approvalDistinct = {
  id: "approval.distinct",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, t }) => (approvals?.duplicates ?? []).map(({ role, login }) => {
    let title = approvals.roles.find((r) => r.role === role).title;
    return { message: t["approval.distinct"]({ login, role: title }) };
  })
};

// src/policy/rules/archive.protected.ts
var archiveProtected = {
  id: "archive.protected",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.7",
  check: ({ snapshot, config, t }) => {
    let folder = `${config.archive.folder.replace(/\/+$/, "")}/`, touched = [...new Set(snapshot.changedFiles.filter((f) => f.startsWith(folder)))];
    if (touched.length === 0) return [];
    let shown = touched.slice(0, 5).join(", ") + (touched.length > 5 ? ` (+${touched.length - 5} more)` : "");
    return [{ message: t["archive.protected"]({ folder, files: shown }) }];
  }
};

// src/policy/rules/approval.role.ts
var approvalRole = {
  id: "approval.<role>",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, roles, config, t }) => {
    if (!approvals || !roles) return [];
    let hits = [];
    for (let s of approvals.roles) {
      let rule = `approval.${s.role}`;
      if (s.blockedBy)
        hits.push({ rule, file: s.document, message: t["approval.blocked"]({ login: s.blockedBy, role: s.title }) });
      else if (!s.satisfied) {
        let listed = configuredTeams(config), members = [
          ...new Set(s.owners.flatMap((o) => o.includes("/") ? listed.get(ownerKey(o)) ?? [] : [o]))
        ], note = "", examples = members.slice(0, 3).map((m) => `@${normalizeLogin(m)}`).join(", ");
        hits.push({
          rule,
          file: s.document,
          message: t["approval.missing"]({
            role: s.title,
            owners: s.owners.join(", "),
            examples,
            head: short(approvals.headSha),
            note
          })
        });
      }
    }
    return hits;
  }
};

// src/policy/rules/approval.self.ts
var approvalSelf = {
  id: "approval.self",
  scope: "pull-request",
  severity: "notice",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, t }) => [
    ...(approvals?.self ?? []).map((review) => ({ message: t["approval.self"]({ login: review.user }) })),
    ...(approvals?.contributors ?? []).map(({ review, unknown }) => ({
      message: t[unknown ? "approval.contributors-unknown" : "approval.contributor"]({ login: review.user })
    }))
  ]
};

// src/policy/rules/approval.stale.ts
var approvalStale = {
  id: "approval.stale",
  scope: "pull-request",
  severity: "warning",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ approvals, t }) => (approvals?.stale ?? []).map(({ review, touched, baseChangedAt }) => {
    if (baseChangedAt)
      return {
        message: t["approval.stale-base"]({ login: review.user, at: baseChangedAt, head: short(approvals.headSha) })
      };
    let changed = touched === void 0 ? "" : touched.slice(0, 5).join(", "), more = touched === void 0 ? 0 : Math.max(0, touched.length - 5);
    return {
      message: t["approval.stale"]({
        login: review.user,
        commit: short(review.commitId),
        changed,
        more,
        head: short(approvals.headSha)
      })
    };
  })
};

// src/policy/backup-section.ts
function backupSectionRule(part) {
  return {
    id: `backup.${part}`,
    scope: "document",
    severity: "error",
    softenable: !0,
    emergency: !1,
    clause: "3.5, 4.5",
    check: ({ doc, t }) => doc.backup?.[part] ? [] : [{ path: doc.backup ? ["backup"] : [], atKey: !0, message: t["backup.section"]({ part }) }]
  };
}

// src/policy/rules/backup.config.ts
var backupConfig = backupSectionRule("config");

// src/policy/rules/backup.data.ts
var backupData = backupSectionRule("data");

// src/policy/rules/backup.programs.ts
var backupPrograms = backupSectionRule("programs");

// src/policy/rules/backup.rollback.ts
var backupRollback = {
  id: "backup.rollback",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.6",
  check: ({ doc, t }) => doc.rollback?.plan?.trim() ? [] : [{ path: ["rollback"], atKey: !0, message: t["backup.rollback"]() }]
};

// src/policy/rules/codeowners.coverage.ts
function coverageHits(documents, codeowners, codeownersPath, roles, t) {
  let folderOf = (path) => path.includes("/") ? `/${path.slice(0, path.lastIndexOf("/") + 1)}` : `/${path}`, gaps = documents.map((path) => {
    let rule = codeowners?.ruleFor(path), owners = new Set(rule?.owners.map((o) => o.toLowerCase()) ?? []), missing = roleIds(roles).filter((role) => !roles[role].owners.some((o) => owners.has(o.toLowerCase())));
    return { path, rule, missing };
  }), lineOwners = /* @__PURE__ */ new Map();
  for (let g of gaps) {
    if (g.missing.length === 0) continue;
    let list = lineOwners.get(folderOf(g.path)) ?? [];
    for (let o of [...g.rule?.owners ?? [], ...g.missing.map((r) => roles[r].owners[0])])
      list.some((x) => x.toLowerCase() === o.toLowerCase()) || list.push(o);
    lineOwners.set(folderOf(g.path), list);
  }
  return gaps.filter((g) => g.missing.length > 0).map(({ path, rule, missing }) => {
    let fix = `${folderOf(path)} ${lineOwners.get(folderOf(path)).join(" ")}`, missingRoles = missing.map((r) => ({ title: roleTitle(roles, r), owners: roles[r].owners.join(", ") })), message = codeowners ? rule ? rule.owners.length === 0 ? t["codeowners.coverage-ownerless"]({ path, line: rule.line, roles: missingRoles, fix }) : t["codeowners.coverage"]({
      path,
      owners: rule.owners.join(" "),
      line: rule.line,
      roles: missingRoles,
      fix
    }) : t["codeowners.coverage-unmatched"]({ path, roles: missingRoles, fix }) : t["codeowners.coverage-none"]({ path, roles: missingRoles, fix });
    return { file: codeownersPath ?? "CODEOWNERS", line: rule?.line, column: rule ? 1 : void 0, message };
  });
}
var codeownersCoverage = {
  id: "codeowners.coverage",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.3",
  check: ({ roles, docs, codeowners, snapshot, t }) => roles && docs.length > 0 ? coverageHits(
    docs.map((d) => d.file),
    codeowners,
    snapshot.codeowners.path,
    roles,
    t
  ) : []
};

// src/policy/rules/codeowners.syntax.ts
var codeownersSyntax = {
  id: "codeowners.syntax",
  scope: "pull-request",
  severity: "warning",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ codeowners, snapshot, t }) => (codeowners?.errors ?? []).map((e) => ({
    file: snapshot.codeowners.path,
    line: e.line,
    column: e.column,
    message: codeownersProblemText(e, t)
  }))
};

// src/policy/rules/document.archived.ts
var documentArchived = {
  id: "document.archived",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.7",
  check: ({ snapshot, loaded: loaded3, t }) => {
    let changed = new Set(snapshot.changedFiles), hits = /* @__PURE__ */ new Map();
    for (let a of snapshot.history?.archived ?? []) {
      if (!changed.has(a.path) || hits.has(a.path)) continue;
      let inPr = loaded3.some((l) => l.file === a.path && l.doc);
      hits.set(a.path, {
        file: a.path,
        ...inPr ? { path: ["id"] } : {},
        message: t["document.archived"]({ path: a.path, id: a.id ?? "\u2014", record: a.record })
      });
    }
    return [...hits.values()];
  }
};

// src/policy/rules/document.unique-id.ts
var documentUniqueId = {
  id: "document.unique-id",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ doc, earlier, t }) => {
    let other = earlier.get(doc.id);
    return other !== void 0 ? [{ path: ["id"], message: t["document.unique-id"]({ id: doc.id, other }) }] : [];
  }
};

// src/policy/rules/document.unreadable.ts
var documentUnreadable = {
  id: "document.unreadable",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.4",
  check: ({ snapshot, t }) => (snapshot.unreadable ?? []).map((u) => ({
    file: u.path,
    message: t["document.unreadable"]({ path: u.path, kind: u.kind, target: u.target ?? "" })
  }))
};

// src/policy/rules/emergency.budget.ts
var emergencyBudget = {
  id: "emergency.budget",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.2",
  check: ({ config, emergencyDocs, earlierEmergencies: earlier, month, t }) => {
    let budget = config.emergency["monthly-budget"];
    if (emergencyDocs.length === 0 || earlier.length < budget) return [];
    let list = earlier.map((e) => `${e.id} (PR #${e.pr}, ${e.mergedAt.slice(0, 10)})`).join(", ");
    return [
      {
        severity: config.emergency["budget-severity"],
        message: t["emergency.budget"]({ count: earlier.length, month, list, budget })
      }
    ];
  }
};

// src/policy/rules/emergency.confirmation.ts
var FIELDS = ["phone_confirmed_by", "confirmed_at", "email_registration"], emergencyConfirmation = {
  id: "emergency.confirmation",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "4.3",
  check: ({ doc, t }) => {
    let confirmation = doc.emergency?.confirmation;
    if (!doc.emergency || !confirmation) return [];
    let hits = [];
    for (let field of FIELDS)
      confirmation[field]?.trim() || hits.push({
        path: ["emergency", "confirmation", field],
        atKey: !0,
        message: t["emergency.confirmation"]({ missing: field })
      });
    return hits;
  }
};

// src/policy/rules/emergency.justification.ts
var PLACEHOLDER = /^(todo|tbd|n\/?a|none|urgent|asap|fix|hotfix|emergency|see (above|below|ticket)|-+|\.+|x+|待定|无|紧急)$/i, WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u, INVISIBLE = /[\p{Cf}\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu, WORD = /[\p{L}\p{N}]/u;
function visibleText(text) {
  return text.replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}
function weightedLength(text) {
  let n = 0;
  for (let ch of visibleText(text)) n += WORD.test(ch) ? WIDE.test(ch) ? 2 : 1 : ch === " " ? 1 : 0;
  return n;
}
var emergencyJustification = {
  id: "emergency.justification",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2",
  check: ({ doc, config, t }) => {
    let text = doc.emergency?.justification;
    if (text === void 0) return [];
    let path = ["emergency", "justification"];
    if (PLACEHOLDER.test(visibleText(text))) return [{ path, message: t["emergency.justification-placeholder"]() }];
    let min = config.emergency["min-justification-length"], length = weightedLength(text);
    return length >= min ? [] : [{ path, message: t["emergency.justification"]({ length, min }) }];
  }
};

// src/policy/rules/emergency.label.ts
var emergencyLabel = {
  id: "emergency.label",
  scope: "pull-request",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2",
  check: ({ config, label, emergencyDocs, regularDocs, t }) => {
    let name = config.emergency.label;
    return label && emergencyDocs.length === 0 ? [{ message: t["emergency.label-without-document"]({ label: name }) }] : !label && emergencyDocs.length > 0 ? emergencyDocs.map((file2) => ({
      file: file2,
      path: ["type"],
      message: t["emergency.document-without-label"]({ label: name })
    })) : label && regularDocs.length > 0 ? regularDocs.map((file2) => ({
      file: file2,
      path: ["type"],
      message: t["emergency.label-with-regular"]({ label: name })
    })) : [];
  }
};

// src/policy/rules/emergency.reason.ts
var EMERGENCY_REASONS = ["system-failure", "business-stoppage"];
function guessReason(reason) {
  return /故障/.test(reason) ? "system-failure" : /停顿|停止|停摆|中断|无法满足业务|无法开展/.test(reason) ? "business-stoppage" : didYouMean(reason, [...EMERGENCY_REASONS]);
}
var emergencyReason = {
  id: "emergency.reason",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2",
  check: ({ doc, t }) => {
    let reason = doc.emergency?.reason;
    return reason === void 0 || EMERGENCY_REASONS.includes(reason) ? [] : [{ path: ["emergency", "reason"], message: t["emergency.reason"]({ reason, guess: guessReason(reason) }) }];
  }
};

// src/policy/rules/emergency.section.ts
var emergencySection = {
  id: "emergency.section",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !0,
  clause: "3.2, 4.3",
  check: ({ doc, t }) => doc.type === "emergency" && !doc.emergency ? [{ path: ["type"], message: t["emergency.section-missing"]() }] : doc.type !== "emergency" && doc.emergency ? [{ path: ["emergency"], atKey: !0, message: t["emergency.section-unexpected"]() }] : []
};

// src/policy/rules/evidence.exists.ts
function evidenceReferences(doc) {
  let refs = [];
  return doc.acceptance?.evidence && refs.push({ path: ["acceptance", "evidence"], value: doc.acceptance.evidence }), doc.gray_test?.report && refs.push({ path: ["gray_test", "report"], value: doc.gray_test.report }), refs;
}
function repoPathOf(reference) {
  return reference.replace(/^\.\//, "");
}
function unsafeRepoPath(p) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return "link";
  if (p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p)) return "absolute";
  if (p.includes("\\")) return "backslash";
  if (p.split("/").some((seg) => seg === "..")) return "parent";
  if (p.includes("\0")) return "nul";
}
var evidenceExists = {
  id: "evidence.exists",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.4",
  check: ({ doc, exists, t }) => {
    let hits = [];
    for (let ref of evidenceReferences(doc)) {
      let field = ref.path.join("."), why = unsafeRepoPath(ref.value), normalized = repoPathOf(ref.value);
      why ? hits.push({ path: ref.path, message: t["evidence.path"]({ field, path: ref.value, why }) }) : exists(normalized) || hits.push({ path: ref.path, message: t["evidence.exists"]({ field, path: normalized }) });
    }
    return hits;
  }
};

// src/time/wall-clock.ts
var formatters = /* @__PURE__ */ new Map(), dayStarts2 = /* @__PURE__ */ new Map();
function formatterOf(zone) {
  let f = formatters.get(zone);
  return f || (f = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
    era: "short"
  }), formatters.set(zone, f)), f;
}
function offsetAt(t, zone) {
  let p = {};
  for (let part of formatterOf(zone).formatToParts(t)) p[part.type] = part.value;
  let year = p.era === "BC" || p.era === "B" ? 1 - Number(p.year) : Number(p.year), d = /* @__PURE__ */ new Date(0);
  return d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day)), d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second)), d.getTime() - (t - (t % 1e3 + 1e3) % 1e3);
}
function dayStartOffset(days, day, zone) {
  let offset = days.get(day);
  return offset === void 0 && days.set(day, offset = offsetAt(day * 864e5, zone)), offset;
}
function zoneOffset(t, zone) {
  let days = dayStarts2.get(zone);
  days || dayStarts2.set(zone, days = /* @__PURE__ */ new Map());
  let day = Math.floor(t / 864e5), start = dayStartOffset(days, day, zone);
  return start === dayStartOffset(days, day + 1, zone) ? start : offsetAt(t, zone);
}
function wallClock(t, zone) {
  let d = new Date(t + zoneOffset(t, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay()
  };
}

// src/time/calendar.ts
var WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
function weekdayIn(instant, zone) {
  return WEEKDAYS[wallClock(instant.getTime(), zone).weekday];
}
function momentIn(instant, zone) {
  let local = new TZDate(instant.getTime(), zone);
  return { date: lightFormat(local, "yyyy-MM-dd"), day: WEEKDAYS[local.getDay()], time: lightFormat(local, "HH:mm") };
}
function nextAllowedDay(instant, zone, days) {
  let d = new TZDate(instant.getTime(), zone), at = (i) => {
    let c = new Date(utcTime(d.getFullYear(), d.getMonth(), d.getDate() + i));
    return { date: c.toISOString().slice(0, 10), day: WEEKDAYS[c.getUTCDay()] };
  };
  for (let i = 0; i < 7; i++) {
    let candidate = at(i);
    if (days.includes(candidate.day)) return candidate;
  }
  return at(0);
}

// src/policy/rules/gray-test.before-window.ts
var grayTestBeforeWindow = {
  id: "gray-test.before-window",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t, mergeAt }) => {
    if (doc.environment !== "production") return [];
    let gray = doc.gray_test;
    if (!gray) return [{ path: ["gray_test"], atKey: !0, message: t["gray-test.missing"]() }];
    let hits = [];
    gray.result !== "passed" && hits.push({ path: ["gray_test", "result"], message: t["gray-test.failed"]() });
    let zone = config["time-zone"], completed = toInstant(gray.completed, zone), start = toInstant(doc.window.start, zone);
    return completed && start && completed >= start ? hits.push({
      path: ["gray_test", "completed"],
      message: t["gray-test.before-window"]({ completed: gray.completed, start: doc.window.start })
    }) : completed && mergeAt && completed > mergeAt && hits.push({
      path: ["gray_test", "completed"],
      message: t["gray-test.before-merge"]({ completed: gray.completed, merge: momentIn(mergeAt, zone) })
    }), hits;
  }
};

// src/policy/rules/gray-test.weekday.ts
var grayTestWeekday = {
  id: "gray-test.weekday",
  scope: "document",
  severity: "warning",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production" || doc.type === "emergency" || !doc.gray_test) return [];
    let zone = config["time-zone"], completed = toInstant(doc.gray_test.completed, zone);
    if (!completed) return [];
    let day = weekdayIn(completed, zone);
    return day === config["gray-test-day"] ? [] : [
      {
        path: ["gray_test", "completed"],
        message: t["gray-test.weekday"]({ completed: doc.gray_test.completed, day, expected: config["gray-test-day"] })
      }
    ];
  }
};

// src/policy/window-text.ts
function windowReason(state, t) {
  switch (state.why) {
    case "freeze":
      return t["window.in-freeze"]({ date: state.date, day: state.day, zone: state.zone, freeze: state.freeze });
    case "outside-window":
      return t["window.outside"](state.window);
    case "inside-window":
      return t["window.inside"](state.window);
    case "windows-apart":
      return t["window.apart"](state.window);
    case "not-merge-day":
      return t["window.not-merge-day"]({ date: state.date, day: state.day, zone: state.zone });
    default:
      return t["window.merge-day"]({ date: state.date, day: state.day, zone: state.zone });
  }
}

// src/policy/merge-closed.ts
function closedBy(ctx) {
  if (!(ctx.production.length === 0 || ctx.emergencyGranted || ctx.state.open))
    return ctx.state.why === "freeze" ? "window.freeze" : ctx.state.why === "outside-window" || ctx.state.why === "windows-apart" ? "merge.window" : "merge.weekday";
}
function closedHits(ctx, rule) {
  return closedBy(ctx) !== rule ? [] : [
    {
      message: ctx.t["merge.closed"]({
        reason: windowReason(ctx.state, ctx.t),
        flip: ctx.nextFlipText ?? "",
        over: mergeWindowMode(ctx.config) !== "off"
      })
    }
  ];
}

// src/policy/rules/merge.weekday.ts
var mergeWeekday = {
  id: "merge.weekday",
  scope: "merge",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: (ctx) => closedHits(ctx, "merge.weekday")
};

// src/policy/rules/merge.window.ts
var mergeWindow = {
  id: "merge.window",
  scope: "merge",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: (ctx) => closedHits(ctx, "merge.window")
};

// src/policy/rules/notice.lead-time.ts
var HOUR = 36e5, noticeLeadTime = {
  id: "notice.lead-time",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "4.4",
  check: ({ doc, config, t, mergeAt }) => {
    if (doc.environment !== "production") return [];
    let hours = config["notice-hours"];
    if (!doc.notification) return [{ path: ["notification"], atKey: !0, message: t["notice.missing"]({ hours }) }];
    let zone = config["time-zone"], announced = toInstant(doc.notification.announced_at, zone), start = toInstant(doc.window.start, zone);
    if (!announced || !start) return [];
    let announcedAt = doc.notification.announced_at;
    if (start.getTime() - announced.getTime() < hours * HOUR) {
      let latest = momentIn(new Date(start.getTime() - hours * HOUR), zone), severity = doc.type === "emergency" ? "warning" : void 0;
      return [
        {
          path: ["notification", "announced_at"],
          severity,
          message: t["notice.lead-time"]({ announced: announcedAt, start: doc.window.start, hours, latest })
        }
      ];
    }
    if (!mergeAt || doc.type === "emergency" || mergeAt >= start || mergeAt.getTime() - announced.getTime() >= hours * HOUR)
      return [];
    let earliest = momentIn(new Date(announced.getTime() + hours * HOUR), zone);
    return [
      {
        path: ["notification", "announced_at"],
        message: t["notice.before-merge"]({ announced: announcedAt, merge: momentIn(mergeAt, zone), hours, earliest })
      }
    ];
  }
};

// src/policy/rules/people.two-person.ts
var peopleTwoPerson = {
  id: "people.two-person",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.6",
  check: ({ doc, t }) => normalizeLogin(doc.people.executor) === normalizeLogin(doc.people.supervisor) ? [{ path: ["people", "supervisor"], message: t["people.two-person"]({ login: doc.people.executor }) }] : []
};

// src/policy/rules/policy.approval.ts
var policyApproval = {
  id: "policy.approval",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: null,
  check: ({ policyChange, snapshot, t }) => {
    if (!policyChange || policyChange.state?.satisfied) return [];
    let files = policyChange.files.slice(0, 5).join(", ") + (policyChange.files.length > 5 ? ` (+${policyChange.files.length - 5})` : ""), s = policyChange.state;
    return s ? s.blockedBy ? [{ message: t["policy.approval-blocked"]({ files, role: s.title, login: s.blockedBy }) }] : [
      {
        message: t["policy.approval-missing"]({
          files,
          role: s.title,
          owners: s.owners.join(", "),
          head: short(snapshot.pullRequest.headSha)
        })
      }
    ] : [
      { file: snapshot.config.path, message: t["policy.approval-no-role"]({ files, role: policyChange.owner }) }
    ];
  }
};

// src/policy/rules/pull-request.files.ts
var pullRequestFiles = {
  id: "pull-request.files",
  scope: "pull-request",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: null,
  check: ({ snapshot, t }) => snapshot.changedFilesTruncated ? [{ message: t["pull-request.files"]() }] : []
};

// src/policy/rules/release.forward.ts
function parseVersion(v) {
  let m = /^[vV]?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v.trim());
  if (m)
    return { parts: m[1].split(".").map(Number), pre: m[2] ?? "" };
}
function compareVersions(a, b) {
  let x = parseVersion(a), y = parseVersion(b);
  if (!(!x || !y)) {
    for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
      let d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
      if (d !== 0) return d;
    }
    return x.pre === y.pre ? 0 : x.pre ? y.pre ? x.pre.localeCompare(y.pre, "en", { numeric: !0 }) : -1 : 1;
  }
}
var releaseForward = {
  id: "release.forward",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ doc, t }) => {
    let { from, to } = doc.release, cmp = compareVersions(to, from);
    return (cmp === void 0 ? to.trim() === from.trim() : cmp <= 0) ? [{ path: ["release", "to"], message: t["release.forward"]({ from, to }) }] : [];
  }
};

// src/policy/rules/status.forged.ts
var statusForged = {
  id: "status.forged",
  scope: "archive",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: "3.7",
  check: ({ forgedStatus, outcome, t }) => forgedStatus ? [{ message: t["status.forged"]({ state: forgedStatus.state, creator: forgedStatus.creator ?? "", outcome }) }] : []
};

// src/policy/rules/time.local.ts
var timeLocal = {
  id: "time.local",
  scope: "document",
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause: null,
  check: ({ doc, config, t }) => {
    let times = [
      [["window", "start"], doc.window.start],
      [["window", "end"], doc.window.end],
      [["gray_test", "completed"], doc.gray_test?.completed],
      [["notification", "announced_at"], doc.notification?.announced_at],
      [["emergency", "confirmation", "confirmed_at"], doc.emergency?.confirmation?.confirmed_at]
    ], hits = [];
    for (let [path, text] of times) {
      let message = text === void 0 ? void 0 : localTimeProblem(t, path.join("."), text, config["time-zone"]);
      message && hits.push({ path, message });
    }
    return hits;
  }
};

// src/policy/rules/window.freeze.ts
var windowFreeze = {
  id: "window.freeze",
  scope: "merge",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: (ctx) => closedHits(ctx, "window.freeze")
};

// src/policy/rules/window.length.ts
var MAX_WINDOW_HOURS = 24, windowLength = {
  id: "window.length",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production" || doc.type !== "regular") return [];
    let zone = config["time-zone"], start = toInstant(doc.window.start, zone), end = toInstant(doc.window.end, zone);
    if (!start || !end || end <= start) return [];
    let hours = (end.getTime() - start.getTime()) / 36e5;
    return hours <= MAX_WINDOW_HOURS ? [] : [
      {
        path: ["window", "end"],
        message: t["window.length"]({
          start: doc.window.start,
          end: doc.window.end,
          hours: Math.round(hours * 10) / 10,
          max: MAX_WINDOW_HOURS
        })
      }
    ];
  }
};

// src/policy/rules/window.order.ts
var windowOrder = {
  id: "window.order",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: null,
  check: ({ doc, config, t }) => {
    let zone = config["time-zone"], start = toInstant(doc.window.start, zone), end = toInstant(doc.window.end, zone);
    return !start || !end || end > start ? [] : [{ path: ["window", "end"], message: t["window.order"]({ start: doc.window.start, end: doc.window.end }) }];
  }
};

// src/policy/rules/window.weekday.ts
var windowWeekday = {
  id: "window.weekday",
  scope: "document",
  severity: "error",
  softenable: !0,
  emergency: !1,
  clause: "3.3",
  check: ({ doc, config, t }) => {
    if (doc.environment !== "production" || doc.type !== "regular") return [];
    let zone = config["time-zone"], start = toInstant(doc.window.start, zone);
    if (!start) return [];
    let day = weekdayIn(start, zone);
    return config["merge-days"].includes(day) ? [] : [
      {
        path: ["window", "start"],
        message: t["window.weekday"]({
          start: doc.window.start,
          day,
          zone,
          allowed: config["merge-days"],
          next: nextAllowedDay(start, zone, config["merge-days"])
        })
      }
    ];
  }
};

// src/policy/rules/index.ts
var RULES = [
  timeLocal,
  windowOrder,
  windowLength,
  windowWeekday,
  grayTestBeforeWindow,
  grayTestWeekday,
  noticeLeadTime,
  acceptanceRequired,
  backupData,
  backupPrograms,
  backupConfig,
  backupRollback,
  emergencySection,
  emergencyReason,
  emergencyJustification,
  emergencyConfirmation,
  evidenceExists,
  peopleTwoPerson,
  releaseForward,
  documentUniqueId,
  codeownersSyntax,
  pullRequestFiles,
  documentUnreadable,
  archiveProtected,
  documentArchived,
  policyApproval,
  emergencyLabel,
  emergencyApplier,
  emergencyBudget,
  codeownersCoverage,
  approvalSelf,
  approvalStale,
  approvalDistinct,
  approvalRole,
  mergeWeekday,
  windowFreeze,
  mergeWindow,
  statusForged
], fixed = (id, scope, clause) => ({
  id,
  scope,
  severity: "error",
  softenable: !1,
  emergency: !1,
  clause
}), READER_CHECKS = [
  fixed("schema", "document", "3.4"),
  ...[
    "yaml.syntax",
    "yaml.duplicate-key",
    "yaml.forbidden-key",
    "yaml.too-large",
    "yaml.too-deep",
    "yaml.alias-limit",
    "yaml.encoding",
    "yaml.full-width"
  ].map((id) => fixed(id, "document", null)),
  fixed("config", "pull-request", null),
  // The /upgrade-result command's reader (archive/outcome-command.ts).
  ...["outcome.command", "outcome.schema", "outcome.document", "outcome.verification", "outcome.time"].map(
    (id) => fixed(id, "archive", "4.6")
  )
], REGISTRY = [...RULES, ...READER_CHECKS], documentRules = RULES.filter((r) => r.scope === "document"), pullRequestRules = RULES.filter((r) => r.scope === "pull-request"), mergeRules = RULES.filter((r) => r.scope === "merge"), archiveRules = RULES.filter((r) => r.scope === "archive"), pattern = (id) => new RegExp(`^${id.replace(/[.]/g, "\\.").replace(/<[a-z]+>/g, "[a-z0-9][a-z0-9-]*")}$`), matchers = REGISTRY.map((info) => ({ info, re: pattern(info.id) }));
function configurableRuleIds(roles) {
  return REGISTRY.flatMap(
    (r) => r.id.includes("<role>") ? roles.map((role) => r.id.replace("<role>", role)) : [r.id]
  );
}
function suggestRuleId(id, known) {
  return didYouMean(id, known);
}

// src/policy/load-policy.ts
function ruleSettingFindings(config, source, file2) {
  let known = configurableRuleIds(
    Object.keys(config.roles ?? {}).length ? Object.keys(config.roles) : MEASURES_ROLE_IDS
  );
  return Object.keys(config.rules).filter((id) => !known.includes(id)).map((id) => {
    let guess = suggestRuleId(id, known);
    return {
      rule: "config",
      severity: "error",
      file: file2,
      ...source.locateKey(["rules", id]),
      message: messages(config.language)["config.rule-unknown"]({ id, guess: guess ?? "" })
    };
  });
}
function loadPolicyConfig(input, file2, language) {
  return loadConfig(input, file2, language, [ruleSettingFindings, appliedByFindings]);
}

// src/cli/repo-files.ts
var import_node_path2 = require("node:path");
function loadConfigFor(root, explicit, cwd, language) {
  return readConfigFor(root, explicit, cwd, language).loaded;
}
function readConfigFor(root, explicit, cwd, language) {
  let full = explicit ? (0, import_node_path2.resolve)(cwd, explicit) : (0, import_node_path2.join)(root, CONFIG_PATH), path = (0, import_node_path2.relative)(cwd, full) || full, read = readInputFile(full, MAX_DOCUMENT_BYTES);
  if ("bytes" in read) {
    let text = read.bytes.toString("utf8");
    return { loaded: loadPolicyConfig(read.bytes, path, language), path, text };
  }
  if (read.refused.kind === "missing" && !explicit)
    return { loaded: loadPolicyConfig(void 0, CONFIG_PATH, language), path };
  let t = messages(language), file2 = explicit ?? path, message = read.refused.kind === "missing" ? t["cli.config-missing"]({ file: file2 }) : refusalText(file2, read.refused, t);
  return {
    loaded: {
      config: loadPolicyConfig(void 0, CONFIG_PATH, language).config,
      findings: [{ rule: "config", severity: "error", file: file2, message }]
    },
    path
  };
}

// src/cli/command.ts
var HELP_OPTION = { help: { type: "boolean", short: "h" } }, LANG_OPTION = { lang: { type: "string" } };
function commandLanguage(name, lang, io) {
  if (lang !== void 0) {
    let chosen = parseLanguage(lang);
    return chosen || (io.err(`upgrade-gate ${name}: ${usageCatalog([], io)["cli.bad-lang"]({ value: lang, allowed: [...LANGUAGES] })}`), 2);
  }
  return languageFromLocale(io.env ?? {});
}
function usageLanguage(argv, io) {
  let i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang=")), value = i < 0 ? void 0 : argv[i].startsWith("--lang=") ? argv[i].slice(7) : argv[i + 1];
  return (value !== void 0 ? parseLanguage(value) : void 0) ?? languageFromLocale(io.env ?? {}) ?? "en";
}
function usageCatalog(argv, io) {
  return messages(usageLanguage(argv, io));
}
function commandHelp(topic, argv, io) {
  return helpText(topic, usageLanguage(argv, io));
}
function parseArgsProblem(err, t) {
  let { code: code2, message } = err, text = String(message ?? err), quoted = /'([^']*)'/.exec(text)?.[1], option = quoted?.match(/--?[^\s,<]+/g)?.pop();
  return code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option ? t["cli.unknown-option"]({ option }) : code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option ? /does not take an argument/.test(text) ? t["cli.option-takes-no-value"]({ option }) : t["cli.option-value-missing"]({ option, followedByOption: /ambiguous/.test(text) }) : code2 === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" && quoted !== void 0 ? t["cli.unexpected-argument"]({ argument: quoted }) : t["cli.bad-option"]({ detail: text });
}
function parseCommand(name, argv, options, io) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: argv, allowPositionals: !0, options });
  } catch (err) {
    return io.err(`upgrade-gate ${name}: ${parseArgsProblem(err, usageCatalog(argv, io))}

${commandHelp(name, argv, io)}`), 2;
  }
  return parsed.values.help ? (io.out(commandHelp(name, argv, io)), 0) : parsed;
}

// src/cli/owners.ts
var MAX_PATHS_FILE_BYTES = 16 * 1024 * 1024;
function codeownersIn(root, cwd) {
  let found = CODEOWNERS_LOCATIONS.map((p) => (0, import_node_path3.join)(root, p)).find((p) => (0, import_node_fs3.existsSync)(p));
  return found ? (0, import_node_path3.relative)(cwd, found) || found : void 0;
}
function runOwners(argv, io) {
  let parsed = parseCommand(
    "owners",
    argv,
    { codeowners: { type: "string" }, "paths-file": { type: "string" }, ...LANG_OPTION, ...HELP_OPTION },
    io
  );
  if (typeof parsed == "number") return parsed;
  let { values, positionals } = parsed, language = commandLanguage("owners", values.lang, io);
  if (typeof language == "number") return language;
  if (positionals.length === 0 && !values["paths-file"])
    return io.err(`upgrade-gate owners: ${usageCatalog(argv, io)["cli.need-paths"]()}

${commandHelp("owners", argv, io)}`), 2;
  let onDisk = (p) => (0, import_node_fs3.existsSync)((0, import_node_path3.resolve)(io.cwd, p)), first = positionals.find(onDisk), root = findRepoRoot(first ? (0, import_node_path3.dirname)((0, import_node_path3.resolve)(io.cwd, first)) : io.cwd, io.cwd), t = messages(language ?? loadConfigFor(root, void 0, io.cwd).config.language), file2 = values.codeowners ?? codeownersIn(root, io.cwd);
  if (!file2)
    return io.err(
      `upgrade-gate owners: ${t["cli.no-codeowners"]({ places: CODEOWNERS_LOCATIONS.map((p) => (0, import_node_path3.join)((0, import_node_path3.relative)(io.cwd, root), p)).join(", ") })}`
    ), 2;
  let codeownersRead = readInputFile((0, import_node_path3.resolve)(io.cwd, file2), 3145728);
  if ("refused" in codeownersRead)
    return io.err(`upgrade-gate owners: ${refusalText(file2, codeownersRead.refused, t)}`), 2;
  let decoded = decodeText(codeownersRead.bytes, file2, t);
  if (decoded.text === void 0) {
    let f = decoded.finding;
    return io.err(`upgrade-gate owners: ${file2}:${f.line}:${f.column}: ${f.message}`), 2;
  }
  let text = decoded.text, paths = [...positionals], pathsFile = values["paths-file"];
  if (pathsFile) {
    let read = readInputFile((0, import_node_path3.resolve)(io.cwd, pathsFile), MAX_PATHS_FILE_BYTES);
    if ("refused" in read)
      return io.err(`upgrade-gate owners: ${refusalText(pathsFile, read.refused, t)}`), 2;
    paths.push(
      ...read.bytes.toString("utf8").split(/\r?\n/).filter((l) => l.length > 0)
    );
  }
  let codeowners = compileCodeowners(text);
  for (let e of codeowners.errors) io.err(`${file2}:${e.line}:${e.column}: ${codeownersProblemText(e, t)}`);
  let result = Object.fromEntries(
    paths.map((path) => [
      path,
      codeowners.ownersOf(onDisk(path) ? (0, import_node_path3.relative)(root, (0, import_node_path3.resolve)(io.cwd, path)).split("\\").join("/") : path)
    ])
  );
  return io.out(JSON.stringify(result, null, 2)), 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  codeownersIn,
  runOwners
});
