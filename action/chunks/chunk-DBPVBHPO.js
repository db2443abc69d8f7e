import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  messages
} from "./chunk-CK4XYP6V.js";
import {
  __commonJS
} from "./chunk-4V7XTYWN.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str2) {
      let len = str2.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str2.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str2.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
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
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/@date-fns/tz/tzName/index.js
function tzName(timeZone, date, format2 = "long") {
  return new Intl.DateTimeFormat("en-US", {
    // Enforces engine to render the time. Without the option JavaScriptCore omits it.
    hour: "numeric",
    timeZone,
    timeZoneName: format2
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
var maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3, minTime = -maxTime, millisecondsInWeek = 6048e5, millisecondsInDay = 864e5;
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

// node_modules/date-fns/_lib/defaultOptions.js
var defaultOptions = {};
function getDefaultOptions() {
  return defaultOptions;
}

// node_modules/date-fns/startOfWeek.js
function startOfWeek(date, options) {
  let defaultOptions2 = getDefaultOptions(), weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions2.weekStartsOn ?? defaultOptions2.locale?.options?.weekStartsOn ?? 0, _date = toDate(date, options?.in), day = _date.getDay(), diff = (day < weekStartsOn ? 7 : 0) + day - weekStartsOn;
  return _date.setDate(_date.getDate() - diff), _date.setHours(0, 0, 0, 0), _date;
}

// node_modules/date-fns/startOfISOWeek.js
function startOfISOWeek(date, options) {
  return startOfWeek(date, { ...options, weekStartsOn: 1 });
}

// node_modules/date-fns/getISOWeekYear.js
function getISOWeekYear(date, options) {
  let _date = toDate(date, options?.in), year = _date.getFullYear(), fourthOfJanuaryOfNextYear = constructFrom(_date, 0);
  fourthOfJanuaryOfNextYear.setFullYear(year + 1, 0, 4), fourthOfJanuaryOfNextYear.setHours(0, 0, 0, 0);
  let startOfNextYear = startOfISOWeek(fourthOfJanuaryOfNextYear), fourthOfJanuaryOfThisYear = constructFrom(_date, 0);
  fourthOfJanuaryOfThisYear.setFullYear(year, 0, 4), fourthOfJanuaryOfThisYear.setHours(0, 0, 0, 0);
  let startOfThisYear = startOfISOWeek(fourthOfJanuaryOfThisYear);
  return _date.getTime() >= startOfNextYear.getTime() ? year + 1 : _date.getTime() >= startOfThisYear.getTime() ? year : year - 1;
}

// node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.js
function getTimezoneOffsetInMilliseconds(date) {
  let _date = toDate(date), utcDate = new Date(
    Date.UTC(
      _date.getFullYear(),
      _date.getMonth(),
      _date.getDate(),
      _date.getHours(),
      _date.getMinutes(),
      _date.getSeconds(),
      _date.getMilliseconds()
    )
  );
  return utcDate.setUTCFullYear(_date.getFullYear()), +date - +utcDate;
}

// node_modules/date-fns/_lib/normalizeDates.js
function normalizeDates(context, ...dates) {
  let normalize = constructFrom.bind(
    null,
    context || dates.find((date) => typeof date == "object")
  );
  return dates.map(normalize);
}

// node_modules/date-fns/startOfDay.js
function startOfDay(date, options) {
  let _date = toDate(date, options?.in);
  return _date.setHours(0, 0, 0, 0), _date;
}

// node_modules/date-fns/differenceInCalendarDays.js
function differenceInCalendarDays(laterDate, earlierDate, options) {
  let [laterDate_, earlierDate_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  ), laterStartOfDay = startOfDay(laterDate_), earlierStartOfDay = startOfDay(earlierDate_), laterTimestamp = +laterStartOfDay - getTimezoneOffsetInMilliseconds(laterStartOfDay), earlierTimestamp = +earlierStartOfDay - getTimezoneOffsetInMilliseconds(earlierStartOfDay);
  return Math.round((laterTimestamp - earlierTimestamp) / millisecondsInDay);
}

// node_modules/date-fns/startOfISOWeekYear.js
function startOfISOWeekYear(date, options) {
  let year = getISOWeekYear(date, options), fourthOfJanuary = constructFrom(options?.in || date, 0);
  return fourthOfJanuary.setFullYear(year, 0, 4), fourthOfJanuary.setHours(0, 0, 0, 0), startOfISOWeek(fourthOfJanuary);
}

// node_modules/date-fns/isDate.js
function isDate(value) {
  return value instanceof Date || typeof value == "object" && Object.prototype.toString.call(value) === "[object Date]";
}

// node_modules/date-fns/isValid.js
function isValid(date) {
  return !(!isDate(date) && typeof date != "number" || isNaN(+toDate(date)));
}

// node_modules/date-fns/startOfYear.js
function startOfYear(date, options) {
  let date_ = toDate(date, options?.in);
  return date_.setFullYear(date_.getFullYear(), 0, 1), date_.setHours(0, 0, 0, 0), date_;
}

// node_modules/date-fns/locale/en-US/_lib/formatDistance.js
var formatDistanceLocale = {
  lessThanXSeconds: {
    one: "less than a second",
    other: "less than {{count}} seconds"
  },
  xSeconds: {
    one: "1 second",
    other: "{{count}} seconds"
  },
  halfAMinute: "half a minute",
  lessThanXMinutes: {
    one: "less than a minute",
    other: "less than {{count}} minutes"
  },
  xMinutes: {
    one: "1 minute",
    other: "{{count}} minutes"
  },
  aboutXHours: {
    one: "about 1 hour",
    other: "about {{count}} hours"
  },
  xHours: {
    one: "1 hour",
    other: "{{count}} hours"
  },
  xDays: {
    one: "1 day",
    other: "{{count}} days"
  },
  aboutXWeeks: {
    one: "about 1 week",
    other: "about {{count}} weeks"
  },
  xWeeks: {
    one: "1 week",
    other: "{{count}} weeks"
  },
  aboutXMonths: {
    one: "about 1 month",
    other: "about {{count}} months"
  },
  xMonths: {
    one: "1 month",
    other: "{{count}} months"
  },
  aboutXYears: {
    one: "about 1 year",
    other: "about {{count}} years"
  },
  xYears: {
    one: "1 year",
    other: "{{count}} years"
  },
  overXYears: {
    one: "over 1 year",
    other: "over {{count}} years"
  },
  almostXYears: {
    one: "almost 1 year",
    other: "almost {{count}} years"
  }
}, formatDistance = (token, count, options) => {
  let result, tokenValue = formatDistanceLocale[token];
  return typeof tokenValue == "string" ? result = tokenValue : count === 1 ? result = tokenValue.one : result = tokenValue.other.replace("{{count}}", count.toString()), options?.addSuffix ? options.comparison && options.comparison > 0 ? "in " + result : result + " ago" : result;
};

// node_modules/date-fns/locale/_lib/buildFormatLongFn.js
function buildFormatLongFn(args) {
  return (options = {}) => {
    let width = options.width ? String(options.width) : args.defaultWidth;
    return args.formats[width] || args.formats[args.defaultWidth];
  };
}

// node_modules/date-fns/locale/en-US/_lib/formatLong.js
var dateFormats = {
  full: "EEEE, MMMM do, y",
  long: "MMMM do, y",
  medium: "MMM d, y",
  short: "MM/dd/yyyy"
}, timeFormats = {
  full: "h:mm:ss a zzzz",
  long: "h:mm:ss a z",
  medium: "h:mm:ss a",
  short: "h:mm a"
}, dateTimeFormats = {
  full: "{{date}} 'at' {{time}}",
  long: "{{date}} 'at' {{time}}",
  medium: "{{date}}, {{time}}",
  short: "{{date}}, {{time}}"
}, formatLong = {
  date: buildFormatLongFn({
    formats: dateFormats,
    defaultWidth: "full"
  }),
  time: buildFormatLongFn({
    formats: timeFormats,
    defaultWidth: "full"
  }),
  dateTime: buildFormatLongFn({
    formats: dateTimeFormats,
    defaultWidth: "full"
  })
};

// node_modules/date-fns/locale/en-US/_lib/formatRelative.js
var formatRelativeLocale = {
  lastWeek: "'last' eeee 'at' p",
  yesterday: "'yesterday at' p",
  today: "'today at' p",
  tomorrow: "'tomorrow at' p",
  nextWeek: "eeee 'at' p",
  other: "P"
}, formatRelative = (token, _date, _baseDate, _options) => formatRelativeLocale[token];

// node_modules/date-fns/locale/_lib/buildLocalizeFn.js
function buildLocalizeFn(args) {
  return (value, options) => {
    let context = options?.context ? String(options.context) : "standalone", valuesArray;
    if (context === "formatting" && args.formattingValues) {
      let defaultWidth = args.defaultFormattingWidth || args.defaultWidth, width = options?.width ? String(options.width) : defaultWidth;
      valuesArray = args.formattingValues[width] || args.formattingValues[defaultWidth];
    } else {
      let defaultWidth = args.defaultWidth, width = options?.width ? String(options.width) : args.defaultWidth;
      valuesArray = args.values[width] || args.values[defaultWidth];
    }
    let index = args.argumentCallback ? args.argumentCallback(value) : value;
    return valuesArray[index];
  };
}

// node_modules/date-fns/locale/en-US/_lib/localize.js
var eraValues = {
  narrow: ["B", "A"],
  abbreviated: ["BC", "AD"],
  wide: ["Before Christ", "Anno Domini"]
}, quarterValues = {
  narrow: ["1", "2", "3", "4"],
  abbreviated: ["Q1", "Q2", "Q3", "Q4"],
  wide: ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"]
}, monthValues = {
  narrow: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
  abbreviated: [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec"
  ],
  wide: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ]
}, dayValues = {
  narrow: ["S", "M", "T", "W", "T", "F", "S"],
  short: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
  abbreviated: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  wide: [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday"
  ]
}, dayPeriodValues = {
  narrow: {
    am: "a",
    pm: "p",
    midnight: "mi",
    noon: "n",
    morning: "morning",
    afternoon: "afternoon",
    evening: "evening",
    night: "night"
  },
  abbreviated: {
    am: "AM",
    pm: "PM",
    midnight: "midnight",
    noon: "noon",
    morning: "morning",
    afternoon: "afternoon",
    evening: "evening",
    night: "night"
  },
  wide: {
    am: "a.m.",
    pm: "p.m.",
    midnight: "midnight",
    noon: "noon",
    morning: "morning",
    afternoon: "afternoon",
    evening: "evening",
    night: "night"
  }
}, formattingDayPeriodValues = {
  narrow: {
    am: "a",
    pm: "p",
    midnight: "mi",
    noon: "n",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night"
  },
  abbreviated: {
    am: "AM",
    pm: "PM",
    midnight: "midnight",
    noon: "noon",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night"
  },
  wide: {
    am: "a.m.",
    pm: "p.m.",
    midnight: "midnight",
    noon: "noon",
    morning: "in the morning",
    afternoon: "in the afternoon",
    evening: "in the evening",
    night: "at night"
  }
}, ordinalNumber = (dirtyNumber, _options) => {
  let number = Number(dirtyNumber), rem100 = number % 100;
  if (rem100 > 20 || rem100 < 10)
    switch (rem100 % 10) {
      case 1:
        return number + "st";
      case 2:
        return number + "nd";
      case 3:
        return number + "rd";
    }
  return number + "th";
}, localize = {
  ordinalNumber,
  era: buildLocalizeFn({
    values: eraValues,
    defaultWidth: "wide"
  }),
  quarter: buildLocalizeFn({
    values: quarterValues,
    defaultWidth: "wide",
    argumentCallback: (quarter) => quarter - 1
  }),
  month: buildLocalizeFn({
    values: monthValues,
    defaultWidth: "wide"
  }),
  day: buildLocalizeFn({
    values: dayValues,
    defaultWidth: "wide"
  }),
  dayPeriod: buildLocalizeFn({
    values: dayPeriodValues,
    defaultWidth: "wide",
    formattingValues: formattingDayPeriodValues,
    defaultFormattingWidth: "wide"
  })
};

// node_modules/date-fns/locale/_lib/buildMatchFn.js
function buildMatchFn(args) {
  return (string2, options = {}) => {
    let width = options.width, matchPattern = width && args.matchPatterns[width] || args.matchPatterns[args.defaultMatchWidth], matchResult = string2.match(matchPattern);
    if (!matchResult)
      return null;
    let matchedString = matchResult[0], parsePatterns = width && args.parsePatterns[width] || args.parsePatterns[args.defaultParseWidth], key = Array.isArray(parsePatterns) ? findIndex(parsePatterns, (pattern) => pattern.test(matchedString)) : (
      // [TODO] -- I challenge you to fix the type
      findKey(parsePatterns, (pattern) => pattern.test(matchedString))
    ), value;
    value = args.valueCallback ? args.valueCallback(key) : key, value = options.valueCallback ? (
      // [TODO] -- I challenge you to fix the type
      options.valueCallback(value)
    ) : value;
    let rest = string2.slice(matchedString.length);
    return { value, rest };
  };
}
function findKey(object, predicate) {
  for (let key in object)
    if (Object.prototype.hasOwnProperty.call(object, key) && predicate(object[key]))
      return key;
}
function findIndex(array, predicate) {
  for (let key = 0; key < array.length; key++)
    if (predicate(array[key]))
      return key;
}

// node_modules/date-fns/locale/_lib/buildMatchPatternFn.js
function buildMatchPatternFn(args) {
  return (string2, options = {}) => {
    let matchResult = string2.match(args.matchPattern);
    if (!matchResult) return null;
    let matchedString = matchResult[0], parseResult = string2.match(args.parsePattern);
    if (!parseResult) return null;
    let value = args.valueCallback ? args.valueCallback(parseResult[0]) : parseResult[0];
    value = options.valueCallback ? options.valueCallback(value) : value;
    let rest = string2.slice(matchedString.length);
    return { value, rest };
  };
}

// node_modules/date-fns/locale/en-US/_lib/match.js
var matchOrdinalNumberPattern = /^(\d+)(th|st|nd|rd)?/i, parseOrdinalNumberPattern = /\d+/i, matchEraPatterns = {
  narrow: /^(b|a)/i,
  abbreviated: /^(b\.?\s?c\.?|b\.?\s?c\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)/i,
  wide: /^(before christ|before common era|anno domini|common era)/i
}, parseEraPatterns = {
  any: [/^b/i, /^(a|c)/i]
}, matchQuarterPatterns = {
  narrow: /^[1234]/i,
  abbreviated: /^q[1234]/i,
  wide: /^[1234](th|st|nd|rd)? quarter/i
}, parseQuarterPatterns = {
  any: [/1/i, /2/i, /3/i, /4/i]
}, matchMonthPatterns = {
  narrow: /^[jfmasond]/i,
  abbreviated: /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
  wide: /^(january|february|march|april|may|june|july|august|september|october|november|december)/i
}, parseMonthPatterns = {
  narrow: [
    /^j/i,
    /^f/i,
    /^m/i,
    /^a/i,
    /^m/i,
    /^j/i,
    /^j/i,
    /^a/i,
    /^s/i,
    /^o/i,
    /^n/i,
    /^d/i
  ],
  any: [
    /^ja/i,
    /^f/i,
    /^mar/i,
    /^ap/i,
    /^may/i,
    /^jun/i,
    /^jul/i,
    /^au/i,
    /^s/i,
    /^o/i,
    /^n/i,
    /^d/i
  ]
}, matchDayPatterns = {
  narrow: /^[smtwf]/i,
  short: /^(su|mo|tu|we|th|fr|sa)/i,
  abbreviated: /^(sun|mon|tue|wed|thu|fri|sat)/i,
  wide: /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)/i
}, parseDayPatterns = {
  narrow: [/^s/i, /^m/i, /^t/i, /^w/i, /^t/i, /^f/i, /^s/i],
  any: [/^su/i, /^m/i, /^tu/i, /^w/i, /^th/i, /^f/i, /^sa/i]
}, matchDayPeriodPatterns = {
  narrow: /^(a|p|mi|n|(in the|at) (morning|afternoon|evening|night))/i,
  any: /^([ap]\.?\s?m\.?|midnight|noon|(in the|at) (morning|afternoon|evening|night))/i
}, parseDayPeriodPatterns = {
  any: {
    am: /^a/i,
    pm: /^p/i,
    midnight: /^mi/i,
    noon: /^no/i,
    morning: /morning/i,
    afternoon: /afternoon/i,
    evening: /evening/i,
    night: /night/i
  }
}, match = {
  ordinalNumber: buildMatchPatternFn({
    matchPattern: matchOrdinalNumberPattern,
    parsePattern: parseOrdinalNumberPattern,
    valueCallback: (value) => parseInt(value, 10)
  }),
  era: buildMatchFn({
    matchPatterns: matchEraPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseEraPatterns,
    defaultParseWidth: "any"
  }),
  quarter: buildMatchFn({
    matchPatterns: matchQuarterPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseQuarterPatterns,
    defaultParseWidth: "any",
    valueCallback: (index) => index + 1
  }),
  month: buildMatchFn({
    matchPatterns: matchMonthPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseMonthPatterns,
    defaultParseWidth: "any"
  }),
  day: buildMatchFn({
    matchPatterns: matchDayPatterns,
    defaultMatchWidth: "wide",
    parsePatterns: parseDayPatterns,
    defaultParseWidth: "any"
  }),
  dayPeriod: buildMatchFn({
    matchPatterns: matchDayPeriodPatterns,
    defaultMatchWidth: "any",
    parsePatterns: parseDayPeriodPatterns,
    defaultParseWidth: "any"
  })
};

// node_modules/date-fns/locale/en-US.js
var enUS = {
  code: "en-US",
  formatDistance,
  formatLong,
  formatRelative,
  localize,
  match,
  options: {
    weekStartsOn: 0,
    firstWeekContainsDate: 1
  }
};

// node_modules/date-fns/getDayOfYear.js
function getDayOfYear(date, options) {
  let _date = toDate(date, options?.in);
  return differenceInCalendarDays(_date, startOfYear(_date)) + 1;
}

// node_modules/date-fns/getISOWeek.js
function getISOWeek(date, options) {
  let _date = toDate(date, options?.in), diff = +startOfISOWeek(_date) - +startOfISOWeekYear(_date);
  return Math.round(diff / millisecondsInWeek) + 1;
}

// node_modules/date-fns/getWeekYear.js
function getWeekYear(date, options) {
  let _date = toDate(date, options?.in), year = _date.getFullYear(), defaultOptions2 = getDefaultOptions(), firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1, firstWeekOfNextYear = constructFrom(options?.in || date, 0);
  firstWeekOfNextYear.setFullYear(year + 1, 0, firstWeekContainsDate), firstWeekOfNextYear.setHours(0, 0, 0, 0);
  let startOfNextYear = startOfWeek(firstWeekOfNextYear, options), firstWeekOfThisYear = constructFrom(options?.in || date, 0);
  firstWeekOfThisYear.setFullYear(year, 0, firstWeekContainsDate), firstWeekOfThisYear.setHours(0, 0, 0, 0);
  let startOfThisYear = startOfWeek(firstWeekOfThisYear, options);
  return +_date >= +startOfNextYear ? year + 1 : +_date >= +startOfThisYear ? year : year - 1;
}

// node_modules/date-fns/startOfWeekYear.js
function startOfWeekYear(date, options) {
  let defaultOptions2 = getDefaultOptions(), firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1, year = getWeekYear(date, options), firstWeek = constructFrom(options?.in || date, 0);
  return firstWeek.setFullYear(year, 0, firstWeekContainsDate), firstWeek.setHours(0, 0, 0, 0), startOfWeek(firstWeek, options);
}

// node_modules/date-fns/getWeek.js
function getWeek(date, options) {
  let _date = toDate(date, options?.in), diff = +startOfWeek(_date, options) - +startOfWeekYear(_date, options);
  return Math.round(diff / millisecondsInWeek) + 1;
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

// node_modules/date-fns/_lib/format/formatters.js
var dayPeriodEnum = {
  am: "am",
  pm: "pm",
  midnight: "midnight",
  noon: "noon",
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "night"
}, formatters = {
  // Era
  G: function(date, token, localize2) {
    let era = date.getFullYear() > 0 ? 1 : 0;
    switch (token) {
      // AD, BC
      case "G":
      case "GG":
      case "GGG":
        return localize2.era(era, { width: "abbreviated" });
      // A, B
      case "GGGGG":
        return localize2.era(era, { width: "narrow" });
      default:
        return localize2.era(era, { width: "wide" });
    }
  },
  // Year
  y: function(date, token, localize2) {
    if (token === "yo") {
      let signedYear = date.getFullYear(), year = signedYear > 0 ? signedYear : 1 - signedYear;
      return localize2.ordinalNumber(year, { unit: "year" });
    }
    return lightFormatters.y(date, token);
  },
  // Local week-numbering year
  Y: function(date, token, localize2, options) {
    let signedWeekYear = getWeekYear(date, options), weekYear = signedWeekYear > 0 ? signedWeekYear : 1 - signedWeekYear;
    if (token === "YY") {
      let twoDigitYear = weekYear % 100;
      return addLeadingZeros(twoDigitYear, 2);
    }
    return token === "Yo" ? localize2.ordinalNumber(weekYear, { unit: "year" }) : addLeadingZeros(weekYear, token.length);
  },
  // ISO week-numbering year
  R: function(date, token) {
    let isoWeekYear = getISOWeekYear(date);
    return addLeadingZeros(isoWeekYear, token.length);
  },
  // Extended year. This is a single number designating the year of this calendar system.
  // The main difference between `y` and `u` localizers are B.C. years:
  // | Year | `y` | `u` |
  // |------|-----|-----|
  // | AC 1 |   1 |   1 |
  // | BC 1 |   1 |   0 |
  // | BC 2 |   2 |  -1 |
  // Also `yy` always returns the last two digits of a year,
  // while `uu` pads single digit years to 2 characters and returns other years unchanged.
  u: function(date, token) {
    let year = date.getFullYear();
    return addLeadingZeros(year, token.length);
  },
  // Quarter
  Q: function(date, token, localize2) {
    let quarter = Math.ceil((date.getMonth() + 1) / 3);
    switch (token) {
      // 1, 2, 3, 4
      case "Q":
        return String(quarter);
      // 01, 02, 03, 04
      case "QQ":
        return addLeadingZeros(quarter, 2);
      // 1st, 2nd, 3rd, 4th
      case "Qo":
        return localize2.ordinalNumber(quarter, { unit: "quarter" });
      // Q1, Q2, Q3, Q4
      case "QQQ":
        return localize2.quarter(quarter, {
          width: "abbreviated",
          context: "formatting"
        });
      // 1, 2, 3, 4 (narrow quarter; could be not numerical)
      case "QQQQQ":
        return localize2.quarter(quarter, {
          width: "narrow",
          context: "formatting"
        });
      default:
        return localize2.quarter(quarter, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Stand-alone quarter
  q: function(date, token, localize2) {
    let quarter = Math.ceil((date.getMonth() + 1) / 3);
    switch (token) {
      // 1, 2, 3, 4
      case "q":
        return String(quarter);
      // 01, 02, 03, 04
      case "qq":
        return addLeadingZeros(quarter, 2);
      // 1st, 2nd, 3rd, 4th
      case "qo":
        return localize2.ordinalNumber(quarter, { unit: "quarter" });
      // Q1, Q2, Q3, Q4
      case "qqq":
        return localize2.quarter(quarter, {
          width: "abbreviated",
          context: "standalone"
        });
      // 1, 2, 3, 4 (narrow quarter; could be not numerical)
      case "qqqqq":
        return localize2.quarter(quarter, {
          width: "narrow",
          context: "standalone"
        });
      default:
        return localize2.quarter(quarter, {
          width: "wide",
          context: "standalone"
        });
    }
  },
  // Month
  M: function(date, token, localize2) {
    let month = date.getMonth();
    switch (token) {
      case "M":
      case "MM":
        return lightFormatters.M(date, token);
      // 1st, 2nd, ..., 12th
      case "Mo":
        return localize2.ordinalNumber(month + 1, { unit: "month" });
      // Jan, Feb, ..., Dec
      case "MMM":
        return localize2.month(month, {
          width: "abbreviated",
          context: "formatting"
        });
      // J, F, ..., D
      case "MMMMM":
        return localize2.month(month, {
          width: "narrow",
          context: "formatting"
        });
      default:
        return localize2.month(month, { width: "wide", context: "formatting" });
    }
  },
  // Stand-alone month
  L: function(date, token, localize2) {
    let month = date.getMonth();
    switch (token) {
      // 1, 2, ..., 12
      case "L":
        return String(month + 1);
      // 01, 02, ..., 12
      case "LL":
        return addLeadingZeros(month + 1, 2);
      // 1st, 2nd, ..., 12th
      case "Lo":
        return localize2.ordinalNumber(month + 1, { unit: "month" });
      // Jan, Feb, ..., Dec
      case "LLL":
        return localize2.month(month, {
          width: "abbreviated",
          context: "standalone"
        });
      // J, F, ..., D
      case "LLLLL":
        return localize2.month(month, {
          width: "narrow",
          context: "standalone"
        });
      default:
        return localize2.month(month, { width: "wide", context: "standalone" });
    }
  },
  // Local week of year
  w: function(date, token, localize2, options) {
    let week = getWeek(date, options);
    return token === "wo" ? localize2.ordinalNumber(week, { unit: "week" }) : addLeadingZeros(week, token.length);
  },
  // ISO week of year
  I: function(date, token, localize2) {
    let isoWeek = getISOWeek(date);
    return token === "Io" ? localize2.ordinalNumber(isoWeek, { unit: "week" }) : addLeadingZeros(isoWeek, token.length);
  },
  // Day of the month
  d: function(date, token, localize2) {
    return token === "do" ? localize2.ordinalNumber(date.getDate(), { unit: "date" }) : lightFormatters.d(date, token);
  },
  // Day of year
  D: function(date, token, localize2) {
    let dayOfYear = getDayOfYear(date);
    return token === "Do" ? localize2.ordinalNumber(dayOfYear, { unit: "dayOfYear" }) : addLeadingZeros(dayOfYear, token.length);
  },
  // Day of week
  E: function(date, token, localize2) {
    let dayOfWeek = date.getDay();
    switch (token) {
      // Tue
      case "E":
      case "EE":
      case "EEE":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "formatting"
        });
      // T
      case "EEEEE":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "formatting"
        });
      // Tu
      case "EEEEEE":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "formatting"
        });
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Local day of week
  e: function(date, token, localize2, options) {
    let dayOfWeek = date.getDay(), localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
    switch (token) {
      // Numerical value (Nth day of week with current locale or weekStartsOn)
      case "e":
        return String(localDayOfWeek);
      // Padded numerical value
      case "ee":
        return addLeadingZeros(localDayOfWeek, 2);
      // 1st, 2nd, ..., 7th
      case "eo":
        return localize2.ordinalNumber(localDayOfWeek, { unit: "day" });
      case "eee":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "formatting"
        });
      // T
      case "eeeee":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "formatting"
        });
      // Tu
      case "eeeeee":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "formatting"
        });
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Stand-alone local day of week
  c: function(date, token, localize2, options) {
    let dayOfWeek = date.getDay(), localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
    switch (token) {
      // Numerical value (same as in `e`)
      case "c":
        return String(localDayOfWeek);
      // Padded numerical value
      case "cc":
        return addLeadingZeros(localDayOfWeek, token.length);
      // 1st, 2nd, ..., 7th
      case "co":
        return localize2.ordinalNumber(localDayOfWeek, { unit: "day" });
      case "ccc":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "standalone"
        });
      // T
      case "ccccc":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "standalone"
        });
      // Tu
      case "cccccc":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "standalone"
        });
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "standalone"
        });
    }
  },
  // ISO day of week
  i: function(date, token, localize2) {
    let dayOfWeek = date.getDay(), isoDayOfWeek = dayOfWeek === 0 ? 7 : dayOfWeek;
    switch (token) {
      // 2
      case "i":
        return String(isoDayOfWeek);
      // 02
      case "ii":
        return addLeadingZeros(isoDayOfWeek, token.length);
      // 2nd
      case "io":
        return localize2.ordinalNumber(isoDayOfWeek, { unit: "day" });
      // Tue
      case "iii":
        return localize2.day(dayOfWeek, {
          width: "abbreviated",
          context: "formatting"
        });
      // T
      case "iiiii":
        return localize2.day(dayOfWeek, {
          width: "narrow",
          context: "formatting"
        });
      // Tu
      case "iiiiii":
        return localize2.day(dayOfWeek, {
          width: "short",
          context: "formatting"
        });
      default:
        return localize2.day(dayOfWeek, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // AM or PM
  a: function(date, token, localize2) {
    let dayPeriodEnumValue = date.getHours() / 12 >= 1 ? "pm" : "am";
    switch (token) {
      case "a":
      case "aa":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        });
      case "aaa":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        }).toLowerCase();
      case "aaaaa":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "narrow",
          context: "formatting"
        });
      default:
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // AM, PM, midnight, noon
  b: function(date, token, localize2) {
    let hours = date.getHours(), dayPeriodEnumValue;
    switch (hours === 12 ? dayPeriodEnumValue = dayPeriodEnum.noon : hours === 0 ? dayPeriodEnumValue = dayPeriodEnum.midnight : dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am", token) {
      case "b":
      case "bb":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        });
      case "bbb":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        }).toLowerCase();
      case "bbbbb":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "narrow",
          context: "formatting"
        });
      default:
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // in the morning, in the afternoon, in the evening, at night
  B: function(date, token, localize2) {
    let hours = date.getHours(), dayPeriodEnumValue;
    switch (hours >= 17 ? dayPeriodEnumValue = dayPeriodEnum.evening : hours >= 12 ? dayPeriodEnumValue = dayPeriodEnum.afternoon : hours >= 4 ? dayPeriodEnumValue = dayPeriodEnum.morning : dayPeriodEnumValue = dayPeriodEnum.night, token) {
      case "B":
      case "BB":
      case "BBB":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "abbreviated",
          context: "formatting"
        });
      case "BBBBB":
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "narrow",
          context: "formatting"
        });
      default:
        return localize2.dayPeriod(dayPeriodEnumValue, {
          width: "wide",
          context: "formatting"
        });
    }
  },
  // Hour [1-12]
  h: function(date, token, localize2) {
    if (token === "ho") {
      let hours = date.getHours() % 12;
      return hours === 0 && (hours = 12), localize2.ordinalNumber(hours, { unit: "hour" });
    }
    return lightFormatters.h(date, token);
  },
  // Hour [0-23]
  H: function(date, token, localize2) {
    return token === "Ho" ? localize2.ordinalNumber(date.getHours(), { unit: "hour" }) : lightFormatters.H(date, token);
  },
  // Hour [0-11]
  K: function(date, token, localize2) {
    let hours = date.getHours() % 12;
    return token === "Ko" ? localize2.ordinalNumber(hours, { unit: "hour" }) : addLeadingZeros(hours, token.length);
  },
  // Hour [1-24]
  k: function(date, token, localize2) {
    let hours = date.getHours();
    return hours === 0 && (hours = 24), token === "ko" ? localize2.ordinalNumber(hours, { unit: "hour" }) : addLeadingZeros(hours, token.length);
  },
  // Minute
  m: function(date, token, localize2) {
    return token === "mo" ? localize2.ordinalNumber(date.getMinutes(), { unit: "minute" }) : lightFormatters.m(date, token);
  },
  // Second
  s: function(date, token, localize2) {
    return token === "so" ? localize2.ordinalNumber(date.getSeconds(), { unit: "second" }) : lightFormatters.s(date, token);
  },
  // Fraction of second
  S: function(date, token) {
    return lightFormatters.S(date, token);
  },
  // Timezone (ISO-8601. If offset is 0, output is always `'Z'`)
  X: function(date, token, _localize) {
    let timezoneOffset = date.getTimezoneOffset();
    if (timezoneOffset === 0)
      return "Z";
    switch (token) {
      // Hours and optional minutes
      case "X":
        return formatTimezoneWithOptionalMinutes(timezoneOffset);
      // Hours, minutes and optional seconds without `:` delimiter
      // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
      // so this token always has the same output as `XX`
      case "XXXX":
      case "XX":
        return formatTimezone(timezoneOffset);
      // Hours and minutes with `:` delimiter
      default:
        return formatTimezone(timezoneOffset, ":");
    }
  },
  // Timezone (ISO-8601. If offset is 0, output is `'+00:00'` or equivalent)
  x: function(date, token, _localize) {
    let timezoneOffset = date.getTimezoneOffset();
    switch (token) {
      // Hours and optional minutes
      case "x":
        return formatTimezoneWithOptionalMinutes(timezoneOffset);
      // Hours, minutes and optional seconds without `:` delimiter
      // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
      // so this token always has the same output as `xx`
      case "xxxx":
      case "xx":
        return formatTimezone(timezoneOffset);
      // Hours and minutes with `:` delimiter
      default:
        return formatTimezone(timezoneOffset, ":");
    }
  },
  // Timezone (GMT)
  O: function(date, token, _localize) {
    let timezoneOffset = date.getTimezoneOffset();
    switch (token) {
      // Short
      case "O":
      case "OO":
      case "OOO":
        return "GMT" + formatTimezoneShort(timezoneOffset, ":");
      default:
        return "GMT" + formatTimezone(timezoneOffset, ":");
    }
  },
  // Timezone (specific non-location)
  z: function(date, token, _localize) {
    let timezoneOffset = date.getTimezoneOffset();
    switch (token) {
      // Short
      case "z":
      case "zz":
      case "zzz":
        return "GMT" + formatTimezoneShort(timezoneOffset, ":");
      default:
        return "GMT" + formatTimezone(timezoneOffset, ":");
    }
  },
  // Seconds timestamp
  t: function(date, token, _localize) {
    let timestamp3 = Math.trunc(+date / 1e3);
    return addLeadingZeros(timestamp3, token.length);
  },
  // Milliseconds timestamp
  T: function(date, token, _localize) {
    return addLeadingZeros(+date, token.length);
  }
};
function formatTimezoneShort(offset, delimiter = "") {
  let sign = offset > 0 ? "-" : "+", absOffset = Math.abs(offset), hours = Math.trunc(absOffset / 60), minutes = absOffset % 60;
  return minutes === 0 ? sign + String(hours) : sign + String(hours) + delimiter + addLeadingZeros(minutes, 2);
}
function formatTimezoneWithOptionalMinutes(offset, delimiter) {
  return offset % 60 === 0 ? (offset > 0 ? "-" : "+") + addLeadingZeros(Math.abs(offset) / 60, 2) : formatTimezone(offset, delimiter);
}
function formatTimezone(offset, delimiter = "") {
  let sign = offset > 0 ? "-" : "+", absOffset = Math.abs(offset), hours = addLeadingZeros(Math.trunc(absOffset / 60), 2), minutes = addLeadingZeros(absOffset % 60, 2);
  return sign + hours + delimiter + minutes;
}

