import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

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
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
    else {
      let wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
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
      let [y, m, d] = text.split("-").map(Number), r = resolveWallClock(Date.UTC(y, m - 1, d), zone);
      start = "instant" in r ? r.instant : r.problem === "gap" ? r.at : r.problem === "ambiguous" ? r.earlier : null;
    }
    dayStarts.size > 1e4 && dayStarts.clear(), dayStarts.set(key, start);
  }
  return start ? new Date(start.getTime()) : void 0;
}
function readDateOrTime(text, zone, end) {
  if (isValidDate(text)) {
    if (!end) return { instant: startOfDateInZone(text, zone) };
    let next = new TZDate(`${text}T12:00:00Z`, "UTC");
    return next.setUTCDate(next.getUTCDate() + 1), { instant: startOfDateInZone(next.toISOString().slice(0, 10), zone) };
  }
  return readTime(text, zone);
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
function dateIn(instant, zone) {
  let w = wallClock(instant.getTime(), zone);
  return `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}
function policyMonth(instant, zone) {
  return dateIn(instant, zone).slice(0, 7);
}
function momentIn(instant, zone) {
  let local = new TZDate(instant.getTime(), zone);
  return { date: lightFormat(local, "yyyy-MM-dd"), day: WEEKDAYS[local.getDay()], time: lightFormat(local, "HH:mm") };
}
function nextAllowedDay(instant, zone, days) {
  let d = new TZDate(instant.getTime(), zone), at = (i) => {
    let c = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() + i));
    return { date: c.toISOString().slice(0, 10), day: WEEKDAYS[c.getUTCDay()] };
  };
  for (let i = 0; i < 7; i++) {
    let candidate = at(i);
    if (days.includes(candidate.day)) return candidate;
  }
  return at(0);
}

// src/document/schema-compile.ts
var factories = /* @__PURE__ */ new Map(), validators = /* @__PURE__ */ new Map();
function registerValidator(id, make) {
  factories.set(id, make);
}
function compileValidator(schema) {
  let fn = validators.get(schema.$id);
  if (fn) return fn;
  let make = factories.get(schema.$id);
  if (!make) throw new Error(`no precompiled validator for ${schema.$id}: import its schema file, and rebuild (npm run build) after adding a schema`);
  return validators.set(schema.$id, fn = make()), fn;
}

// src/document/schema-validator.ts
var compiled = /* @__PURE__ */ new Map();
function validatorFor(schema) {
  let fn = compiled.get(schema);
  return fn || (fn = compileValidator(schema), compiled.set(schema, fn)), fn;
}
function schemaErrors(schema, value) {
  let fn = validatorFor(schema);
  return fn(value) ? [] : [...fn.errors ?? []];
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
function ucs2length(str) {
  if (!HIGH_SURROGATE.test(str)) return str.length;
  let len = str.length, length = 0, pos = 0;
  for (; pos < len; ) {
    length++;
    let value = str.charCodeAt(pos++);
    value >= 55296 && value <= 56319 && pos < len && (str.charCodeAt(pos) & 64512) === 56320 && pos++;
  }
  return length;
}

export {
  registerValidator,
  TZDate,
  lightFormat,
  isValidDate,
  withOffset,
  readTime,
  toInstant,
  startOfDateInZone,
  readDateOrTime,
  schemaFormats,
  ucs2length,
  schemaErrors,
  normalizeLogin,
  ownerKey,
  configuredTeams,
  holdsEntry,
  wallClock,
  weekdayIn,
  dateIn,
  policyMonth,
  momentIn,
  nextAllowedDay
};