// node_modules/date-fns/_lib/format/longFormatters.js
var dateLongFormatter = (pattern, formatLong2) => {
  switch (pattern) {
    case "P":
      return formatLong2.date({ width: "short" });
    case "PP":
      return formatLong2.date({ width: "medium" });
    case "PPP":
      return formatLong2.date({ width: "long" });
    default:
      return formatLong2.date({ width: "full" });
  }
}, timeLongFormatter = (pattern, formatLong2) => {
  switch (pattern) {
    case "p":
      return formatLong2.time({ width: "short" });
    case "pp":
      return formatLong2.time({ width: "medium" });
    case "ppp":
      return formatLong2.time({ width: "long" });
    default:
      return formatLong2.time({ width: "full" });
  }
}, dateTimeLongFormatter = (pattern, formatLong2) => {
  let matchResult = pattern.match(/(P+)(p+)?/) || [], datePattern = matchResult[1], timePattern = matchResult[2];
  if (!timePattern)
    return dateLongFormatter(pattern, formatLong2);
  let dateTimeFormat;
  switch (datePattern) {
    case "P":
      dateTimeFormat = formatLong2.dateTime({ width: "short" });
      break;
    case "PP":
      dateTimeFormat = formatLong2.dateTime({ width: "medium" });
      break;
    case "PPP":
      dateTimeFormat = formatLong2.dateTime({ width: "long" });
      break;
    default:
      dateTimeFormat = formatLong2.dateTime({ width: "full" });
      break;
  }
  return dateTimeFormat.replace("{{date}}", dateLongFormatter(datePattern, formatLong2)).replace("{{time}}", timeLongFormatter(timePattern, formatLong2));
}, longFormatters = {
  p: timeLongFormatter,
  P: dateTimeLongFormatter
};

// node_modules/date-fns/_lib/protectedTokens.js
var dayOfYearTokenRE = /^D+$/, weekYearTokenRE = /^Y+$/, throwTokens = ["D", "DD", "YY", "YYYY"];
function isProtectedDayOfYearToken(token) {
  return dayOfYearTokenRE.test(token);
}
function isProtectedWeekYearToken(token) {
  return weekYearTokenRE.test(token);
}
function warnOrThrowProtectedError(token, format2, input) {
  let _message = message(token, format2, input);
  if (console.warn(_message), throwTokens.includes(token)) throw new RangeError(_message);
}
function message(token, format2, input) {
  let subject = token[0] === "Y" ? "years" : "days of the month";
  return `Use \`${token.toLowerCase()}\` instead of \`${token}\` (in \`${format2}\`) for formatting ${subject} to the input \`${input}\`; see: https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md`;
}

// node_modules/date-fns/format.js
var formattingTokensRegExp = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g, longFormattingTokensRegExp = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g, escapedStringRegExp = /^'([^]*?)'?$/, doubleQuoteRegExp = /''/g, unescapedLatinCharacterRegExp = /[a-zA-Z]/;
function format(date, formatStr, options) {
  let defaultOptions2 = getDefaultOptions(), locale = options?.locale ?? defaultOptions2.locale ?? enUS, firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions2.firstWeekContainsDate ?? defaultOptions2.locale?.options?.firstWeekContainsDate ?? 1, weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions2.weekStartsOn ?? defaultOptions2.locale?.options?.weekStartsOn ?? 0, originalDate = toDate(date, options?.in);
  if (!isValid(originalDate))
    throw new RangeError("Invalid time value");
  let parts = formatStr.match(longFormattingTokensRegExp).map((substring) => {
    let firstCharacter = substring[0];
    if (firstCharacter === "p" || firstCharacter === "P") {
      let longFormatter = longFormatters[firstCharacter];
      return longFormatter(substring, locale.formatLong);
    }
    return substring;
  }).join("").match(formattingTokensRegExp).map((substring) => {
    if (substring === "''")
      return { isToken: !1, value: "'" };
    let firstCharacter = substring[0];
    if (firstCharacter === "'")
      return { isToken: !1, value: cleanEscapedString(substring) };
    if (formatters[firstCharacter])
      return { isToken: !0, value: substring };
    if (firstCharacter.match(unescapedLatinCharacterRegExp))
      throw new RangeError(
        "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
      );
    return { isToken: !1, value: substring };
  });
  locale.localize.preprocessor && (parts = locale.localize.preprocessor(originalDate, parts));
  let formatterOptions = {
    firstWeekContainsDate,
    weekStartsOn,
    locale
  };
  return parts.map((part) => {
    if (!part.isToken) return part.value;
    let token = part.value;
    (!options?.useAdditionalWeekYearTokens && isProtectedWeekYearToken(token) || !options?.useAdditionalDayOfYearTokens && isProtectedDayOfYearToken(token)) && warnOrThrowProtectedError(token, formatStr, String(date));
    let formatter = formatters[token[0]];
    return formatter(originalDate, token, locale.localize, formatterOptions);
  }).join("");
}
function cleanEscapedString(input) {
  let matched = input.match(escapedStringRegExp);
  return matched ? matched[1].replace(doubleQuoteRegExp, "'") : input;
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
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mmxxx");
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
  function repeat(string2, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1)
      result += string2;
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
    let where = "", message2 = exception2.reason || "(unknown reason)";
    return exception2.mark ? (exception2.mark.name && (where += 'in "' + exception2.mark.name + '" '), where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")", !compact && exception2.mark.snippet && (where += `

` + exception2.mark.snippet), message2 + " " + where) : message2;
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
  function padStart(string2, max) {
    return common2.repeat(" ", max - string2.length) + string2;
  }
  function makeSnippet(mark, options) {
    if (options = Object.create(options || null), !mark.buffer) return null;
    options.maxLength || (options.maxLength = 79), typeof options.indent != "number" && (options.indent = 1), typeof options.linesBefore != "number" && (options.linesBefore = 3), typeof options.linesAfter != "number" && (options.linesAfter = 2);
    let re2 = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match2, foundLineNo = -1;
    for (; match2 = re2.exec(mark.buffer); )
      lineEnds.push(match2.index), lineStarts.push(match2.index + match2[0].length), mark.position <= match2.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
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
  function compileStyleAliases(map22) {
    let result = {};
    return map22 !== null && Object.keys(map22).forEach(function(style) {
      map22[style].forEach(function(alias) {
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
var schema, hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
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
  function Schema22(definition) {
    return this.extend(definition);
  }
  return Schema22.prototype.extend = function(definition) {
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
    let result = Object.create(Schema22.prototype);
    return result.implicit = (this.implicit || []).concat(implicit), result.explicit = (this.explicit || []).concat(explicit), result.compiledImplicit = compileList(result, "implicit"), result.compiledExplicit = compileList(result, "explicit"), result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit), result;
  }, schema = Schema22, schema;
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
  let Schema22 = requireSchema();
  return failsafe = new Schema22({
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
    let fraction = 0, delta = null, match2 = YAML_DATE_REGEXP.exec(data);
    if (match2 === null && (match2 = YAML_TIMESTAMP_REGEXP.exec(data)), match2 === null) throw new Error("Date resolve error");
    let year = +match2[1], month = +match2[2] - 1, day = +match2[3];
    if (!match2[4])
      return new Date(Date.UTC(year, month, day));
    let hour = +match2[4], minute = +match2[5], second = +match2[6];
    if (match2[7]) {
      for (fraction = match2[7].slice(0, 3); fraction.length < 3; )
        fraction += "0";
      fraction = +fraction;
    }
    if (match2[9]) {
      let tzHour = +match2[10], tzMinute = +(match2[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4, match2[9] === "-" && (delta = -delta);
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
    let bitlen = 0, max = data.length, map22 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      let code2 = map22.indexOf(data.charAt(idx));
      if (!(code2 > 64)) {
        if (code2 < 0) return !1;
        bitlen += 6;
      }
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    let input = data.replace(/[\r\n=]/g, ""), max = input.length, map22 = BASE64_MAP, bits = 0, result = [];
    for (let idx = 0; idx < max; idx++)
      idx % 4 === 0 && idx && (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)), bits = bits << 6 | map22.indexOf(input.charAt(idx));
    let tailbits = max % 4 * 6;
    return tailbits === 0 ? (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)) : tailbits === 18 ? (result.push(bits >> 10 & 255), result.push(bits >> 2 & 255)) : tailbits === 12 && result.push(bits >> 4 & 255), new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "", bits = 0, max = object.length, map22 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++)
      idx % 3 === 0 && idx && (result += map22[bits >> 18 & 63], result += map22[bits >> 12 & 63], result += map22[bits >> 6 & 63], result += map22[bits & 63]), bits = (bits << 8) + object[idx];
    let tail = max % 3;
    return tail === 0 ? (result += map22[bits >> 18 & 63], result += map22[bits >> 12 & 63], result += map22[bits >> 6 & 63], result += map22[bits & 63]) : tail === 2 ? (result += map22[bits >> 10 & 63], result += map22[bits >> 4 & 63], result += map22[bits << 2 & 63], result += map22[64]) : tail === 1 && (result += map22[bits >> 2 & 63], result += map22[bits << 4 & 63], result += map22[64], result += map22[64]), result;
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
  function generateError(state, message2) {
    let mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    return mark.snippet = makeSnippet(mark), new YAMLException2(message2, mark);
  }
  function throwError(state, message2) {
    throw generateError(state, message2);
  }
  function throwWarning(state, message2) {
    state.onWarning && state.onWarning.call(null, generateError(state, message2));
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
      let match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      match2 === null && throwError(state, "ill-formed argument of the YAML directive");
      let major = parseInt(match2[1], 10), minor = parseInt(match2[2], 10);
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
    let readNext = !0, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, terminator, isPair2, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch = state.input.charCodeAt(state.position);
    if (ch === 91)
      terminator = 93, isMapping = !1, _result = [];
    else if (ch === 123)
      terminator = 125, isMapping = !0, _result = {};
    else
      return !1;
    for (state.anchor !== null && storeAnchor(state, state.anchor, _result), ch = state.input.charCodeAt(++state.position); ch !== 0; ) {
      if (skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === terminator)
        return state.position++, state.tag = _tag, state.anchor = _anchor, state.kind = isMapping ? "mapping" : "sequence", state.result = _result, !0;
      if (readNext ? ch === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries"), keyTag = keyNode = valueNode = null, isPair2 = isExplicitPair = !1, ch === 63) {
        let following = state.input.charCodeAt(state.position + 1);
        isWsOrEol(following) && (isPair2 = isExplicitPair = !0, state.position++, skipSeparationSpace(state, !0, nodeIndent));
      }
      _line = state.line, _lineStart = state.lineStart, _pos = state.position, composeNode2(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), keyTag = state.tag, keyNode = state.result, skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), (isExplicitPair || state.line === _line) && ch === 58 && (isPair2 = !0, ch = state.input.charCodeAt(++state.position), skipSeparationSpace(state, !0, nodeIndent), composeNode2(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), valueNode = state.result), isMapping ? storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos) : isPair2 ? _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)) : _result.push(keyNode), skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === 44 ? (readNext = !0, ch = state.input.charCodeAt(++state.position)) : readNext = !1;
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
      if (composeNode2(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), _result.push(state.result), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
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
        if (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position, !composeNode2(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0))
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
      if ((state.line === _line || state.lineIndent > nodeIndent) && (atExplicitKey && (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position), composeNode2(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, allowCompact) && (atExplicitKey ? keyNode = state.result : valueNode = state.result), atExplicitKey || (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position)), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
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
  function composeNode2(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
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
    if (skipSeparationSpace(state, !0, -1), state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 ? (state.position += 3, skipSeparationSpace(state, !0, -1)) : hasDirectives && throwError(state, "directives end mark is expected"), composeNode2(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, !0), skipSeparationSpace(state, !0, -1), state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position)) && throwWarning(state, "non-ASCII line breaks are interpreted as content"), state.documents.push(state.result), state.position === state.lineStart && testDocumentSeparator(state)) {
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
  function compileStyleMap(schema22, map22) {
    if (map22 === null) return {};
    let result = {}, keys = Object.keys(map22);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index], style = String(map22[tag]);
      tag.slice(0, 2) === "!!" && (tag = "tag:yaml.org,2002:" + tag.slice(2));
      let type2 = schema22.compiledTypeMap.fallback[tag];
      type2 && _hasOwnProperty.call(type2.styleAliases, style) && (style = type2.styleAliases[style]), result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle, length, string2 = character.toString(16).toUpperCase();
    if (character <= 255)
      handle = "x", length = 2;
    else if (character <= 65535)
      handle = "u", length = 4;
    else if (character <= 4294967295)
      handle = "U", length = 8;
    else
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    return "\\" + handle + common2.repeat("0", length - string2.length) + string2;
  }
  let QUOTING_TYPE_SINGLE = 1, QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options.schema || DEFAULT_SCHEMA2, this.indent = Math.max(1, options.indent || 2), this.noArrayIndent = options.noArrayIndent || !1, this.skipInvalid = options.skipInvalid || !1, this.flowLevel = common2.isNothing(options.flowLevel) ? -1 : options.flowLevel, this.styleMap = compileStyleMap(this.schema, options.styles || null), this.sortKeys = options.sortKeys || !1, this.lineWidth = options.lineWidth || 80, this.noRefs = options.noRefs || !1, this.noCompatMode = options.noCompatMode || !1, this.condenseFlow = options.condenseFlow || !1, this.quotingType = options.quotingType === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE, this.forceQuotes = options.forceQuotes || !1, this.replacer = typeof options.replacer == "function" ? options.replacer : null, this.implicitTypes = this.schema.compiledImplicit, this.explicitTypes = this.schema.compiledExplicit, this.tag = null, this.result = "", this.duplicates = [], this.usedDuplicates = null;
  }
  function indentString(string2, spaces) {
    let ind = common2.repeat(" ", spaces), position = 0, result = "", length = string2.length;
    for (; position < length; ) {
      let line, next = string2.indexOf(`
`, position);
      next === -1 ? (line = string2.slice(position), position = length) : (line = string2.slice(position, next + 1), position = next + 1), line.length && line !== `
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
  function codePointAt(string2, pos) {
    let first = string2.charCodeAt(pos), second;
    return first >= 55296 && first <= 56319 && pos + 1 < string2.length && (second = string2.charCodeAt(pos + 1), second >= 56320 && second <= 57343) ? (first - 55296) * 1024 + second - 56320 + 65536 : first;
  }
  function needIndentIndicator(string2) {
    return /^\n* /.test(string2);
  }
  let STYLE_PLAIN = 1, STYLE_SINGLE = 2, STYLE_LITERAL = 3, STYLE_FOLDED = 4, STYLE_DOUBLE = 5;
  function chooseScalarStyle(string2, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i, char = 0, prevChar = null, hasLineBreak = !1, hasFoldableLine = !1, shouldTrackWidth = lineWidth !== -1, previousLineBreak = -1, plain = isPlainSafeFirst(codePointAt(string2, 0)) && isPlainSafeLast(codePointAt(string2, string2.length - 1));
    if (singleLineOnly || forceQuotes)
      for (i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string2, i), !isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
    else {
      for (i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string2, i), char === CHAR_LINE_FEED)
          hasLineBreak = !0, shouldTrackWidth && (hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i - previousLineBreak - 1 > lineWidth && string2[previousLineBreak + 1] !== " ", previousLineBreak = i);
        else if (!isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string2[previousLineBreak + 1] !== " ";
    }
    return !hasLineBreak && !hasFoldableLine ? plain && !forceQuotes && !testAmbiguousType(string2) ? STYLE_PLAIN : quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : indentPerLevel > 9 && needIndentIndicator(string2) ? STYLE_DOUBLE : forceQuotes ? quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  function writeScalar(state, string2, level, iskey, inblock) {
    state.dump = (function() {
      if (string2.length === 0)
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      if (!state.noCompatMode && (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string2) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string2)))
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string2 + '"' : "'" + string2 + "'";
      let indent = state.indent * Math.max(1, level), lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent), singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string2,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string2;
        case STYLE_SINGLE:
          return "'" + string2.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string2, state.indent) + dropEndingNewline(indentString(string2, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string2, state.indent) + dropEndingNewline(indentString(foldString(string2, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string2) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string2, indentPerLevel) {
    let indentIndicator = needIndentIndicator(string2) ? String(indentPerLevel) : "", clip = string2[string2.length - 1] === `
`, chomp = clip && (string2[string2.length - 2] === `
` || string2 === `
`) ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + `
`;
  }
  function dropEndingNewline(string2) {
    return string2[string2.length - 1] === `
` ? string2.slice(0, -1) : string2;
  }
  function foldString(string2, width) {
    let lineRe = /(\n+)([^\n]*)/g, result = (function() {
      let nextLF = string2.indexOf(`
`);
      return nextLF = nextLF !== -1 ? nextLF : string2.length, lineRe.lastIndex = nextLF, foldLine(string2.slice(0, nextLF), width);
    })(), prevMoreIndented = string2[0] === `
` || string2[0] === " ", moreIndented, match2;
    for (; match2 = lineRe.exec(string2); ) {
      let prefix = match2[1], line = match2[2];
      moreIndented = line[0] === " ", result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    let breakRe = / [^ ]/g, match2, start = 0, end, curr = 0, next = 0, result = "";
    for (; match2 = breakRe.exec(line); )
      next = match2.index, next - start > width && (end = curr > start ? curr : next, result += `
` + line.slice(start, end), start = end + 1), curr = next;
    return result += `
`, line.length - start > width && curr > start ? result += line.slice(start, curr) + `
` + line.slice(curr + 1) : result += line.slice(start), result.slice(1);
  }
  function escapeString(string2) {
    let result = "", char = 0;
    for (let i = 0; i < string2.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string2, i);
      let escapeSeq = ESCAPE_SEQUENCES[char];
      !escapeSeq && isPrintable(char) ? (result += string2[i], char >= 65536 && (result += string2[i + 1])) : result += escapeSeq || encodeHex(char);
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

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node == "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return !0;
    }
  return !1;
}
function isNode(node) {
  if (node && typeof node == "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return !0;
    }
  return !1;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  let visitor_ = initVisitor(visitor);
  isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  let ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl))
    return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
  if (typeof ctrl != "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        let ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci == "number")
          i = ci - 1;
        else {
          if (ci === BREAK)
            return BREAK;
          ci === REMOVE && (node.items.splice(i, 1), i -= 1);
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      let ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      ck === REMOVE && (node.key = null);
      let cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      cv === REMOVE && (node.value = null);
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  let visitor_ = initVisitor(visitor);
  isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  let ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl))
    return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
  if (typeof ctrl != "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        let ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci == "number")
          i = ci - 1;
        else {
          if (ci === BREAK)
            return BREAK;
          ci === REMOVE && (node.items.splice(i, 1), i -= 1);
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      let ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      ck === REMOVE && (node.key = null);
      let cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      cv === REMOVE && (node.value = null);
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
    Alias: visitor.Node,
    Map: visitor.Node,
    Scalar: visitor.Node,
    Seq: visitor.Node
  }, visitor.Value && {
    Map: visitor.Value,
    Scalar: visitor.Value,
    Seq: visitor.Value
  }, visitor.Collection && {
    Map: visitor.Collection,
    Seq: visitor.Collection
  }, visitor) : visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor == "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
}
function replaceNode(key, path, node) {
  let parent = path[path.length - 1];
  if (isCollection(parent))
    parent.items[key] = node;
  else if (isPair(parent))
    key === "key" ? parent.key = node : parent.value = node;
  else if (isDocument(parent))
    parent.contents = node;
  else {
    let pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
}, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
  constructor(yaml2, tags) {
    this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2), this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    let copy = new _Directives(this.yaml, this.tags);
    return copy.docStart = this.docStart, copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    let res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = !0;
        break;
      case "1.2":
        this.atNextDocument = !1, this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        }, this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
    let parts = line.trim().split(/[ \t]+/), name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
          return !1;
        let [handle, prefix] = parts;
        return this.tags[handle] = prefix, !0;
      }
      case "%YAML": {
        if (this.yaml.explicit = !0, parts.length !== 1)
          return onError(0, "%YAML directive should contain exactly one part"), !1;
        let [version] = parts;
        if (version === "1.1" || version === "1.2")
          return this.yaml.version = version, !0;
        {
          let isValid2 = /^\d+\.\d+$/.test(version);
          return onError(6, `Unsupported YAML version ${version}`, isValid2), !1;
        }
      }
      default:
        return onError(0, `Unknown directive ${name}`, !0), !1;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!")
      return onError(`Not a valid tag: ${source}`), null;
    if (source[1] === "<") {
      let verbatim = source.slice(2, -1);
      return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
    }
    let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    suffix || onError(`The ${source} tag has no suffix`);
    let prefix = this.tags[handle];
    if (prefix)
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        return onError(String(error)), null;
      }
    return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (let [handle, prefix] of Object.entries(this.tags))
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      let tags = {};
      visit(doc.contents, (_key, node) => {
        isNode(node) && node.tag && (tags[node.tag] = !0);
      }), tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (let [handle, prefix] of tagEntries)
      handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
    return lines.join(`
`);
  }
};
Directives.defaultYaml = { explicit: !1, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
    throw new Error(msg);
  }
  return !0;
}
function anchorNames(root) {
  let anchors = /* @__PURE__ */ new Set();
  return visit(root, {
    Value(_key, node) {
      node.anchor && anchors.add(node.anchor);
    }
  }), anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; ; ++i) {
    let name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
      let anchor = findNewAnchor(prefix, prevAnchors);
      return prevAnchors.add(anchor), anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (let source of aliasObjects) {
        let ref = sourceObjects.get(source);
        if (typeof ref == "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node)))
          ref.node.anchor = ref.anchor;
        else {
          let error = new Error("Failed to resolve repeated object (this should not happen)");
          throw error.source = source, error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val == "object")
    if (Array.isArray(val))
      for (let i = 0, len = val.length; i < len; ++i) {
        let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
        v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
      }
    else if (val instanceof Map)
      for (let k of Array.from(val.keys())) {
        let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
        v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
      }
    else if (val instanceof Set)
      for (let v0 of Array.from(val)) {
        let v1 = applyReviver(reviver, val, v0, v0);
        v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
      }
    else
      for (let [k, v0] of Object.entries(val)) {
        let v1 = applyReviver(reviver, val, k, v0);
        v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
      }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON == "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    let data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
      data.res = res2, delete ctx.onCreate;
    };
    let res = value.toJSON(arg, ctx);
    return ctx.onCreate && ctx.onCreate(res), res;
  }
  return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type2) {
    Object.defineProperty(this, NODE_TYPE, { value: type2 });
  }
  /** Create a copy of this node.  */
  clone() {
    let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    return this.range && (copy.range = this.range.slice()), copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    let ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: !0,
      mapAsMap: mapAsMap === !0,
      mapKeyWarned: !1,
      maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
    }, res = toJS(this, "", ctx);
    if (typeof onAnchor == "function")
      for (let { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver == "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS), this.source = source, Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit(doc, {
      Node: (_key, node) => {
        (isAlias(node) || hasAnchor(node)) && nodes.push(node);
      }
    }), ctx && (ctx.aliasResolveCache = nodes));
    let found;
    for (let node of nodes) {
      if (node === this)
        break;
      node.anchor === this.source && (found = node);
    }
    if (found && ctx) {
      let { anchors, doc: doc2, maxAliasCount } = ctx, data = anchors.get(found);
      if (data || (toJS(found, null, ctx), data = anchors.get(found)), data?.res === void 0) {
        let msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors)), data.count * data.aliasCount > maxAliasCount)) {
        let msg = "Excessive alias count indicates a resource exhaustion attack";
        throw new ReferenceError(msg);
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    let source = this.resolve(ctx.doc, ctx);
    if (!source) {
      let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    let src = `*${this.source}`;
    if (ctx) {
      if (anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    let source = node.resolve(doc), anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (let item of node.items) {
      let c = getAliasCount(doc, item, anchors);
      c > count && (count = c);
    }
    return count;
  } else if (isPair(node)) {
    let kc = getAliasCount(doc, node.key, anchors), vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR), this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    let match2 = tags.filter((t) => t.tag === tagName), tagObj = match2.find((t) => !t.format) ?? match2[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value) && (value = value.contents), isNode(value))
    return value;
  if (isPair(value)) {
    let map3 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    return map3.items.push(value), map3;
  }
  (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
  let { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema6, sourceObjects } = ctx, ref;
  if (aliasDuplicateObjects && value && typeof value == "object") {
    if (ref = sourceObjects.get(value), ref)
      return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias(ref.anchor);
    ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
  }
  tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
  let tagObj = findTagObject(value, tagName, schema6.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
      let node2 = new Scalar(value);
      return ref && (ref.node = node2), node2;
    }
    tagObj = value instanceof Map ? schema6[MAP] : Symbol.iterator in Object(value) ? schema6[SEQ] : schema6[MAP];
  }
  onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
  let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema6, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    let k = path[i];
    if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
      let a = [];
      a[k] = v, v = a;
    } else
      v = /* @__PURE__ */ new Map([[k, v]]);
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: !1,
    keepUndefined: !1,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema6,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, Collection = class extends NodeBase {
  constructor(type2, schema6) {
    super(type2), Object.defineProperty(this, "schema", {
      value: schema6,
      configurable: !0,
      enumerable: !1,
      writable: !0
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema6) {
    let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    return schema6 && (copy.schema = schema6), copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema6) : it), this.range && (copy.range = this.range.slice()), copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      let [key, ...rest] = path, node = this.get(key, !0);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    let [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    let node = this.get(key, !0);
    if (isCollection(node))
      return node.deleteIn(rest);
    throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    let [key, ...rest] = path, node = this.get(key, !0);
    return rest.length === 0 ? !keepScalar && isScalar(node) ? node.value : node : isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return !1;
      let n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    let [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    let node = this.get(key, !0);
    return isCollection(node) ? node.hasIn(rest) : !1;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    let [key, ...rest] = path;
    if (rest.length === 0)
      this.set(key, value);
    else {
      let node = this.get(key, !0);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text;
  lineWidth < minContentWidth && (minContentWidth = 0);
  let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text.length <= endStep)
    return text;
  let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
  typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
  let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
  mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
  for (let ch; ch = text[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      switch (escStart = i, text[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === `
`)
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
    else {
      if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
        let next = text[i + 1];
        next && next !== " " && next !== `
` && next !== "	" && (split = i);
      }
      if (i >= end)
        if (split)
          folds.push(split), end = split + endStep, split = void 0;
        else if (mode === FOLD_QUOTED) {
          for (; prev === " " || prev === "	"; )
            prev = ch, ch = text[i += 1], overflow = !0;
          let j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text;
          folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
        } else
          overflow = !0;
    }
    prev = ch;
  }
  if (overflow && onOverflow && onOverflow(), folds.length === 0)
    return text;
  onFold && onFold();
  let res = text.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
    fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
  }
  return res;
}
function consumeMoreIndentedLines(text, i, indent) {
  let end = i, start = i + 1, ch = text[start];
  for (; ch === " " || ch === "	"; )
    if (i < start + indent)
      ch = text[++i];
    else {
      do
        ch = text[++i];
      while (ch && ch !== `
`);
      end = i, start = i + 1, ch = text[start];
    }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
}), containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return !1;
  let limit = lineWidth - indentLength, strLen = str2.length;
  if (strLen <= limit)
    return !1;
  for (let i = 0, start = 0; i < strLen; ++i)
    if (str2[i] === `
`) {
      if (i - start > limit)
        return !0;
      if (start = i + 1, strLen - start <= limit)
        return !1;
    }
  return !0;
}
function doubleQuotedString(value, ctx) {
  let json2 = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json2;
  let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str2 = "", start = 0;
  for (let i = 0, ch = json2[i]; ch; ch = json2[++i])
    if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n" && (str2 += json2.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
      switch (json2[i + 1]) {
        case "u":
          {
            str2 += json2.slice(start, i);
            let code2 = json2.substr(i + 2, 4);
            switch (code2) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                code2.substr(0, 2) === "00" ? str2 += "\\x" + code2.substr(2) : str2 += json2.substr(i, 6);
            }
            i += 5, start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength)
            i += 1;
          else {
            for (str2 += json2.slice(start, i) + `

`; json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"'; )
              str2 += `
`, i += 2;
            str2 += indent, json2[i + 2] === " " && (str2 += "\\"), i += 1, start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  return str2 = start ? str2 + json2.slice(start) : json2, implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, !1));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, !1));
}
function quotedString(value, ctx) {
  let { singleQuote } = ctx.options, qs;
  if (singleQuote === !1)
    qs = doubleQuotedString;
  else {
    let hasDouble = value.includes('"'), hasSingle = value.includes("'");
    hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
  let { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value))
    return quotedString(value, ctx);
  let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type2 === Scalar.BLOCK_FOLDED ? !1 : type2 === Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? `|
` : `>
`;
  let chomp, endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    let ch = value[endStart - 1];
    if (ch !== `
` && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
  endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
  let startWithSpace = !1, startEnd, startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    let ch = value[startEnd];
    if (ch === " ")
      startWithSpace = !0;
    else if (ch === `
`)
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
  let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
  if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
    let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
    blockQuote !== "folded" && type2 !== Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
      literalFallback = !0;
    });
    let body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  let { type: type2, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
    return quotedString(value, ctx);
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
    return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  if (!implicitKey && !inFlow && type2 !== Scalar.PLAIN && value.includes(`
`))
    return blockString(item, ctx, onComment, onChompKeep);
  if (containsDocumentMarker(value)) {
    if (indent === "")
      return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
    if (implicitKey && indent === indentStep)
      return quotedString(value, ctx);
  }
  let str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, !1));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type: type2 } = item;
  type2 !== Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type2 = Scalar.QUOTE_DOUBLE);
  let _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  }, res = _stringify(type2);
  if (res === null) {
    let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
    if (res = _stringify(t), res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  let opt = Object.assign({
    blockQuote: !0,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: !1,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: !0,
    indentSeq: !0,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: !1,
    singleQuote: null,
    trailingComma: !1,
    trueStr: "true",
    verifyAliasOrder: !0
  }, doc.schema.toStringOptions, options), inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = !1;
      break;
    case "flow":
      inFlow = !0;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    let match2 = tags.filter((t) => t.tag === item.tag);
    if (match2.length > 0)
      return match2.find((t) => t.format === item.format) ?? match2[0];
  }
  let tagObj, obj;
  if (isScalar(item)) {
    obj = item.value;
    let match2 = tags.filter((t) => t.identify?.(obj));
    if (match2.length > 1) {
      let testMatch = match2.filter((t) => t.test);
      testMatch.length > 0 && (match2 = testMatch);
    }
    tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
  } else
    obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  if (!tagObj) {
    let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  let props = [], anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  anchor && anchorIsValid(anchor) && (anchors.add(anchor), props.push(`&${anchor}`));
  let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item))
      throw new TypeError("Cannot stringify circular structure without alias nodes");
    ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
  }
  let tagObj, node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  let props = stringifyProps(node, tagObj, ctx);
  props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
  let str2 = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  return props ? isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}` : str2;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment)
      throw new Error("With simple keys, key nodes cannot have comments");
    if (isCollection(key) || !isNode(key) && typeof key == "object") {
      let msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key == "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: !1,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = !1, chompKeep = !1, str2 = stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = !0;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null)
      return keyCommentDone && onComment && onComment(), str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
  } else if (allNullValues && !simpleKeys || value == null && explicitKey)
    return str2 = `? ${str2}`, keyComment && !keyCommentDone ? str2 += lineComment(str2, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
  keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str2 += lineComment(str2, ctx.indent, commentString(keyComment))), str2 = `? ${str2}
${indent}:`) : (str2 = `${str2}:`, keyComment && (str2 += lineComment(str2, ctx.indent, commentString(keyComment))));
  let vsb, vcb, valueComment;
  isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && isScalar(value) && (ctx.indentAtStart = str2.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
  let valueCommentDone = !1, valueStr = stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
  if (keyComment || vsb || vcb) {
    if (ws = vsb ? `
` : "", vcb) {
      let cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
  } else if (!explicitKey && isCollection(value)) {
    let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = !1;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
      }
      hasPropsLine || (ws = `
${ctx.indent}`);
    }
  } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
  return str2 += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str2 += lineComment(str2, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  (logLevel === "debug" || logLevel === "warn") && console.warn(warning);
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<", merge2 = {
  identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
}, isMergeKey = (ctx, key) => (merge2.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
function addMergeToJSMap(ctx, map3, value) {
  let source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (let it of source.items)
      mergeValue(ctx, map3, it);
  else if (Array.isArray(source))
    for (let it of source)
      mergeValue(ctx, map3, it);
  else
    mergeValue(ctx, map3, source);
}
function mergeValue(ctx, map3, value) {
  let source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  let srcMap = source.toJSON(null, ctx, Map);
  for (let [key, value2] of srcMap)
    map3 instanceof Map ? map3.has(key) || map3.set(key, value2) : map3 instanceof Set ? map3.add(key) : Object.prototype.hasOwnProperty.call(map3, key) || Object.defineProperty(map3, key, {
      value: value2,
      writable: !0,
      enumerable: !0,
      configurable: !0
    });
  return map3;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map3, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map3, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map3, value);
  else {
    let jsKey = toJS(key, "", ctx);
    if (map3 instanceof Map)
      map3.set(jsKey, toJS(value, jsKey, ctx));
    else if (map3 instanceof Set)
      map3.add(jsKey);
    else {
      let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS(value, stringKey, ctx);
      stringKey in map3 ? Object.defineProperty(map3, stringKey, {
        value: jsValue,
        writable: !0,
        enumerable: !0,
        configurable: !0
      }) : map3[stringKey] = jsValue;
    }
  }
  return map3;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey != "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    let strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (let node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
    let strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  let k = createNode(key, void 0, ctx), v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR }), this.key = key, this.value = value;
  }
  clone(schema6) {
    let { key, value } = this;
    return isNode(key) && (key = key.clone(schema6)), isNode(value) && (value = value.clone(schema6)), new _Pair(key, value);
  }
  toJSON(_, ctx) {
    let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
  for (let i = 0; i < items.length; ++i) {
    let item = items[i], comment2 = null;
    if (isNode(item))
      !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
    else if (isPair(item)) {
      let ik = isNode(item.key) ? item.key : null;
      ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
    }
    chompKeep = !1;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
    comment2 && (str3 += lineComment(str3, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0)
    str2 = flowChars.start + flowChars.end;
  else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      let line = lines[i];
      str2 += line ? `
${indent}${line}` : `
`;
    }
  }
  return comment ? (str2 += `
` + indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  let itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: !0,
    type: null
  }), reqNewline = !1, linesAtValue = 0, lines = [];
  for (let i = 0; i < items.length; ++i) {
    let item = items[i], comment = null;
    if (isNode(item))
      item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
    else if (isPair(item)) {
      let ik = isNode(item.key) ? item.key : null;
      ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
      let iv = isNode(item.value) ? item.value : null;
      iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
    }
    comment && (reqNewline = !0);
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes(`
`)), i < items.length - 1 ? str2 += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth)), reqNewline && (str2 += ",")), comment && (str2 += lineComment(str2, itemIndent, commentString(comment))), lines.push(str2), linesAtValue = lines.length;
  }
  let { start, end } = flowChars;
  if (lines.length === 0)
    return start + end;
  if (!reqNewline) {
    let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
    reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
  }
  if (reqNewline) {
    let str2 = start;
    for (let line of lines)
      str2 += line ? `
${indentStep}${indent}${line}` : `
`;
    return `${str2}
${indent}${end}`;
  } else
    return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
    let ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  let k = isScalar(key) ? key.value : key;
  for (let it of items)
    if (isPair(it) && (it.key === key || it.key === k || isScalar(it.key) && it.key.value === k))
      return it;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema6) {
    super(MAP, schema6), this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema6, obj, ctx) {
    let { keepUndefined, replacer } = ctx, map3 = new this(schema6), add = (key, value) => {
      if (typeof replacer == "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      (value !== void 0 || keepUndefined) && map3.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map)
      for (let [key, value] of obj)
        add(key, value);
    else if (obj && typeof obj == "object")
      for (let key of Object.keys(obj))
        add(key, obj[key]);
    return typeof schema6.sortMapEntries == "function" && map3.items.sort(schema6.sortMapEntries), map3;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair(pair, pair?.value) : _pair = new Pair(pair.key, pair.value);
    let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      isScalar(prev.value) && isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
    } else if (sortEntries) {
      let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
    } else
      this.items.push(_pair);
  }
  delete(key) {
    let it = findPair(this.items, key);
    return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
  }
  get(key, keepScalar) {
    let node = findPair(this.items, key)?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), !0);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type2) {
    let map3 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    ctx?.onCreate && ctx.onCreate(map3);
    for (let item of this.items)
      addPairToJSMap(ctx, map3, item);
    return map3;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (let item of this.items)
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map2 = {
  collection: "map",
  default: !0,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map3, onError) {
    return isMap(map3) || onError("Expected a mapping for this tag"), map3;
  },
  createNode: (schema6, obj, ctx) => YAMLMap.from(schema6, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema6) {
    super(SEQ, schema6), this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    let idx = asItemIndex(key);
    return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
  }
  get(key, keepScalar) {
    let idx = asItemIndex(key);
    if (typeof idx != "number")
      return;
    let it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    let idx = asItemIndex(key);
    return typeof idx == "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    let idx = asItemIndex(key);
    if (typeof idx != "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    let prev = this.items[idx];
    isScalar(prev) && isScalarValue(value) ? prev.value = value : this.items[idx] = value;
  }
  toJSON(_, ctx) {
    let seq3 = [];
    ctx?.onCreate && ctx.onCreate(seq3);
    let i = 0;
    for (let item of this.items)
      seq3.push(toJS(item, String(i++), ctx));
    return seq3;
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx ? stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    }) : JSON.stringify(this);
  }
  static from(schema6, obj, ctx) {
    let { replacer } = ctx, seq3 = new this(schema6);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer == "function") {
          let key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq3.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq3;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq2 = {
  collection: "seq",
  default: !0,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq3, onError) {
    return isSeq(seq3) || onError("Expected a sequence for this tag"), seq3;
  },
  createNode: (schema6, obj, ctx) => YAMLSeq.from(schema6, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value == "string",
  default: !0,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: !0,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value == "boolean",
  default: !0,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      let sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
  if (typeof value == "bigint")
    return String(value);
  let num = typeof value == "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    i < 0 && (i = n.length, n += ".");
    let d = minFractionDigits - (n.length - i - 1);
    for (; d-- > 0; )
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
}, floatExp = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    let num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
}, float2 = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    let node = new Scalar(parseFloat(str2)), dot = str2.indexOf(".");
    return dot !== -1 && str2[str2.length - 1] === "0" && (node.minFractionDigits = str2.length - dot - 1), node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  let { value } = node;
  return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
}, int2 = {
  identify: intIdentify,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
}, intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema2 = [
  map2,
  seq2,
  string,
  nullTag,
  boolTag,
  intOct,
  int2,
  intHex,
  floatNaN,
  floatExp,
  float2
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value == "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
  {
    identify: (value) => typeof value == "string",
    default: !0,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: !0,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value == "boolean",
    default: !0,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: !0,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value == "number",
    default: !0,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
], jsonError = {
  default: !0,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    return onError(`Unresolved plain scalar ${JSON.stringify(str2)}`), str2;
  }
}, schema3 = [map2, seq2].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary2 = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: !1,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob == "function") {
      let str2 = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else
      return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
  },
  stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    let buf = value, str2;
    if (typeof btoa == "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    if (type2 ?? (type2 = Scalar.BLOCK_LITERAL), type2 !== Scalar.QUOTE_DOUBLE) {
      let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str2.length / lineWidth), lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
        lines[i] = str2.substr(o, lineWidth);
      str2 = lines.join(type2 === Scalar.BLOCK_LITERAL ? `
` : " ");
    }
    return stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq3, onError) {
  if (isSeq(seq3))
    for (let i = 0; i < seq3.items.length; ++i) {
      let item = seq3.items[i];
      if (!isPair(item)) {
        if (isMap(item)) {
          item.items.length > 1 && onError("Each pair must have its own sequence indicator");
          let pair = item.items[0] || new Pair(new Scalar(null));
          if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
            let cn = pair.value ?? pair.key;
            cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
          }
          item = pair;
        }
        seq3.items[i] = isPair(item) ? item : new Pair(item);
      }
    }
  else
    onError("Expected a sequence for this tag");
  return seq3;
}
function createPairs(schema6, iterable, ctx) {
  let { replacer } = ctx, pairs3 = new YAMLSeq(schema6);
  pairs3.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
      let key, value;
      if (Array.isArray(it))
        if (it.length === 2)
          key = it[0], value = it[1];
        else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      else if (it && it instanceof Object) {
        let keys = Object.keys(it);
        if (keys.length === 1)
          key = keys[0], value = it[key];
        else
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
      } else
        key = it;
      pairs3.items.push(createPair(key, value, ctx));
    }
  return pairs3;
}
var pairs2 = {
  collection: "seq",
  default: !1,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super(), this.add = YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.prototype.get.bind(this), this.has = YAMLMap.prototype.has.bind(this), this.set = YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    let map3 = /* @__PURE__ */ new Map();
    ctx?.onCreate && ctx.onCreate(map3);
    for (let pair of this.items) {
      let key, value;
      if (isPair(pair) ? (key = toJS(pair.key, "", ctx), value = toJS(pair.value, key, ctx)) : key = toJS(pair, "", ctx), map3.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map3.set(key, value);
    }
    return map3;
  }
  static from(schema6, iterable, ctx) {
    let pairs3 = createPairs(schema6, iterable, ctx), omap3 = new this();
    return omap3.items = pairs3.items, omap3;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap2 = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: !1,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq3, onError) {
    let pairs3 = resolvePairs(seq3, onError), seenKeys = [];
    for (let { key } of pairs3.items)
      isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
    return Object.assign(new YAMLOMap(), pairs3);
  },
  createNode: (schema6, iterable, ctx) => YAMLOMap.from(schema6, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === !0,
  default: !0,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(!0),
  stringify: boolStringify
}, falseTag = {
  identify: (value) => value === !1,
  default: !0,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(!1),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
}, floatExp2 = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    let num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
}, float3 = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    let node = new Scalar(parseFloat(str2.replace(/_/g, ""))), dot = str2.indexOf(".");
    if (dot !== -1) {
      let f = str2.substring(dot + 1).replace(/_/g, "");
      f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value == "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  let sign = str2[0];
  if ((sign === "-" || sign === "+") && (offset += 1), str2 = str2.substring(offset).replace(/_/g, ""), intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    let n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  let n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  let { value } = node;
  if (intIdentify3(value)) {
    let str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
}, intOct2 = {
  identify: intIdentify3,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
}, int3 = {
  identify: intIdentify3,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
}, intHex2 = {
  identify: intIdentify3,
  default: !0,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema6) {
    super(schema6), this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair(key.key, null) : pair = new Pair(key, null), findPair(this.items, pair.key) || this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    let pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value != "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    let prev = findPair(this.items, key);
    prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair(key));
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(!0))
      return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
    throw new Error("Set items must all have null values");
  }
  static from(schema6, iterable, ctx) {
    let { replacer } = ctx, set3 = new this(schema6);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable)
        typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set3.items.push(createPair(value, null, ctx));
    return set3;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set2 = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: !1,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema6, iterable, ctx) => YAMLSet.from(schema6, iterable, ctx),
  resolve(map3, onError) {
    if (isMap(map3)) {
      if (map3.hasAllNullValues(!0))
        return Object.assign(new YAMLSet(), map3);
      onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map3;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  let sign = str2[0], parts = sign === "-" || sign === "+" ? str2.substring(1) : str2, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node, num = (n) => n;
  if (typeof value == "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  value < 0 && (sign = "-", value *= num(-1));
  let _60 = num(60), parts = [value % _60];
  return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value == "bigint" || Number.isInteger(value),
  default: !0,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
}, floatTime = {
  identify: (value) => typeof value == "number",
  default: !0,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, !1),
  stringify: stringifySexagesimal
}, timestamp2 = {
  identify: (value) => value instanceof Date,
  default: !0,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    let match2 = str2.match(timestamp2.test);
    if (!match2)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    let [, year, month, day, hour, minute, second] = match2.map(Number), millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match2[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, !1);
      Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema4 = [
  map2,
  seq2,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int3,
  intHex2,
  floatNaN2,
  floatExp2,
  float3,
  binary2,
  merge2,
  omap2,
  pairs2,
  set2,
  intTime,
  floatTime,
  timestamp2
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema2],
  ["failsafe", [map2, seq2, string]],
  ["json", schema3],
  ["yaml11", schema4],
  ["yaml-1.1", schema4]
]), tagsByName = {
  binary: binary2,
  bool: boolTag,
  float: float2,
  floatExp,
  floatNaN,
  floatTime,
  int: int2,
  intHex,
  intOct,
  intTime,
  map: map2,
  merge: merge2,
  null: nullTag,
  omap: omap2,
  pairs: pairs2,
  seq: seq2,
  set: set2,
  timestamp: timestamp2
}, coreKnownTags = {
  "tag:yaml.org,2002:binary": binary2,
  "tag:yaml.org,2002:merge": merge2,
  "tag:yaml.org,2002:omap": omap2,
  "tag:yaml.org,2002:pairs": pairs2,
  "tag:yaml.org,2002:set": set2,
  "tag:yaml.org,2002:timestamp": timestamp2
};
function getTags(customTags, schemaName, addMergeTag) {
  let schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags)
    return addMergeTag && !schemaTags.includes(merge2) ? schemaTags.concat(merge2) : schemaTags.slice();
  let tags = schemaTags;
  if (!tags)
    if (Array.isArray(customTags))
      tags = [];
    else {
      let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  if (Array.isArray(customTags))
    for (let tag of customTags)
      tags = tags.concat(tag);
  else typeof customTags == "function" && (tags = customTags(tags.slice()));
  return addMergeTag && (tags = tags.concat(merge2)), tags.reduce((tags2, tag) => {
    let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema2 = class _Schema {
  constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema6, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null, this.name = typeof schema6 == "string" && schema6 || "core", this.knownTags = resolveKnownTags ? coreKnownTags : {}, this.tags = getTags(customTags, this.name, merge3), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, MAP, { value: map2 }), Object.defineProperty(this, SCALAR, { value: string }), Object.defineProperty(this, SEQ, { value: seq2 }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
  }
  clone() {
    let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    return copy.tags = this.tags.slice(), copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  let lines = [], hasDirectives = options.directives === !0;
  if (options.directives !== !1 && doc.directives) {
    let dir = doc.directives.toString(doc);
    dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
  }
  hasDirectives && lines.push("---");
  let ctx = createStringifyContext(doc, options), { commentString } = ctx.options;
  if (doc.commentBefore) {
    lines.length !== 1 && lines.unshift("");
    let cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = !1, contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
        let cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
    }
    let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    contentComment && (body += lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
  } else
    lines.push(stringify(doc.contents, ctx));
  if (doc.directives?.docEnd)
    if (doc.comment) {
      let cs = commentString(doc.comment);
      cs.includes(`
`) ? (lines.push("..."), lines.push(indentComment(cs, ""))) : lines.push(`... ${cs}`);
    } else
      lines.push("...");
  else {
    let dc = doc.comment;
    dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(indentComment(commentString(dc), "")));
  }
  return lines.join(`
`) + `
`;
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
    let opt = Object.assign({
      intAsBigInt: !1,
      keepSourceTokens: !1,
      logLevel: "warn",
      prettyErrors: !0,
      strict: !0,
      stringKeys: !1,
      uniqueKeys: !0,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    let copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
  }
  /** Adds a value to the document. */
  add(value) {
    assertCollection(this.contents) && this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    assertCollection(this.contents) && this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      let prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer;
    if (typeof replacer == "function")
      value = replacer.call({ "": value }, "", value), _replacer = replacer;
    else if (Array.isArray(replacer)) {
      let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
      asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
    } else options === void 0 && replacer && (options = replacer, replacer = void 0);
    let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    ), ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
      keepUndefined: keepUndefined ?? !1,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    }, node = createNode(value, tag, ctx);
    return flow && isCollection(node) && (node.flow = !0), setAnchors(), node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : !1;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    return isEmptyPath(path) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path) : !1;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    return isEmptyPath(path) ? !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents : isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : !1;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    return isEmptyPath(path) ? this.contents !== void 0 : isCollection(this.contents) ? this.contents.hasIn(path) : !1;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    this.contents == null ? this.contents = collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    typeof version == "number" && (version = String(version));
    let opt;
    switch (version) {
      case "1.1":
        this.directives ? this.directives.yaml.version = "1.1" : this.directives = new Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        this.directives ? this.directives.yaml.version = version : this.directives = new Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
        break;
      case null:
        this.directives && delete this.directives, opt = null;
        break;
      default: {
        let sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema2(Object.assign(opt, options));
    else
      throw new Error("With a null YAML version, the { schema: Schema } option is required");
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    let ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json2,
      mapAsMap: mapAsMap === !0,
      mapKeyWarned: !1,
      maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
    }, res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor == "function")
      for (let { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver == "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      let s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return !0;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code2, message2) {
    super(), this.name = name, this.code = code2, this.message = message2, this.pos = pos;
  }
}, YAMLParseError = class extends YAMLError {
  constructor(pos, code2, message2) {
    super("YAMLParseError", pos, code2, message2);
  }
}, YAMLWarning = class extends YAMLError {
  constructor(pos, code2, message2) {
    super("YAMLWarning", pos, code2, message2);
  }
}, prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  let { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    let trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
  }
  if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1, end = error.linePos[1];
    end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
    let pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
  for (let token of tokens)
    switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
      case "space":
        !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
        break;
      case "comment": {
        hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        let cb = token.source.substring(1) || " ";
        comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
        break;
      }
      case "newline":
        atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
        break;
      case "anchor":
        anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
        break;
      case "tag": {
        tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
        break;
      }
      case indicator:
        (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
        break;
      case "comma":
        if (flow) {
          comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
    }
  let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
  return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes(`
`))
        return !0;
      if (key.end) {
        for (let st of key.end)
          if (st.type === "newline")
            return !0;
      }
      return !1;
    case "flow-collection":
      for (let it of key.items) {
        for (let st of it.start)
          if (st.type === "newline")
            return !0;
        if (it.sep) {
          for (let st of it.sep)
            if (st.type === "newline")
              return !0;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return !0;
      }
      return !1;
    default:
      return !0;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    let end = fc.end[0];
    end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  let { uniqueKeys } = ctx.options;
  if (uniqueKeys === !1)
    return !1;
  let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  let NodeClass = tag?.nodeClass ?? YAMLMap, map3 = new NodeClass(ctx.schema);
  ctx.atRoot && (ctx.atRoot = !1);
  let offset = bm.offset, commentEnd = null;
  for (let collItem of bm.items) {
    let { start, key, sep, value } = collItem, keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: !0
    }), implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end, keyProps.comment && (map3.comment ? map3.comment += `
` + keyProps.comment : map3.comment = keyProps.comment);
        continue;
      }
      (keyProps.newlineAfterProp || containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
    } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
    ctx.atKey = !0;
    let keyStart = keyProps.end, keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    ctx.schema.compat && flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, mapIncludes(ctx, map3.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    let valueProps = resolveProps(sep ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    if (offset = valueProps.end, valueProps.found) {
      implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
      let valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep, null, valueProps, onError);
      ctx.schema.compat && flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
      let pair = new Pair(keyNode, valueNode);
      ctx.options.keepSourceTokens && (pair.srcToken = collItem), map3.items.push(pair);
    } else {
      implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
      let pair = new Pair(keyNode);
      ctx.options.keepSourceTokens && (pair.srcToken = collItem), map3.items.push(pair);
    }
  }
  return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map3.range = [bm.offset, offset, commentEnd ?? offset], map3;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  let NodeClass = tag?.nodeClass ?? YAMLSeq, seq3 = new NodeClass(ctx.schema);
  ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
  let offset = bs.offset, commentEnd = null;
  for (let { start, value } of bs.items) {
    let props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: !0
    });
    if (!props.found)
      if (props.anchor || props.tag || value)
        value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      else {
        commentEnd = props.end, props.comment && (seq3.comment = props.comment);
        continue;
      }
    let node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    ctx.schema.compat && flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq3.items.push(node);
  }
  return seq3.range = [bs.offset, offset, commentEnd ?? offset], seq3;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = !1, sep = "";
    for (let token of end) {
      let { source, type: type2 } = token;
      switch (type2) {
        case "space":
          hasSpace = !0;
          break;
        case "comment": {
          reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          let cb = source.substring(1) || " ";
          comment ? comment += sep + cb : comment = cb, sep = "";
          break;
        }
        case "newline":
          comment && (sep += source), hasSpace = !0;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq), coll = new NodeClass(ctx.schema);
  coll.flow = !0;
  let atRoot = ctx.atRoot;
  atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: !1
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
        continue;
      }
      !isMap2 && ctx.options.strict && containsNewline(key) && onError(
        key,
        // checked by containsNewline()
        "MULTILINE_IMPLICIT_KEY",
        "Implicit keys of flow sequence pairs need to be on a single line"
      );
    }
    if (i === 0)
      props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
      let prevItemComment = "";
      loop: for (let st of start)
        switch (st.type) {
          case "comma":
          case "space":
            break;
          case "comment":
            prevItemComment = st.source.substring(1);
            break loop;
          default:
            break loop;
        }
      if (prevItemComment) {
        let prev = coll.items[coll.items.length - 1];
        isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
      }
    }
    if (!isMap2 && !sep && !props.found) {
      let valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep, null, props, onError);
      coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = !0;
      let keyStart = props.end, keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
      let valueProps = resolveProps(sep ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: !1
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep)
            for (let st of sep) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
      let valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep, null, valueProps, onError) : null;
      valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
      let pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
        let map3 = coll;
        mapIncludes(ctx, map3.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map3.items.push(pair);
      } else {
        let map3 = new YAMLMap(ctx.schema);
        map3.flow = !0, map3.items.push(pair);
        let endRange = (valueNode ?? keyNode).range;
        map3.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map3);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
  }
  if (ee.length > 0) {
    let end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
  } else
    coll.range = [fc.offset, cePos, cePos];
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  let coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag), Coll = coll.constructor;
  return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
}
function composeCollection(CN2, ctx, token, props, onError) {
  let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  if (token.type === "block-seq") {
    let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
  }
  let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq")
    return resolveCollection(CN2, ctx, token, onError, tagName);
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    let kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType)
      ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
    else
      return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let coll = resolveCollection(CN2, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = isNode(res) ? res : new Scalar(res);
  return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  let type2 = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    let content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
    return scalar.source && (end2 += scalar.source.length), { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    if (content === "" || content === "\r")
      header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
    else {
      indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i)
    lines[i][0].length > trimIndent && (chompStart = i + 1);
  let value = "", sep = "", prevMoreIndented = !1;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + `
`;
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    let crlf = content[content.length - 1] === "\r";
    if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
      let message2 = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2), indent = "";
    }
    type2 === Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += `
` + lines[i][0].slice(trimIndent);
      value[value.length - 1] !== `
` && (value += `
`);
      break;
    default:
      value += `
`;
  }
  let end = start + header.length + scalar.source.length;
  return { value, type: type2, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header")
    return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
  let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
  for (let i = 1; i < source.length; ++i) {
    let ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      let n = Number(ch);
      !indent && n ? indent = n : error === -1 && (error = offset + i);
    }
  }
  error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = !1, comment = "", length = source.length;
  for (let i = 1; i < props.length; ++i) {
    let token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = !0;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        let message2 = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message2);
        let ts = token.source;
        ts && typeof ts == "string" && (length += ts.length);
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  let { offset, type: type2, source, end } = scalar, _type, value, _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
  switch (type2) {
    case "scalar":
      _type = Scalar.PLAIN, value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`), {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  let valueEnd = offset + source.length, re2 = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re2.comment,
    range: [offset, valueEnd, re2.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  let line = /(.*?)\r?\n/sy, match2 = line.exec(source);
  if (!match2)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match2[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
  for (; match2 = line.exec(source); ) {
    let lm = match2[1].replace(trimBoth, "");
    lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
  }
  let last = /[ \t]*(.*)/sy;
  return last.lastIndex = pos, match2 = last.exec(source), res + sep + (match2?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    let ch = source[i];
    if (!(ch === "\r" && source[i + 1] === `
`))
      if (ch === `
`) {
        let { fold, offset } = foldNewline(source, i);
        res += fold, i = offset;
      } else if (ch === "\\") {
        let next = source[++i], cc = escapeCodes[next];
        if (cc)
          res += cc;
        else if (next === `
`)
          for (next = source[i + 1]; next === " " || next === "	"; )
            next = source[++i + 1];
        else if (next === "\r" && source[i + 1] === `
`)
          for (next = source[++i + 1]; next === " " || next === "	"; )
            next = source[++i + 1];
        else if (next === "x" || next === "u" || next === "U") {
          let length = next === "x" ? 2 : next === "u" ? 4 : 8;
          res += parseCharCode(source, i + 1, length, onError), i += length;
        } else {
          let raw = source.substr(i - 1, 2);
          onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
        }
      } else if (ch === " " || ch === "	") {
        let wsStart = i, next = source[i + 1];
        for (; next === " " || next === "	"; )
          next = source[++i + 1];
        next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
      } else
        res += ch;
  }
  return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
}
function foldNewline(source, offset) {
  let fold = "", ch = source[offset + 1];
  for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
    ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
  return fold || (fold = " "), { fold, offset };
}
var escapeCodes = {
  0: "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: `
`,
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  let cc = source.substr(offset, length), code2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code2);
  } catch {
    let raw = source.substr(offset - 2, length + 2);
    return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  let { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
  ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[SCALAR];
  let scalar;
  try {
    let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    let msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar(value);
  }
  return scalar.range = range, scalar.source = value, type2 && (scalar.type = type2), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
}
function findScalarTagByName(schema6, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema6[SCALAR];
  let matchWithTest = [];
  for (let tag of schema6.tags)
    if (!tag.collection && tag.tag === tagName)
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
  for (let tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  let kt = schema6.knownTags[tagName];
  return kt && !kt.collection ? (schema6.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema6[SCALAR]);
}
function findScalarTagByTest({ atKey, directives, schema: schema6 }, value, token, onError) {
  let tag = schema6.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema6[SCALAR];
  if (schema6.compat) {
    let compat = schema6.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema6[SCALAR];
    if (tag.tag !== compat.tag) {
      let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, !0);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      for (st = before[++i]; st?.type === "space"; )
        offset += st.source.length, st = before[++i];
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
      } catch (error) {
        let message2 = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message2);
      }
      break;
    default: {
      let message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message2), isSrcToken = !1;
    }
  }
  return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  let token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  }, node = composeScalar(ctx, token, tag, onError);
  return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  let alias = new Alias(source.substring(1));
  alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
  let valueEnd = offset + source.length, re2 = resolveEnd(end, valueEnd, options.strict, onError);
  return alias.range = [offset, valueEnd, re2.offset], re2.comment && (alias.comment = re2.comment), alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  let opts = Object.assign({ _directives: directives }, options), doc = new Document(void 0, opts), ctx = {
    atKey: !1,
    atRoot: !0,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  }, props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: !0
  });
  props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  let contentEnd = doc.contents.range[2], re2 = resolveEnd(end, contentEnd, !1, onError);
  return re2.comment && (doc.comment = re2.comment), doc.range = [offset, contentEnd, re2.offset], doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src == "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  let { offset, source } = src;
  return [offset, offset + (typeof source == "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "", atComment = !1, afterEmptyLine = !1;
  for (let i = 0; i < prelude.length; ++i) {
    let source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
        break;
      case "%":
        prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
        break;
      default:
        atComment || (afterEmptyLine = !0), atComment = !1;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code2, message2, warning) => {
      let pos = getErrorPos(source);
      warning ? this.warnings.push(new YAMLWarning(pos, code2, message2)) : this.errors.push(new YAMLParseError(pos, code2, message2));
    }, this.directives = new Directives({ version: options.version || "1.2" }), this.options = options;
  }
  decorate(doc, afterDoc) {
    let { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      let dc = doc.contents;
      if (afterDoc)
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      else if (afterEmptyLine || doc.directives.docStart || !dc)
        doc.commentBefore = comment;
      else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        isPair(it) && (it = it.key);
        let cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        let cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else
      doc.errors = this.errors, doc.warnings = this.warnings;
    this.prelude = [], this.errors = [], this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = !1, endOffset = -1) {
    for (let token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message2, warning) => {
          let pos = getErrorPos(token);
          pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message2, warning);
        }), this.prelude.push(token.source), this.atDirectives = !0;
        break;
      case "document": {
        let doc = composeDoc(this.options, this.directives, token, this.onError);
        this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          let msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = !0;
        let end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        if (this.decorate(this.doc, !0), end.comment) {
          let dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = !1, endOffset = -1) {
    if (this.doc)
      this.decorate(this.doc, !0), yield this.doc, this.doc = null;
    else if (forceDoc) {
      let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document(void 0, opts);
      this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit"), SKIP2 = /* @__PURE__ */ Symbol("skip children"), REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (let [field, index] of path) {
    let tok = item?.[field];
    if (tok && "items" in tok)
      item = tok.items[index];
    else
      return;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  let parent = visit2.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl == "symbol")
    return ctrl;
  for (let field of ["key", "value"]) {
    let token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci == "number")
          i = ci - 1;
        else {
          if (ci === BREAK2)
            return BREAK2;
          ci === REMOVE2 && (token.items.splice(i, 1), i -= 1);
        }
      }
      typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path));
    }
  }
  return typeof ctrl == "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case `
`:
    case `\r
`:
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case `
`:
    case "\r":
    case "	":
      return !0;
    default:
      return !1;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
  constructor() {
    this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = !1) {
    if (source) {
      if (typeof source != "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    for (; next && (incomplete || this.hasChars(1)); )
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos, ch = this.buffer[i];
    for (; ch === " " || ch === "	"; )
      ch = this.buffer[++i];
    return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      for (; ch === " "; )
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        let next = this.buffer[indent + offset + 1];
        if (next === `
` || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      let dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
      let dirEnd = line.length, cs = line.indexOf("#");
      for (; cs !== -1; ) {
        let ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else
          cs = line.indexOf("#", cs + 1);
      }
      for (; ; ) {
        let ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
      return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
    }
    if (this.atLineEnd()) {
      let sp = yield* this.pushSpaces(!0);
      return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
    }
    return yield DOCUMENT, yield* this.parseLineStart();
  }
  *parseLineStart() {
    let ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      let s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
        return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
    }
    return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    let [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
      return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(!0);
    let line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        return yield* this.pushNewline(), yield* this.parseLineStart();
      case "{":
      case "[":
        return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
      case "}":
      case "]":
        return yield* this.pushCount(1), "doc";
      case "*":
        return yield* this.pushUntil(isNotAnchorChar), "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp, indent = -1;
    do
      nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
    while (nl + sp > 0);
    let line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
      return this.flowLevel = 0, yield FLOW_END, yield* this.parseLineStart();
    let n = 0;
    for (; line[n] === ","; )
      n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
    switch (n += yield* this.pushIndicators(), line[n]) {
      case void 0:
        return "flow";
      case "#":
        return yield* this.pushCount(line.length - n), "flow";
      case "{":
      case "[":
        return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
      case "}":
      case "]":
        return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
      case "*":
        return yield* this.pushUntil(isNotAnchorChar), "flow";
      case '"':
      case "'":
        return this.flowKey = !0, yield* this.parseQuotedScalar();
      case ":": {
        let next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",")
          return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
      }
      // fallthrough
      default:
        return this.flowKey = !1, yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'")
      for (; end !== -1 && this.buffer[end + 1] === "'"; )
        end = this.buffer.indexOf("'", end + 2);
    else
      for (; end !== -1; ) {
        let n = 0;
        for (; this.buffer[end - 1 - n] === "\\"; )
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
    if (nl !== -1) {
      for (; nl !== -1; ) {
        let cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf(`
`, cs);
      }
      nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1, this.blockScalarKeep = !1;
    let i = this.pos;
    for (; ; ) {
      let ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = !0;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1, indent = 0, ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case `
`:
          nl = i2, indent = 0;
          break;
        case "\r": {
          let next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === `
`)
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      do {
        let cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf(`
`, cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    for (ch = this.buffer[i]; ch === " "; )
      ch = this.buffer[++i];
    if (ch === "	") {
      for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep)
      do {
        let i2 = nl - 1, ch2 = this.buffer[i2];
        ch2 === "\r" && (ch2 = this.buffer[--i2]);
        let lastChar = i2;
        for (; ch2 === " "; )
          ch2 = this.buffer[--i2];
        if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (!0);
    return yield SCALAR2, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
    for (; ch = this.buffer[++i]; )
      if (ch === ":") {
        let next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === `
`) {
          let cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield SCALAR2, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
  }
  *pushCount(n) {
    return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
  }
  *pushToIndex(i, allowEmpty) {
    let s = this.buffer.slice(this.pos, i);
    return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
  }
  *pushIndicators() {
    let n = 0;
    loop: for (; ; ) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2, ch = this.buffer[i];
      for (; !isEmpty(ch) && ch !== ">"; )
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
    } else {
      let i = this.pos + 1, ch = this.buffer[i];
      for (; ch; )
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
          ch = this.buffer[i += 3];
        else
          break;
      return yield* this.pushToIndex(i, !1);
    }
  }
  *pushNewline() {
    let ch = this.buffer[this.pos];
    return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1, ch;
    do
      ch = this.buffer[++i];
    while (ch === " " || allowTabs && ch === "	");
    let n = i - this.pos;
    return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
  }
  *pushUntil(test) {
    let i = this.pos, ch = this.buffer[i];
    for (; !test(ch); )
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, !1);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
      let low = 0, high = this.lineStarts.length;
      for (; low < high; ) {
        let mid = low + high >> 1;
        this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      let start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type2) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type2)
      return !0;
  return !1;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i)
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return !0;
    default:
      return !1;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      let it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: for (; --i >= 0; )
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  for (; prev[++i]?.type === "space"; )
    ;
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start")
    for (let it of fc.items)
      it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new Lexer(), this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = !1) {
    this.onNewLine && this.offset === 0 && this.onNewLine(0);
    for (let lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    incomplete || (yield* this.end());
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    if (this.source = source, this.atScalar) {
      this.atScalar = !1, yield* this.step(), this.offset += source.length;
      return;
    }
    let type2 = tokenType(source);
    if (type2)
      if (type2 === "scalar")
        this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
      else {
        switch (this.type = type2, yield* this.step(), type2) {
          case "newline":
            this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
            break;
          case "space":
            this.atNewLine && source[0] === " " && (this.indent += source.length);
            break;
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
            this.atNewLine && (this.indent += source.length);
            break;
          case "doc-mode":
          case "flow-error-end":
            return;
          default:
            this.atNewLine = !1;
        }
        this.offset += source.length;
      }
    else {
      let message2 = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message: message2, source }), this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    for (; this.stack.length > 0; )
      yield* this.pop();
  }
  get sourceToken() {
    return {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  *step() {
    let top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      for (; this.stack.length > 0; )
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    let token = error ?? this.stack.pop();
    if (!token)
      yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
    else if (this.stack.length === 0)
      yield token;
    else {
      let top = this.peek(1);
      switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          let it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
            return;
          } else if (it.sep)
            it.value = token;
          else {
            Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          let it = top.items[top.items.length - 1];
          it.value ? top.items.push({ start: [], value: token }) : it.value = token;
          break;
        }
        case "flow-collection": {
          let it = top.items[top.items.length - 1];
          !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop(), yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        let last = token.items[token.items.length - 1];
        last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        let doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    let bv = this.startBlockValue(doc);
    bv ? this.stack.push(bv) : yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML document`,
      source: this.source
    };
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
      scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
      let map3 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep }]
      };
      this.onKeyLine = !0, this.stack[this.stack.length - 1] = map3;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop(), yield* this.step();
    }
  }
  *blockMap(map3) {
    let it = map3.items[map3.items.length - 1];
    switch (this.type) {
      case "newline":
        if (this.onKeyLine = !1, it.value) {
          let end = "end" in it.value ? it.value.end : void 0;
          (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map3.items.push({ start: [this.sourceToken] });
        } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          map3.items.push({ start: [this.sourceToken] });
        else if (it.sep)
          it.sep.push(this.sourceToken);
        else {
          if (this.atIndentedComment(it.start, map3.indent)) {
            let end = map3.items[map3.items.length - 2]?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start), end.push(this.sourceToken), map3.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map3.indent) {
      let atMapIndent = !this.onKeyLine && this.indent === map3.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
      if (atNextItem && it.sep && !it.value) {
        let nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          let st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              st.indent > map3.indent && (nl.length = 0);
              break;
            default:
              nl.length = 0;
          }
        }
        nl.length >= 2 && (start = it.sep.splice(nl[1]));
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          atNextItem || it.value ? (start.push(this.sourceToken), map3.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
          return;
        case "explicit-key-ind":
          !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map3.items.push({ start, explicitKey: !0 })) : this.stack.push({
            type: "block-map",
            offset: this.offset,
            indent: this.indent,
            items: [{ start: [this.sourceToken], explicitKey: !0 }]
          }), this.onKeyLine = !0;
          return;
        case "map-value-ind":
          if (it.explicitKey)
            if (it.sep)
              if (it.value)
                map3.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (includesToken(it.sep, "map-value-ind"))
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start, key: null, sep: [this.sourceToken] }]
                });
              else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key, sep }]
                });
              } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
            else if (includesToken(it.start, "newline"))
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            else {
              let start2 = getFirstKeyStartProps(it.start);
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key: null, sep: [this.sourceToken] }]
              });
            }
          else
            it.sep ? it.value || atNextItem ? map3.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [], key: null, sep: [this.sourceToken] }]
            }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
          this.onKeyLine = !0;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          let fs = this.flowScalar(this.type);
          atNextItem || it.value ? (map3.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
          return;
        }
        default: {
          let bv = this.startBlockValue(map3);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else atMapIndent && map3.items.push({ start });
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop(), yield* this.step();
  }
  *blockSequence(seq3) {
    let it = seq3.items[seq3.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          let end = "end" in it.value ? it.value.end : void 0;
          (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq3.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq3.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq3.indent)) {
            let end = seq3.items[seq3.items.length - 2]?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start), end.push(this.sourceToken), seq3.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq3.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq3.indent)
          break;
        it.value || includesToken(it.start, "seq-item-ind") ? seq3.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq3.indent) {
      let bv = this.startBlockValue(seq3);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop(), yield* this.step();
  }
  *flowCollection(fc) {
    let it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do
        yield* this.pop(), top = this.peek(1);
      while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          let fs = this.flowScalar(this.type);
          !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      let bv = this.startBlockValue(fc);
      bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
    } else {
      let parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
        yield* this.pop(), yield* this.step();
      else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        let sep = fc.end.splice(1, fc.end.length);
        sep.push(this.sourceToken);
        let map3 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep }]
        };
        this.onKeyLine = !0, this.stack[this.stack.length - 1] = map3;
      } else
        yield* this.lineEnd(fc);
    }
  }
  flowScalar(type2) {
    if (this.onNewLine) {
      let nl = this.source.indexOf(`
`) + 1;
      for (; nl !== 0; )
        this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
    }
    return {
      type: type2,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = !0;
        let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
        return start.push(this.sourceToken), {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: !0 }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = !0;
        let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop(), yield* this.step();
        break;
      case "newline":
        this.onKeyLine = !1;
      default:
        token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  let prettyErrors = options.prettyErrors !== !1;
  return { lineCounter: options.lineCounter || prettyErrors && new LineCounter() || null, prettyErrors };
}
function parseDocument(source, options = {}) {
  let { lineCounter, prettyErrors } = parseOptions(options), parser = new Parser(lineCounter?.addNewLine), composer = new Composer(options), doc = null;
  for (let _doc of composer.compose(parser.parse(source), !0, source.length))
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  return prettyErrors && lineCounter && (doc.errors.forEach(prettifyError(source, lineCounter)), doc.warnings.forEach(prettifyError(source, lineCounter))), doc;
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
      let map3 = { kind: "map", indent: col, entry: item };
      return this.stack.push(map3), this.keyLine(map3, line, col, body);
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
var SUSPECT = /[\uFF1A\u3000\u00A0\uFF0D\uFF0C\uFF3B\u201C\u2018\uFF02\uFF07]/, SPACE = "[ \\t\\u3000\\u00A0]", LEAD = new RegExp(`^(${SPACE}*)((?:[-\\uFF0D]${SPACE}+)*)`), KEY = /^(["']?)([A-Za-z_][\w.-]*)\1/, BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/, QUOTES = {
  "\u201C": "\u201D",
  "\u2018": "\u2019",
  "\uFF02": "\uFF02",
  "\uFF07": "\uFF07"
}, code = (c) => c === "\u3000" ? "U+3000" : "U+00A0";
function fullWidthFindings(text, file, t) {
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
      file,
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
  let rest = line.slice(whole.length), key = KEY.exec(rest), valueAt2 = whole.length;
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
function parseYamlSource(text, file, t = messages()) {
  let fullWidth = fullWidthFindings(text, file, t);
  if (fullWidth.length > 0) return { value: void 0, findings: fullWidth, locate: () => TOP, locateKey: () => TOP };
  let fast = fastParse(text);
  if (!fast) return parseWithPositions(text, file, t);
  if ("oversized" in fast) {
    let { path, count, list } = fast.oversized, pos = path.length === 0 ? TOP : keyLine(text, path);
    return {
      value: void 0,
      findings: [
        {
          rule: "yaml.too-large",
          severity: "error",
          file,
          ...pos,
          message: t["yaml.too-many-entries"]({ list, count, max: MAX_ITEMS })
        }
      ],
      locate: () => pos,
      locateKey: () => pos
    };
  }
  let positioned, slow = () => positioned ??= blockPositions(text) ?? parseWithPositions(text, file, t);
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
function parseWithPositions(text, file, t = messages()) {
  let lineCounter = new LineCounter(), findings = [], at = (offset) => {
    let p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  }, unlocated = () => ({ value: void 0, findings, locate: () => TOP, locateKey: () => TOP }), fail = (stop2) => (findings.push({ rule: stop2.rule, severity: "error", message: stop2.message, file, ...stop2.pos }), unlocated()), parsed = parseCarefully(text, lineCounter, t, at);
  if ("stop" in parsed) return fail(parsed.stop);
  let { doc } = parsed;
  if (findings.push(...parserFindings(doc, file, t, at)), findings.some((f) => f.severity === "error")) return unlocated();
  let stop = checkTree(doc, file, t, at, findings);
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
  let tooDeep = flowNestingOverflow(text, MAX_DEPTH * 4);
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
function parserFindings(doc, file, t, at) {
  let findings = [];
  for (let e of doc.errors) {
    let pos = e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : at(e.pos[0]);
    findings.push({
      rule: e.code === "DUPLICATE_KEY" ? "yaml.duplicate-key" : "yaml.syntax",
      severity: "error",
      file,
      ...pos,
      message: yamlErrorMessage(e.code, e.message, t)
    });
  }
  for (let w of doc.warnings) {
    let pos = w.linePos?.[0] ? { line: w.linePos[0].line, column: w.linePos[0].col } : at(w.pos[0]), unknownTag = w.code === "TAG_RESOLVE_FAILED";
    findings.push({
      rule: "yaml.syntax",
      severity: unknownTag ? "error" : "warning",
      file,
      ...pos,
      message: unknownTag ? t["yaml.unknown-tag"]({ detail: firstLine(w.message) }) : t["yaml.warning"]({ detail: firstLine(w.message) })
    });
  }
  return findings;
}
function checkTree(doc, file, t, at, findings) {
  let aliases = 0, stack = [
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
      isPair(item) ? (checkKey(item.key, keys, file, t, at, findings), stack.push({ node: item.value, depth: depth + 1 })) : stack.push({ node: item, depth: depth + 1 });
  }
}
function checkKey(key, keys, file, t, at, findings) {
  let pos = () => at(key?.range?.[0] ?? 0);
  if (key && !isScalar(key)) {
    findings.push({ rule: "yaml.syntax", severity: "error", file, ...pos(), message: t["yaml.complex-key"]() });
    return;
  }
  if (isScalar(key)) {
    if (keys) {
      let name = String(key.value);
      keys.has(name) && findings.push({
        rule: "yaml.duplicate-key",
        severity: "error",
        file,
        ...pos(),
        message: t["yaml.duplicate-key"]()
      }), keys.add(name);
    }
    typeof key.value == "string" && FORBIDDEN_KEYS.has(key.value) && findings.push({
      rule: "yaml.forbidden-key",
      severity: "error",
      file,
      ...pos(),
      message: t["yaml.forbidden-key"]({ key: String(key.value) })
    });
  }
}
function nodeIndex(doc, at) {
  let pairIndex = /* @__PURE__ */ new WeakMap(), pairOf = (map3, seg) => {
    let index = pairIndex.get(map3);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (let p of map3.items)
        isScalar(p.key) && !index.has(String(p.key.value)) && index.set(String(p.key.value), { key: p.key, value: p.value ?? null });
      pairIndex.set(map3, index);
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
  let anchors = /* @__PURE__ */ new Set(), found;
  return visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source))
          return found = node, visit.BREAK;
      } else node.anchor && anchors.add(node.anchor);
    }
  }), found;
}
function firstLine(message2) {
  return message2.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
}
function yamlErrorMessage(code2, raw, t) {
  let detail = firstLine(raw);
  switch (code2) {
    case "DUPLICATE_KEY":
      return t["yaml.duplicate-key"]();
    case "TAB_AS_INDENT":
      return t["yaml.tab-indent"]();
    case "MULTIPLE_DOCS":
      return t["yaml.multiple-documents"]();
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return t["yaml.indentation"]({ detail });
    default:
      return t["yaml.syntax"]({ detail });
  }
}

// src/time/local-time-problem.ts
function localTimeProblem(t, field, text, zone) {
  let r = readTime(text, zone);
  if (!(!("problem" in r) || r.problem === "form"))
    return r.problem === "gap" ? t["time.gap"]({ field, text, zone, from: r.from, to: r.to, date: text.slice(0, 10) }) : t["time.ambiguous"]({
      field,
      text,
      zone,
      earlier: withOffset(r.earlier, zone),
      later: withOffset(r.later, zone)
    });
}

// src/document/schema-compile.ts
var factories = /* @__PURE__ */ new Map(), validators = /* @__PURE__ */ new Map();
function registerValidator(id, make) {
  factories.set(id, make);
}
function compileValidator(schema6) {
  let fn = validators.get(schema6.$id);
  if (fn) return fn;
  let make = factories.get(schema6.$id);
  if (!make) throw new Error(`no precompiled validator for ${schema6.$id}: import its schema file, and rebuild (npm run build) after adding a schema`);
  return validators.set(schema6.$id, fn = make()), fn;
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

// schemas/config.schema.json
var schema5 = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/config.schema.json","title":"upgrade-gate policy configuration \xB7 \u7B56\u7565\u914D\u7F6E","description":"The policy that upgrade-gate enforces, read from .github/upgrade-gate.yml on the base branch. Every key has a default except roles.\\n\\nupgrade-gate \u6267\u884C\u7684\u7B56\u7565\uFF0C\u4ECE\u57FA\u7840\u5206\u652F\u7684 .github/upgrade-gate.yml \u8BFB\u53D6\u3002\u9664 roles \u5916\u6BCF\u9879\u90FD\u6709\u9ED8\u8BA4\u503C\u3002","type":"object","additionalProperties":false,"properties":{"documents":{"title":"Document glob \xB7 \u6587\u6863\u8DEF\u5F84","description":"Glob (relative to the repository root) of the upgrade documents. Default: upgrades/**/*.{yaml,yml}.\\n\\n\u5347\u7EA7\u6587\u6863\u7684 glob\uFF08\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002\u9ED8\u8BA4\uFF1Aupgrades/**/*.{yaml,yml}\u3002","type":"string","minLength":1,"default":"upgrades/**/*.{yaml,yml}"},"time-zone":{"title":"Policy time zone \xB7 \u7B56\u7565\u65F6\u533A","description":"Canonical IANA time zone (Area/City) in which weekdays, windows and freezes are read. Default: Asia/Shanghai. Abbreviations and old aliases (CST, EST, IST, PRC, UTC+8, Asia/Chongqing) are refused with the name meant.\\n\\n\u5224\u65AD\u661F\u671F\u3001\u5347\u7EA7\u65F6\u95F4\u548C\u5C01\u7248\u671F\u6240\u7528\u7684 IANA \u65F6\u533A\uFF08\u5730\u533A/\u57CE\u5E02\uFF09\u3002\u9ED8\u8BA4\uFF1AAsia/Shanghai\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002CST\u3001EST\u3001IST\u3001PRC\u3001UTC+8\u3001Asia/Chongqing \u7B49\u7F29\u5199\u548C\u65E7\u540D\u4F1A\u88AB\u62D2\u7EDD\uFF0C\u5E76\u63D0\u793A\u5E94\u5199\u7684\u540D\u79F0\u3002","type":"string","minLength":1,"default":"Asia/Shanghai","examples":["Asia/Shanghai","Europe/Berlin"]},"merge-days":{"title":"Production merge days \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5","description":"Weekdays on which production upgrades may merge and run. Default: thursday.\\n\\n\u5141\u8BB8\u5408\u5E76\u5E76\u6267\u884C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Athursday\uFF08\u5468\u56DB\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/weekday"},"default":["thursday"]},"gray-test-day":{"title":"Gray test day \xB7 \u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u65E5","description":"Weekday on which the gray environment test is done as a rule. Default: tuesday.\\n\\n\u539F\u5219\u4E0A\u8FDB\u884C\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Atuesday\uFF08\u5468\u4E8C\uFF09\u3002","$ref":"#/$defs/weekday","default":"tuesday"},"notice-hours":{"title":"Notice lead time \xB7 \u901A\u77E5\u63D0\u524D\u91CF","description":"Hours between the all-staff notice and the window start, at least. Default: 12 (half a day).\\n\\n\u5168\u5458\u901A\u77E5\u81F3\u5C11\u8981\u6BD4\u5347\u7EA7\u5F00\u59CB\u63D0\u524D\u591A\u5C11\u5C0F\u65F6\u3002\u9ED8\u8BA4\uFF1A12\uFF08\u534A\u5929\uFF09\u3002","type":"number","minimum":0,"maximum":720,"default":12},"merge-window":{"title":"Merge tied to the document's window \xB7 \u5408\u5E76\u4E0E\u5347\u7EA7\u7A97\u53E3\u7ED1\u5B9A","description":"Under GitOps the merge is the deploy. day (default): a production upgrade merges on the local day (policy time zone) its window starts and not after window.end, so a window across midnight stays open past it; window: only between window.start and window.end; off: only the merge days and freezes apply. Several documents in one pull request need an instant all their windows allow. true and false are the older spellings of window and off.\\n\\nGitOps \u4E0B\u5408\u5E76\u5373\u4E0A\u7EBF\u3002day\uFF08\u9ED8\u8BA4\uFF09\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u53EA\u80FD\u5728\u5176\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u7684\u5F53\u5929\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5408\u5E76\uFF0C\u4E14\u4E0D\u665A\u4E8E window.end\uFF0C\u8DE8\u5348\u591C\u7684\u7A97\u53E3\u5728\u96F6\u70B9\u4E4B\u540E\u4ECD\u7136\u6709\u6548\uFF1Bwindow\uFF1A\u53EA\u80FD\u5728 window.start \u4E0E window.end \u4E4B\u95F4\u5408\u5E76\uFF1Boff\uFF1A\u53EA\u6309\u5347\u7EA7\u65E5\u548C\u5C01\u7248\u671F\u5224\u65AD\u3002\u4E00\u4E2A PR \u542B\u591A\u4EFD\u6587\u6863\u65F6\uFF0C\u5408\u5E76\u65F6\u523B\u987B\u540C\u65F6\u843D\u5728\u6240\u6709\u6587\u6863\u5141\u8BB8\u7684\u65F6\u95F4\u5185\u3002true \u548C false \u662F window \u548C off \u7684\u65E7\u5199\u6CD5\u3002","enum":["day","window","off",true,false],"default":"day"},"freezes":{"title":"Freeze periods \xB7 \u5C01\u7248\u671F","description":"Periods in which no regular production upgrade merges, e.g. national holidays: inclusive dates in the policy time zone, or exact times (RFC 3339, or local times in the policy zone).\\n\\n\u4E0D\u5408\u5E76\u5E38\u89C4\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\uFF0C\u5982\u56FD\u5E86\u3001\u6625\u8282\uFF1A\u5199\u65E5\u671F\uFF08\u542B\u9996\u5C3E\u4E24\u5929\uFF0C\u6309\u7B56\u7565\u65F6\u533A\uFF09\u6216\u7CBE\u786E\u65F6\u95F4\uFF08RFC 3339\uFF0C\u6216\u7B56\u7565\u65F6\u533A\u7684\u672C\u5730\u65F6\u95F4\uFF09\u3002","type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["name","from","to"],"properties":{"name":{"title":"Name \xB7 \u540D\u79F0","description":"What the freeze is for.\\n\\n\u5C01\u7248\u7684\u539F\u56E0\u3002","type":"string","minLength":1,"examples":["National Day"]},"from":{"title":"First day \xB7 \u5F00\u59CB","description":"First frozen day, e.g. 2026-10-01 (from 00:00 in the policy time zone), or the moment the freeze starts, e.g. 2026-09-30T18:00.\\n\\n\u5C01\u7248\u7B2C\u4E00\u5929\uFF0C\u5982 2026-10-01\uFF08\u7B56\u7565\u65F6\u533A 00:00 \u8D77\uFF09\uFF0C\u6216\u5C01\u7248\u5F00\u59CB\u7684\u65F6\u523B\uFF0C\u5982 2026-09-30T18:00\u3002","type":"string","format":"date-or-local-date-time","examples":["2026-10-01","2026-09-30T18:00"]},"to":{"title":"Last day \xB7 \u7ED3\u675F","description":"Last frozen day (inclusive), e.g. 2026-10-07, or the moment the freeze ends, e.g. 2026-10-08T09:00.\\n\\n\u5C01\u7248\u6700\u540E\u4E00\u5929\uFF08\u542B\u5F53\u5929\uFF09\uFF0C\u5982 2026-10-07\uFF0C\u6216\u5C01\u7248\u7ED3\u675F\u7684\u65F6\u523B\uFF0C\u5982 2026-10-08T09:00\u3002","type":"string","format":"date-or-local-date-time","examples":["2026-10-07","2026-10-08T09:00"]}}}},"roles":{"title":"Approval roles \xB7 \u5BA1\u6279\u89D2\u8272","description":"The roles whose approval a production upgrade needs, in the order the approval form lists them. The measures (4.3) name two: center-lead (the R&D center lead) and general-office (the General Manager's Office). Any other role id needs a title in English and Chinese. For each upgrade document, every role is signed by a code owner of that document's path in the base branch's CODEOWNERS, through an owner entry listed under the role's owners.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9700\u8981\u5176\u5BA1\u6279\u7684\u89D2\u8272\uFF0C\u6309\u5BA1\u6279\u5355\u4E0A\u7684\u987A\u5E8F\u6392\u5217\u3002\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3 \u89C4\u5B9A\u4E24\u4E2A\uFF1Acenter-lead\uFF08\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\uFF09\u548C general-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF09\uFF1B\u5176\u4ED6\u89D2\u8272\u987B\u5199\u660E\u4E2D\u82F1\u6587\u540D\u79F0\u3002\u6BCF\u4EFD\u5347\u7EA7\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\uFF0C\u90FD\u987B\u7531\u57FA\u7840\u5206\u652F CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF0C\u901A\u8FC7\u8BE5\u89D2\u8272 owners \u4E2D\u5217\u51FA\u7684\u6761\u76EE\u5BA1\u6279\u3002","type":"object","minProperties":1,"propertyNames":{"description":"A role id: lower-case letters, digits and dashes, starting with a letter\\n\\n\u89D2\u8272 id\uFF1A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/role"},"examples":[{"center-lead":{"owners":["@acme/rd-center-leads"]},"general-office":{"owners":["@acme/gm-office"]}}]},"stale-exempt":{"title":"Changes that leave approvals standing \xB7 \u4E0D\u5F71\u54CD\u5BA1\u6279\u7684\u53D8\u66F4","description":"Globs of paths whose change after an approval does not make it stale. Default: none: any change to the pull request's files (documents, manifests such as deploy/**/values.yaml, anything) voids the approvals of earlier commits.\\n\\n\u5BA1\u6279\u4E4B\u540E\u4FEE\u6539\u4E5F\u4E0D\u4F1A\u8BA9\u5BA1\u6279\u5931\u6548\u7684\u8DEF\u5F84\uFF08glob\uFF09\u3002\u9ED8\u8BA4\uFF1A\u65E0\uFF0C\u5373\u5BA1\u6279\u4E4B\u540E PR \u4E2D\u4EFB\u4F55\u6587\u4EF6\u7684\u53D8\u66F4\uFF08\u6587\u6863\u3001deploy/**/values.yaml \u4E4B\u7C7B\u7684\u6E05\u5355\u3001\u4EFB\u4F55\u6587\u4EF6\uFF09\u90FD\u4F1A\u8BA9\u4E4B\u524D\u63D0\u4EA4\u4E0A\u7684\u5BA1\u6279\u5931\u6548\u3002","type":"array","default":[],"items":{"type":"string","minLength":1},"examples":[["docs/**/*.md"]]},"teams":{"title":"Team members \xB7 \u56E2\u961F\u6210\u5458","description":"Members of CODEOWNERS teams, for a token that cannot read teams (the workflow's GITHUB_TOKEN): each team as written in CODEOWNERS (@org/team-slug), with the GitHub logins of its members. A listed team is never looked up through the API; a team of a role that is neither listed here nor readable by the token is a configuration error.\\n\\nCODEOWNERS \u56E2\u961F\u7684\u6210\u5458\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\uFF08\u5DE5\u4F5C\u6D41\u81EA\u5E26\u7684 GITHUB_TOKEN\uFF09\u4F7F\u7528\uFF1A\u6309 CODEOWNERS \u4E2D\u7684\u5199\u6CD5\uFF08@org/team-slug\uFF09\u5217\u51FA\u6BCF\u4E2A\u56E2\u961F\u53CA\u5176\u6210\u5458\u7684 GitHub \u8D26\u53F7\u3002\u5217\u51FA\u7684\u56E2\u961F\u4E0D\u518D\u901A\u8FC7 API \u67E5\u8BE2\uFF1B\u65E2\u672A\u5217\u51FA\u3001\u4EE4\u724C\u4E5F\u65E0\u6CD5\u8BFB\u53D6\u7684\u89D2\u8272\u56E2\u961F\u662F\u914D\u7F6E\u9519\u8BEF\u3002","type":"object","default":{},"propertyNames":{"pattern":"^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"},"additionalProperties":{"type":"array","items":{"description":"A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail\\n\\nGitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002","type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"}},"examples":[{"@acme/finance-center-lead":["wang-finance"],"@acme/sales-center-lead":["zhao-sales"]}]},"policy-owner":{"title":"Owner of the policy files \xB7 \u7B56\u7565\u6587\u4EF6\u8D1F\u8D23\u89D2\u8272","description":"The role (an id under roles) whose approval a pull request needs when it changes a policy file: this configuration, CODEOWNERS, the workflows under .github/workflows/ and the paths under policy-files. The approval counts as the upgrade approvals do: a member of one of the role's owner entries, not the author or a committer of the pull request, on the exact change, before the merge. Default: general-office (the General Manager's Office, which issues the measures).\\n\\n\u4FEE\u6539\u7B56\u7565\u6587\u4EF6\u7684 PR \u9700\u8981\u5176\u6279\u51C6\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\u3002\u7B56\u7565\u6587\u4EF6\u5305\u62EC\uFF1A\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS\u3001.github/workflows/ \u4E0B\u7684\u5DE5\u4F5C\u6D41\uFF0C\u4EE5\u53CA policy-files \u4E2D\u5217\u51FA\u7684\u8DEF\u5F84\u3002\u6279\u51C6\u7684\u8BA1\u7B97\u65B9\u5F0F\u4E0E\u5347\u7EA7\u5BA1\u6279\u76F8\u540C\uFF1A\u987B\u662F\u8BE5\u89D2\u8272\u67D0\u4E2A\u6240\u6709\u8005\u6761\u76EE\u7684\u6210\u5458\uFF0C\u4E0D\u80FD\u662F PR \u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF0C\u6279\u51C6\u7684\u987B\u662F\u5F53\u524D\u8FD9\u6B21\u53D8\u66F4\uFF0C\u4E14\u5728\u5408\u5E76\u4E4B\u524D\u3002\u9ED8\u8BA4\uFF1Ageneral-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u5236\u8BA2\u90E8\u95E8\uFF09\u3002","type":"string","pattern":"^[a-z][a-z0-9-]*$","default":"general-office","examples":["general-office"]},"policy-files":{"title":"More policy files \xB7 \u5176\u4ED6\u7B56\u7565\u6587\u4EF6","description":"Globs of further paths that are policy files (on top of this configuration, CODEOWNERS and .github/workflows/**): a pull request that changes one needs the approval of the policy-owner role. Default: none.\\n\\n\u9664\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS \u548C .github/workflows/** \u4E4B\u5916\uFF0C\u4E5F\u7B97\u4F5C\u7B56\u7565\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF1A\u4FEE\u6539\u8FD9\u4E9B\u6587\u4EF6\u7684 PR \u9700\u8981 policy-owner \u89D2\u8272\u6279\u51C6\u3002\u9ED8\u8BA4\uFF1A\u65E0\u3002","type":"array","default":[],"items":{"type":"string","minLength":1},"examples":[["deploy/production/policy/**"]]},"allow-same-approver-for-roles":{"title":"One person may sign for several roles \xB7 \u4E00\u4EBA\u53EF\u517C\u4EFB\u591A\u4E2A\u5BA1\u6279\u89D2\u8272","description":"When true, one approval may satisfy several roles. Default: false (the seed needs two signatures).\\n\\n\u4E3A true \u65F6\uFF0C\u4E00\u4E2A\u4EBA\u7684\u6279\u51C6\u53EF\u4EE5\u540C\u65F6\u6EE1\u8DB3\u591A\u4E2A\u89D2\u8272\u3002\u9ED8\u8BA4\uFF1Afalse\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u8981\u6C42\u4E24\u4E2A\u4EBA\u7B7E\u5B57\uFF09\u3002","type":"boolean","default":false},"emergency":{"title":"Emergency upgrades \xB7 \u7D27\u6025\u5347\u7EA7","description":"The label that marks an emergency upgrade PR and how many emergencies a calendar month may have.\\n\\n\u6807\u8BB0\u7D27\u6025\u5347\u7EA7 PR \u7684\u6807\u7B7E\uFF0C\u4EE5\u53CA\u6BCF\u4E2A\u81EA\u7136\u6708\u5141\u8BB8\u51E0\u6B21\u7D27\u6025\u5347\u7EA7\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"label":{"title":"Label \xB7 \u6807\u7B7E","description":"PR label that asks for the emergency bypass of the day rule. Default: emergency.\\n\\n\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u3001\u4E0D\u53D7\u5347\u7EA7\u65E5\u9650\u5236\u7684 PR \u6807\u7B7E\u3002\u9ED8\u8BA4\uFF1Aemergency\u3002","type":"string","minLength":1,"default":"emergency"},"monthly-budget":{"title":"Monthly budget \xB7 \u6BCF\u6708\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u4E0A\u9650","description":"Emergency upgrades allowed per calendar month (policy time zone). Default: 2.\\n\\n\u6BCF\u4E2A\u81EA\u7136\u6708\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5141\u8BB8\u7684\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u3002\u9ED8\u8BA4\uFF1A2\u3002","type":"integer","minimum":0,"default":2},"budget-severity":{"title":"Budget severity \xB7 \u8D85\u51FA\u4E0A\u9650\u7684\u7EA7\u522B","description":"error or warning when the budget is exceeded. Default: error.\\n\\n\u8D85\u51FA\u6BCF\u6708\u4E0A\u9650\u65F6\u6309 error\uFF08\u9519\u8BEF\uFF09\u8FD8\u662F warning\uFF08\u8B66\u544A\uFF09\u5904\u7406\u3002\u9ED8\u8BA4\uFF1Aerror\u3002","enum":["error","warning"],"default":"error"},"min-justification-length":{"title":"Minimum justification length \xB7 \u7406\u7531\u6700\u77ED\u957F\u5EA6","description":"Characters the justification needs at least (a CJK character counts as two). Default: 30.\\n\\n\u7D27\u6025\u5347\u7EA7\u7406\u7531\u81F3\u5C11\u8981\u6709\u591A\u5C11\u4E2A\u5B57\u7B26\uFF08\u4E00\u4E2A\u6C49\u5B57\u7B97\u4E24\u4E2A\u5B57\u7B26\uFF09\u3002\u9ED8\u8BA4\uFF1A30\u3002","type":"integer","minimum":1,"default":30},"applied-by":{"title":"Who may apply the label \xB7 \u53EF\u6DFB\u52A0\u6807\u7B7E\u7684\u89D2\u8272","description":"The roles (ids under roles) whose members may apply the emergency label; who applied it is read from the pull request's events at evaluation time, and the PR author never counts. Default: [general-office] (the General Manager's Office, measures 4.3).\\n\\n\u5176\u6210\u5458\u53EF\u4EE5\u6DFB\u52A0\u7D27\u6025\u5347\u7EA7\u6807\u7B7E\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\uFF1B\u68C0\u67E5\u65F6\u4ECE PR \u7684\u4E8B\u4EF6\u4E2D\u8BFB\u53D6\u662F\u8C01\u6DFB\u52A0\u7684\u6807\u7B7E\uFF0CPR \u4F5C\u8005\u672C\u4EBA\u6DFB\u52A0\u7684\u4E00\u5F8B\u65E0\u6548\u3002\u9ED8\u8BA4\uFF1A[general-office]\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"default":["general-office"]}}},"archive":{"title":"Archive \xB7 \u5347\u7EA7\u6863\u6848","description":"Where merged upgrades are recorded for audit.\\n\\n\u5408\u5E76\u540E\u7684\u5347\u7EA7\u8BB0\u5F55\u5B58\u653E\u5728\u54EA\u91CC\uFF0C\u4EE5\u5907\u5BA1\u8BA1\u548C\u68C0\u67E5\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"folder":{"title":"Folder \xB7 \u76EE\u5F55","description":"Folder of the archive records. Default: archive.\\n\\n\u5347\u7EA7\u6863\u6848\u8BB0\u5F55\u6240\u5728\u7684\u76EE\u5F55\u3002\u9ED8\u8BA4\uFF1Aarchive\u3002","type":"string","minLength":1,"default":"archive"},"branch":{"title":"Branch \xB7 \u5206\u652F","description":"Branch the records are committed to. Default: the PR's base branch.\\n\\n\u5347\u7EA7\u6863\u6848\u63D0\u4EA4\u5230\u54EA\u4E2A\u5206\u652F\u3002\u9ED8\u8BA4\uFF1APR \u7684\u57FA\u7840\u5206\u652F\u3002","type":"string","minLength":1},"writer":{"title":"Writer \xB7 \u5199\u5165\u8005","description":"The GitHub login that commits the archive: github-actions[bot] with GITHUB_TOKEN (default), or your App's bot (my-app[bot]) with an App installation token. verify fails for any commit in the archive's history by anyone else.\\n\\n\u63D0\u4EA4\u5347\u7EA7\u6863\u6848\u7684 GitHub \u8D26\u53F7\uFF1A\u4F7F\u7528 GITHUB_TOKEN \u65F6\u4E3A github-actions[bot]\uFF08\u9ED8\u8BA4\uFF09\uFF0C\u4F7F\u7528 App \u5B89\u88C5\u4EE4\u724C\u65F6\u4E3A\u8BE5 App \u7684\u673A\u5668\u4EBA\u8D26\u53F7\uFF08my-app[bot]\uFF09\u3002\u6863\u6848\u5386\u53F2\u4E2D\u4EFB\u4F55\u5176\u4ED6\u4EBA\u7684\u63D0\u4EA4\u90FD\u4F1A\u4F7F verify \u5931\u8D25\u3002","type":"string","minLength":1,"maxLength":100,"default":"github-actions[bot]"},"backfill-days":{"title":"Backfill look-back (days) \xB7 \u8865\u5F55\u56DE\u6EAF\u5929\u6570","description":"How far back the scheduled run looks for merged upgrade PRs without a record; it archives them as backfilled, in merge order. Default: 90.\\n\\n\u5B9A\u65F6\u8FD0\u884C\u5411\u524D\u67E5\u627E\u591A\u5C11\u5929\u5185\u5DF2\u5408\u5E76\u4F46\u6CA1\u6709\u6863\u6848\u8BB0\u5F55\u7684\u5347\u7EA7 PR\uFF0C\u5E76\u6309\u5408\u5E76\u987A\u5E8F\u8865\u5F55\uFF08\u6807\u8BB0\u4E3A backfilled\uFF09\u3002\u9ED8\u8BA4\uFF1A90\u3002","type":"integer","minimum":1,"maximum":3650,"default":90}}},"outcome":{"title":"Upgrade outcomes \xB7 \u5347\u7EA7\u7ED3\u679C","description":"When a merged upgrade without a recorded outcome (/upgrade-result on the PR, measures 4.6) is reported as pending, and when it becomes an audit finding.\\n\\n\u5408\u5E76\u540E\u7684\u5347\u7EA7\u672A\u8BB0\u5F55\u7ED3\u679C\uFF08\u5728 PR \u4E0A\u8BC4\u8BBA /upgrade-result\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u65F6\uFF0C\u4F55\u65F6\u5217\u4E3A\u5F85\u8BB0\u5F55\uFF0C\u4F55\u65F6\u6210\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"pending-hours":{"title":"Pending after hours \xB7 \u5F85\u8BB0\u5F55\u65F6\u9650\uFF08\u5C0F\u65F6\uFF09","description":"Hours after the merge after which scheduled runs and report list an upgrade without an outcome as pending. Default: 24.\\n\\n\u5408\u5E76\u540E\u8D85\u8FC7\u591A\u5C11\u5C0F\u65F6\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0C\u5B9A\u65F6\u8FD0\u884C\u548C report \u4F1A\u628A\u5B83\u5217\u4E3A\u5F85\u8BB0\u5F55\u3002\u9ED8\u8BA4\uFF1A24\u3002","type":"number","exclusiveMinimum":0,"default":24},"overdue-days":{"title":"Audit finding after days \xB7 \u5BA1\u8BA1\u95EE\u9898\u65F6\u9650\uFF08\u5929\uFF09","description":"Days after the window's end after which a missing outcome is an audit finding in report. Default: 7.\\n\\n\u5347\u7EA7\u65F6\u95F4\u7ED3\u675F\u540E\u8D85\u8FC7\u591A\u5C11\u5929\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0Creport \u4F1A\u5217\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002\u9ED8\u8BA4\uFF1A7\u3002","type":"number","exclusiveMinimum":0,"default":7}}},"status-context":{"title":"Status context \xB7 \u72B6\u6001\u540D\u79F0","description":"Context name of the commit status that branch protection requires. Default: upgrade-gate.\\n\\n\u5206\u652F\u4FDD\u62A4\u8981\u6C42\u7684\u63D0\u4EA4\u72B6\u6001\uFF08commit status\uFF09\u7684\u540D\u79F0\u3002\u9ED8\u8BA4\uFF1Aupgrade-gate\u3002","type":"string","minLength":1,"default":"upgrade-gate"},"language":{"title":"Language of messages \xB7 \u63D0\u793A\u8BED\u8A00","description":"Language of every message upgrade-gate writes: findings, status, comment, job summary and log. en or zh-CN. The Action input language and the CLI option --lang override it. Default: en.\\n\\nupgrade-gate \u6240\u5199\u5185\u5BB9\u7684\u8BED\u8A00\uFF1A\u95EE\u9898\u3001\u72B6\u6001\u3001\u8BC4\u8BBA\u3001\u4EFB\u52A1\u6458\u8981\u548C\u65E5\u5FD7\u3002en \u6216 zh-CN\u3002Action \u7684 language \u8F93\u5165\u548C CLI \u7684 --lang \u9009\u9879\u4F18\u5148\u4E8E\u6B64\u5904\u3002\u9ED8\u8BA4\uFF1Aen\u3002","enum":["en","zh-CN"],"default":"en"},"rules":{"title":"Rule severities \xB7 \u89C4\u5219\u7EA7\u522B","description":"Override the severity of a rule by its id: error, warning, notice or off.\\n\\n\u6309\u89C4\u5219\u7F16\u53F7\u8C03\u6574\u7EA7\u522B\uFF1Aerror\u3001warning\u3001notice \u6216 off\u3002","type":"object","default":{},"propertyNames":{"pattern":"^[a-z-]+(\\\\.[a-z-]+)*$"},"additionalProperties":{"enum":["error","warning","notice","off"]}}},"$defs":{"weekday":{"enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]},"role":{"type":"object","additionalProperties":false,"required":["owners"],"properties":{"title":{"title":"Title \xB7 \u540D\u79F0","description":"The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.\\n\\n\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002","type":"object","additionalProperties":false,"properties":{"en":{"description":"The role's name in English.\\n\\n\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["R&D center lead"]},"zh":{"description":"The role's name in Chinese.\\n\\n\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"]}}},"owners":{"title":"CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005","description":"Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.\\n\\n\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002","type":"array","minItems":1,"items":{"description":"A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces\\n\\nCODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002","type":"string","pattern":"^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$","examples":["@acme/rd-center-leads"]},"examples":[["@acme/rd-center-leads"]]},"members":{"title":"Explicit members \xB7 \u6210\u5458\u8D26\u53F7","description":"GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.\\n\\n\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002","type":"array","items":{"description":"A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail\\n\\nGitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002","type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$","examples":["han-meimei"]},"examples":[["li-lei"]]}}}}}`);
registerValidator(schema5.$id, () => {
  let module = { exports: {} };
  module.exports = validate0, module.exports.default = validate0;
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

upgrade-gate \u6240\u5199\u5185\u5BB9\u7684\u8BED\u8A00\uFF1A\u95EE\u9898\u3001\u72B6\u6001\u3001\u8BC4\u8BBA\u3001\u4EFB\u52A1\u6458\u8981\u548C\u65E5\u5FD7\u3002en \u6216 zh-CN\u3002Action \u7684 language \u8F93\u5165\u548C CLI \u7684 --lang \u9009\u9879\u4F18\u5148\u4E8E\u6B64\u5904\u3002\u9ED8\u8BA4\uFF1Aen\u3002`, enum: ["en", "zh-CN"], default: "en" }, rules: { title: "Rule severities \xB7 \u89C4\u5219\u7EA7\u522B", description: `Override the severity of a rule by its id: error, warning, notice or off.

\u6309\u89C4\u5219\u7F16\u53F7\u8C03\u6574\u7EA7\u522B\uFF1Aerror\u3001warning\u3001notice \u6216 off\u3002`, type: "object", default: {}, propertyNames: { pattern: "^[a-z-]+(\\.[a-z-]+)*$" }, additionalProperties: { enum: ["error", "warning", "notice", "off"] } } }, $defs: { weekday: { enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, role: { type: "object", additionalProperties: !1, required: ["owners"], properties: { title: { title: "Title \xB7 \u540D\u79F0", description: `The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.

\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002`, type: "object", additionalProperties: !1, properties: { en: { description: `The role's name in English.

\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["R&D center lead"] }, zh: { description: `The role's name in Chinese.

\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"] } } }, owners: { title: "CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005", description: `Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.

\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002`, type: "array", minItems: 1, items: { description: `A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces

CODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002`, type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", examples: ["@acme/rd-center-leads"] }, examples: [["@acme/rd-center-leads"]] }, members: { title: "Explicit members \xB7 \u6210\u5458\u8D26\u53F7", description: `GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.

\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002`, type: "array", items: { description: `A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail

GitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002`, type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", examples: ["han-meimei"] }, examples: [["li-lei"]] } } } } }, schema1 = { enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, schema32 = { type: "object", additionalProperties: !1, required: ["owners"], properties: { title: { title: "Title \xB7 \u540D\u79F0", description: `The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.

\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002`, type: "object", additionalProperties: !1, properties: { en: { description: `The role's name in English.

\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["R&D center lead"] }, zh: { description: `The role's name in Chinese.

\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002`, type: "string", minLength: 1, examples: ["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"] } } }, owners: { title: "CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005", description: `Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.

\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002`, type: "array", minItems: 1, items: { description: `A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces

CODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002`, type: "string", pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", examples: ["@acme/rd-center-leads"] }, examples: [["@acme/rd-center-leads"]] }, members: { title: "Explicit members \xB7 \u6210\u5458\u8D26\u53F7", description: `GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.

\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002`, type: "array", items: { description: `A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail

GitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002`, type: "string", pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", examples: ["han-meimei"] }, examples: [["li-lei"]] } } }, func0 = Object.prototype.hasOwnProperty, func1 = require_ucs2length().default, func3 = require_equal().default, formats0 = schemaFormats["date-or-local-date-time"], pattern0 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u"), pattern1 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", "u"), pattern2 = new RegExp("^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", "u"), pattern3 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$", "u"), pattern5 = new RegExp("^[a-z][a-z0-9-]*$", "u"), pattern7 = new RegExp("^[a-z-]+(\\.[a-z-]+)*$", "u");
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
                let err29 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/role/required", keyword: "required", params: { missingProperty: "owners" }, message: "must have required property 'owners'", schema: schema32.required, parentSchema: schema32, data: data13 };
                vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
              }
              for (let key4 in data13)
                if (!(key4 === "title" || key4 === "owners" || key4 === "members")) {
                  let err30 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/role/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema32, data: data13 };
                  vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                }
              if (data13.title !== void 0) {
                let data14 = data13.title;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  for (let key5 in data14)
                    if (!(key5 === "en" || key5 === "zh")) {
                      let err31 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/$defs/role/properties/title/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema32.properties.title, data: data14 };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                  if (data14.en !== void 0) {
                    let data15 = data14.en;
                    if (typeof data15 == "string") {
                      if (func1(data15) < 1) {
                        let err32 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/en", schemaPath: "#/$defs/role/properties/title/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.title.properties.en, data: data15 };
                        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                      }
                    } else {
                      let err33 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/en", schemaPath: "#/$defs/role/properties/title/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.properties.en.type, parentSchema: schema32.properties.title.properties.en, data: data15 };
                      vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                    }
                  }
                  if (data14.zh !== void 0) {
                    let data16 = data14.zh;
                    if (typeof data16 == "string") {
                      if (func1(data16) < 1) {
                        let err34 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/zh", schemaPath: "#/$defs/role/properties/title/properties/zh/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.title.properties.zh, data: data16 };
                        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                      }
                    } else {
                      let err35 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title/zh", schemaPath: "#/$defs/role/properties/title/properties/zh/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.title.properties.zh.type, parentSchema: schema32.properties.title.properties.zh, data: data16 };
                      vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                    }
                  }
                } else {
                  let err36 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/$defs/role/properties/title/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.properties.title.type, parentSchema: schema32.properties.title, data: data14 };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
              }
              if (data13.owners !== void 0) {
                let data17 = data13.owners;
                if (Array.isArray(data17)) {
                  if (data17.length < 1) {
                    let err37 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners", schemaPath: "#/$defs/role/properties/owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32.properties.owners, data: data17 };
                    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                  }
                  let len2 = data17.length;
                  for (let i3 = 0; i3 < len2; i3++) {
                    let data18 = data17[i3];
                    if (typeof data18 == "string") {
                      if (!pattern1.test(data18)) {
                        let err38 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i3, schemaPath: "#/$defs/role/properties/owners/items/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$", parentSchema: schema32.properties.owners.items, data: data18 };
                        vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                      }
                    } else {
                      let err39 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners/" + i3, schemaPath: "#/$defs/role/properties/owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.owners.items.type, parentSchema: schema32.properties.owners.items, data: data18 };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                  }
                } else {
                  let err40 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/owners", schemaPath: "#/$defs/role/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.owners.type, parentSchema: schema32.properties.owners, data: data17 };
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
                        let err41 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i4, schemaPath: "#/$defs/role/properties/members/items/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"', schema: "^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$", parentSchema: schema32.properties.members.items, data: data20 };
                        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                      }
                    } else {
                      let err42 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/members/" + i4, schemaPath: "#/$defs/role/properties/members/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.members.items.type, parentSchema: schema32.properties.members.items, data: data20 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                  }
                } else {
                  let err43 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", schemaPath: "#/$defs/role/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.members.type, parentSchema: schema32.properties.members, data: data19 };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
              }
            } else {
              let err44 = { instancePath: instancePath + "/roles/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/role/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data13 };
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
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var config_schema_default = schema5;

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
var CJK = /[\u3400-\u9fff]/;
function describeNode(node) {
  let paragraphs = (node?.description ?? "").split(/\n\n+/).filter(Boolean), [enTitle, zhTitle] = (node?.title ?? "").split(" \xB7 "), en = paragraphs.filter((p) => !CJK.test(p)).join(" ") || enTitle || "", zh = paragraphs.filter((p) => CJK.test(p)).join("") || zhTitle || "";
  return {
    en: en.replace(/\.$/, "").replace(/^[A-Z](?=[a-z]*[\s,.])/, (c) => c.toLowerCase()),
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
  let extra = e.params.additionalProperty, known = Object.keys(parent?.properties ?? {}), lower = known.find((k) => k !== extra && k.toLowerCase() === extra.toLowerCase());
  return { message: lower ? t["schema.recased"]({ field: pathName([...path, extra]), lower }) : t["schema.unknown-field"]({
    field: pathName([...path, extra]),
    parent: field,
    root,
    guess: didYouMean(extra, known),
    known
  }), path: [...path, extra], key: !0 };
}, wrongType = ({ e, path, field, parent, raw, actual, t }) => {
  let expected = e.params.type, want = Array.isArray(expected) ? expected.join(" or ") : expected, quote = want === "string" && (typeof raw == "number" || typeof raw == "boolean") ? String(raw) : void 0;
  return { message: t["schema.type"]({ field, want, actual, quote, example: exampleValue(parent) }), path };
}, notAllowed = ({ e, path, field, raw, actual, t }) => {
  let allowed = e.params.allowedValues.map(String);
  return {
    message: t["schema.enum"]({
      field,
      actual,
      guess: typeof raw == "string" ? didYouMean(raw, allowed) : void 0,
      allowed
    }),
    path
  };
}, badPattern = ({ e, path, field, parent, actual, t }) => {
  let key = e.propertyName;
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
    format: ({ e, path, field, parent, actual, t }) => ({
      message: t["schema.format"]({
        field,
        actual,
        format: e.params.format,
        example: exampleValue(parent)
      }),
      path
    }),
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
    let extra = e.params.additionalProperty, known = Object.keys(e.parentSchema?.properties ?? {}).find(
      (k) => k !== extra && k.toLowerCase() === extra.toLowerCase()
    );
    known && recased.add(`${e.instancePath}/${known}`);
  }
  return recased;
}
function schemaFindings(errors, source, file, rule = "schema", root = "document", t = messages()) {
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
        file,
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
    out.push({ rule, severity: "error", message: described.message, file, ...pos });
  }
  return out;
}

// src/document/schema-validator.ts
var compiled = /* @__PURE__ */ new Map();
function validatorFor(schema6) {
  let fn = compiled.get(schema6);
  return fn || (fn = compileValidator(schema6), compiled.set(schema6, fn)), fn;
}
function schemaErrors(schema6, value) {
  let fn = validatorFor(schema6);
  return fn(value) ? [] : [...fn.errors ?? []];
}

// src/document/source-text.ts
var MAX_DOCUMENT_BYTES = 1024 * 1024;
function tooLargeFinding(size, file, t = messages()) {
  return {
    rule: "yaml.too-large",
    severity: "error",
    file,
    line: 1,
    column: 1,
    message: t["yaml.file-too-large"]({ bytes: size, max: MAX_DOCUMENT_BYTES })
  };
}
function decodeSource(bytes, file, t = messages()) {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { finding: tooLargeFinding(bytes.byteLength, file, t) };
  if (isUtf16(bytes))
    return {
      finding: { rule: "yaml.encoding", severity: "error", file, line: 1, column: 1, message: t["yaml.utf16"]() }
    };
  try {
    return { text: new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !1 }).decode(bytes) };
  } catch {
    let lossy = new TextDecoder("utf-8", { fatal: !1 }).decode(bytes), at = lossy.indexOf("\uFFFD"), before = lossy.slice(0, Math.max(at, 0)), line = before.split(`
`).length, column = at - before.lastIndexOf(`
`);
    return { finding: { rule: "yaml.encoding", severity: "error", file, line, column, message: t["yaml.encoding"]() } };
  }
}
function isUtf16(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255))
    return !0;
  let n = Math.min(bytes.length, 64) & -2;
  if (n < 8) return !1;
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2)
    bytes[i] === 0 && evenNul++, bytes[i + 1] === 0 && oddNul++;
  return Math.max(evenNul, oddNul) >= n / 2 * 0.9 && Math.min(evenNul, oddNul) === 0;
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
function isKnownTimeZone(zone) {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }), zone.length > 0;
  } catch {
    return !1;
  }
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
function loadConfig(input, file = CONFIG_PATH, language, checks = []) {
  let base = defaultConfig();
  if (language && (base.language = language), input === void 0) return { config: base, findings: [] };
  let decoded = typeof input == "string" ? { text: input } : decodeSource(input, file, messages(language));
  if (decoded.text === void 0) return { config: base, findings: [retag(decoded.finding)] };
  let reading = language ?? (/^language[ \t]*[:\uFF1A][ \t\u3000]*["']?zh-CN\b/m.test(decoded.text) ? "zh-CN" : void 0), source = parseYamlSource(decoded.text, file, messages(reading)), findings = source.findings.map(retag);
  if (findings.some((f) => f.severity === "error")) return { config: base, findings };
  let raw = source.value ?? {}, asked = raw.language;
  !language && (asked === "en" || asked === "zh-CN") && (base.language = asked);
  let t = messages(base.language), errors = schemaErrors(config_schema_default, raw);
  if (findings.push(...schemaFindings(errors, source, file, "config", "config", t)), errors.length > 0) return { config: base, findings };
  let config = withDefaults(base, raw);
  findings.push(...timeFindings(config, source, file, t)), findings.push(...roleFindings(config, source, file));
  for (let check of checks) findings.push(...check(config, source, file));
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
function timeFindings(config, source, file, t) {
  let zone = config["time-zone"], zoneAdvice = adviseTimeZone(zone);
  if (zoneAdvice)
    return [
      {
        rule: "config",
        severity: "error",
        file,
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
        file,
        ...source.locate(["freezes", i, k]),
        message: problem
      }), "instant" in r ? r.instant : void 0;
    });
    ends[0] && ends[1] && ends[0] >= ends[1] && findings.push({
      rule: "config",
      severity: "error",
      file,
      ...source.locate(["freezes", i, "to"]),
      message: t["config.freeze-order"]({ index: i, name: f.name, from: f.from, to: f.to })
    });
  }), findings;
}
function zoneMessage(t, zone, a) {
  return a.why === "abbreviation" ? t["config.time-zone-abbreviation"]({ zone, database: a.database, meant: a.meant, others: a.others }) : a.why === "alias" ? t["config.time-zone-alias"]({ zone, meant: a.meant }) : a.why === "offset" ? t["config.time-zone-offset"]({ zone, meant: a.meant }) : t["config.time-zone"]({ zone, meant: a.meant });
}
function requireRoles(config, file = CONFIG_PATH) {
  return config.roles ? { roles: config.roles } : {
    finding: {
      rule: "config",
      severity: "error",
      file,
      line: 1,
      column: 1,
      message: messages(config.language)["config.roles"]({ file })
    }
  };
}
function roleFindings(config, source, file) {
  let t = messages(config.language), out = [];
  for (let [id, role] of Object.entries(config.roles ?? {})) {
    !MEASURES_ROLE_IDS.includes(id) && (!role.title?.en || !role.title?.zh) && out.push({
      rule: "config",
      severity: "error",
      file,
      ...source.locateKey(["roles", id]),
      message: t["config.role-title"]({ role: id })
    });
    let teams = role.owners.filter((o) => o.includes("/"));
    role.members && role.members.length > 0 && teams.length > 1 && out.push({
      rule: "config",
      severity: "error",
      file,
      ...source.locateKey(["roles", id, "members"]),
      message: t["config.role-members-teams"]({ role: id, teams: teams.join(", ") })
    });
  }
  let owner = config["policy-owner"];
  return source.value?.["policy-owner"] !== void 0 && config.roles && !config.roles[owner] && out.push({
    rule: "config",
    severity: "error",
    file,
    ...source.locate(["policy-owner"]),
    message: t["config.policy-owner"]({ role: owner, roles: Object.keys(config.roles).join(", ") })
  }), out;
}
function retag(f) {
  return { ...f, rule: "config" };
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
var formatters2 = /* @__PURE__ */ new Map(), dayStarts2 = /* @__PURE__ */ new Map();
function formatterOf(zone) {
  let f = formatters2.get(zone);
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
  }), formatters2.set(zone, f)), f;
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
  return { date: format(local, "yyyy-MM-dd"), day: WEEKDAYS[local.getDay()], time: format(local, "HH:mm") };
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

export {
  registerValidator,
  TZDate,
  format,
  isValidDate,
  readTime,
  toInstant,
  startOfDateInZone,
  readDateOrTime,
  schemaFormats,
  require_ucs2length,
  require_equal,
  didYouMean,
  schemaFindings,
  schemaErrors,
  MAX_DOCUMENT_BYTES,
  tooLargeFinding,
  decodeSource,
  parseYamlSource,
  localTimeProblem,
  MEASURES_ROLE_IDS,
  roleIds,
  mergeWindowMode,
  CONFIG_PATH,
  loadConfig,
  requireRoles,
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
