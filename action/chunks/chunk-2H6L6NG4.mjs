import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  messages
} from "./chunk-QPKTFHVX.mjs";
import {
  PLAUSIBLE_YEARS,
  adviseTimeZone,
  readDateOrTime,
  registerValidator,
  schemaErrors,
  schemaFormats,
  ucs2length,
  withOffset
} from "./chunk-LM64RRIG.mjs";
import {
  __commonJS
} from "./chunk-Y25UFXLR.mjs";

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
    let re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
    for (; match = re.exec(mark.buffer); )
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
  }, schema = Schema2, schema;
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
import { createRequire } from "node:module";
var library, here = import.meta.url, file = /\/(chunks|commands)\/[^/]*$/.test(here) ? "../chunks/yaml-library.cjs" : "./chunks/yaml-library.cjs";
function yamlLibrary() {
  return library ??= createRequire(here)(file);
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
  resolve: (data) => INT_12.some((re) => re.test(data)),
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
  let findings = [], split, lines = () => split ??= text.split(`
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

// schemas/config.schema.json
var schema2 = JSON.parse(`{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://upgrade-gate.dev/schemas/config.schema.json","title":"upgrade-gate policy configuration \xB7 \u7B56\u7565\u914D\u7F6E","description":"The policy that upgrade-gate enforces, read from .github/upgrade-gate.yml on the base branch. Every key has a default except roles.\\n\\nupgrade-gate \u6267\u884C\u7684\u7B56\u7565\uFF0C\u4ECE\u57FA\u7840\u5206\u652F\u7684 .github/upgrade-gate.yml \u8BFB\u53D6\u3002\u9664 roles \u5916\u6BCF\u9879\u90FD\u6709\u9ED8\u8BA4\u503C\u3002","type":"object","additionalProperties":false,"properties":{"documents":{"title":"Document glob \xB7 \u6587\u6863\u8DEF\u5F84","description":"Glob (relative to the repository root) of the upgrade documents. Default: upgrades/**/*.{yaml,yml}.\\n\\n\u5347\u7EA7\u6587\u6863\u7684 glob\uFF08\u76F8\u5BF9\u4E8E\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u3002\u9ED8\u8BA4\uFF1Aupgrades/**/*.{yaml,yml}\u3002","type":"string","minLength":1,"default":"upgrades/**/*.{yaml,yml}"},"time-zone":{"title":"Policy time zone \xB7 \u7B56\u7565\u65F6\u533A","description":"Canonical IANA time zone (Area/City) in which weekdays, windows and freezes are read. Default: Asia/Shanghai. Abbreviations and old aliases (CST, EST, IST, PRC, UTC+8, Asia/Chongqing) are refused with the name meant.\\n\\n\u5224\u65AD\u661F\u671F\u3001\u5347\u7EA7\u65F6\u95F4\u548C\u5C01\u7248\u671F\u6240\u7528\u7684 IANA \u65F6\u533A\uFF08\u5730\u533A/\u57CE\u5E02\uFF09\u3002\u9ED8\u8BA4\uFF1AAsia/Shanghai\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09\u3002CST\u3001EST\u3001IST\u3001PRC\u3001UTC+8\u3001Asia/Chongqing \u7B49\u7F29\u5199\u548C\u65E7\u540D\u4F1A\u88AB\u62D2\u7EDD\uFF0C\u5E76\u63D0\u793A\u5E94\u5199\u7684\u540D\u79F0\u3002","type":"string","minLength":1,"default":"Asia/Shanghai","examples":["Asia/Shanghai","Europe/Berlin"]},"merge-days":{"title":"Production merge days \xB7 \u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5","description":"Weekdays on which production upgrades may merge and run. Default: thursday.\\n\\n\u5141\u8BB8\u5408\u5E76\u5E76\u6267\u884C\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Athursday\uFF08\u5468\u56DB\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/$defs/weekday"},"default":["thursday"]},"gray-test-day":{"title":"Gray test day \xB7 \u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u65E5","description":"Weekday on which the gray environment test is done as a rule. Default: tuesday.\\n\\n\u539F\u5219\u4E0A\u8FDB\u884C\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\u7684\u661F\u671F\u3002\u9ED8\u8BA4\uFF1Atuesday\uFF08\u5468\u4E8C\uFF09\u3002","$ref":"#/$defs/weekday","default":"tuesday"},"notice-hours":{"title":"Notice lead time \xB7 \u901A\u77E5\u63D0\u524D\u91CF","description":"Hours between the all-staff notice and the window start, at least. Default: 12 (half a day).\\n\\n\u5168\u5458\u901A\u77E5\u81F3\u5C11\u8981\u6BD4\u5347\u7EA7\u5F00\u59CB\u63D0\u524D\u591A\u5C11\u5C0F\u65F6\u3002\u9ED8\u8BA4\uFF1A12\uFF08\u534A\u5929\uFF09\u3002","type":"number","minimum":0,"maximum":720,"default":12},"merge-window":{"title":"Merge tied to the document's window \xB7 \u5408\u5E76\u4E0E\u5347\u7EA7\u7A97\u53E3\u7ED1\u5B9A","description":"Under GitOps the merge is the deploy. day (default): a production upgrade merges on the local day (policy time zone) its window starts and not after window.end, so a window across midnight stays open past it; window: only between window.start and window.end; off: only the merge days and freezes apply. Several documents in one pull request need an instant all their windows allow. true and false are the older spellings of window and off.\\n\\nGitOps \u4E0B\u5408\u5E76\u5373\u4E0A\u7EBF\u3002day\uFF08\u9ED8\u8BA4\uFF09\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u53EA\u80FD\u5728\u5176\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u7684\u5F53\u5929\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5408\u5E76\uFF0C\u4E14\u4E0D\u665A\u4E8E window.end\uFF0C\u8DE8\u5348\u591C\u7684\u7A97\u53E3\u5728\u96F6\u70B9\u4E4B\u540E\u4ECD\u7136\u6709\u6548\uFF1Bwindow\uFF1A\u53EA\u80FD\u5728 window.start \u4E0E window.end \u4E4B\u95F4\u5408\u5E76\uFF1Boff\uFF1A\u53EA\u6309\u5347\u7EA7\u65E5\u548C\u5C01\u7248\u671F\u5224\u65AD\u3002\u4E00\u4E2A PR \u542B\u591A\u4EFD\u6587\u6863\u65F6\uFF0C\u5408\u5E76\u65F6\u523B\u987B\u540C\u65F6\u843D\u5728\u6240\u6709\u6587\u6863\u5141\u8BB8\u7684\u65F6\u95F4\u5185\u3002true \u548C false \u662F window \u548C off \u7684\u65E7\u5199\u6CD5\u3002","enum":["day","window","off",true,false],"default":"day"},"freezes":{"title":"Freeze periods \xB7 \u5C01\u7248\u671F","description":"Periods in which no regular production upgrade merges, e.g. national holidays: inclusive dates in the policy time zone, or exact times (RFC 3339, or local times in the policy zone).\\n\\n\u4E0D\u5408\u5E76\u5E38\u89C4\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u7684\u65F6\u95F4\u6BB5\uFF0C\u5982\u56FD\u5E86\u3001\u6625\u8282\uFF1A\u5199\u65E5\u671F\uFF08\u542B\u9996\u5C3E\u4E24\u5929\uFF0C\u6309\u7B56\u7565\u65F6\u533A\uFF09\u6216\u7CBE\u786E\u65F6\u95F4\uFF08RFC 3339\uFF0C\u6216\u7B56\u7565\u65F6\u533A\u7684\u672C\u5730\u65F6\u95F4\uFF09\u3002","type":"array","default":[],"items":{"type":"object","additionalProperties":false,"required":["name","from","to"],"properties":{"name":{"title":"Name \xB7 \u540D\u79F0","description":"What the freeze is for.\\n\\n\u5C01\u7248\u7684\u539F\u56E0\u3002","type":"string","minLength":1,"examples":["National Day"]},"from":{"title":"First day \xB7 \u5F00\u59CB","description":"First frozen day, e.g. 2026-10-01 (from 00:00 in the policy time zone), or the moment the freeze starts, e.g. 2026-09-30T18:00.\\n\\n\u5C01\u7248\u7B2C\u4E00\u5929\uFF0C\u5982 2026-10-01\uFF08\u7B56\u7565\u65F6\u533A 00:00 \u8D77\uFF09\uFF0C\u6216\u5C01\u7248\u5F00\u59CB\u7684\u65F6\u523B\uFF0C\u5982 2026-09-30T18:00\u3002","type":"string","format":"date-or-local-date-time","examples":["2026-10-01","2026-09-30T18:00"]},"to":{"title":"Last day \xB7 \u7ED3\u675F","description":"Last frozen day (inclusive), e.g. 2026-10-07, or the moment the freeze ends, e.g. 2026-10-08T09:00.\\n\\n\u5C01\u7248\u6700\u540E\u4E00\u5929\uFF08\u542B\u5F53\u5929\uFF09\uFF0C\u5982 2026-10-07\uFF0C\u6216\u5C01\u7248\u7ED3\u675F\u7684\u65F6\u523B\uFF0C\u5982 2026-10-08T09:00\u3002","type":"string","format":"date-or-local-date-time","examples":["2026-10-07","2026-10-08T09:00"]}}}},"roles":{"title":"Approval roles \xB7 \u5BA1\u6279\u89D2\u8272","description":"The roles whose approval a production upgrade needs, in the order the approval form lists them. The measures (4.3) name two: center-lead (the R&D center lead) and general-office (the General Manager's Office). Any other role id needs a title in English and Chinese. For each upgrade document, every role is signed by a code owner of that document's path in the base branch's CODEOWNERS, through an owner entry listed under the role's owners.\\n\\n\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u9700\u8981\u5176\u5BA1\u6279\u7684\u89D2\u8272\uFF0C\u6309\u5BA1\u6279\u5355\u4E0A\u7684\u987A\u5E8F\u6392\u5217\u3002\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3 \u89C4\u5B9A\u4E24\u4E2A\uFF1Acenter-lead\uFF08\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\uFF09\u548C general-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF09\uFF1B\u5176\u4ED6\u89D2\u8272\u987B\u5199\u660E\u4E2D\u82F1\u6587\u540D\u79F0\u3002\u6BCF\u4EFD\u5347\u7EA7\u6587\u6863\u7684\u6BCF\u4E2A\u89D2\u8272\uFF0C\u90FD\u987B\u7531\u57FA\u7840\u5206\u652F CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF0C\u901A\u8FC7\u8BE5\u89D2\u8272 owners \u4E2D\u5217\u51FA\u7684\u6761\u76EE\u5BA1\u6279\u3002","type":"object","minProperties":1,"propertyNames":{"description":"A role id: lower-case letters, digits and dashes, starting with a letter\\n\\n\u89D2\u8272 id\uFF1A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934","pattern":"^[a-z][a-z0-9-]{0,39}$"},"additionalProperties":{"$ref":"#/$defs/role"},"examples":[{"center-lead":{"owners":["@acme/rd-center-leads"]},"general-office":{"owners":["@acme/gm-office"]}}]},"stale-exempt":{"title":"Changes that leave approvals standing \xB7 \u4E0D\u5F71\u54CD\u5BA1\u6279\u7684\u53D8\u66F4","description":"Globs of paths whose change after an approval does not make it stale. Default: none: any change to the pull request's files (documents, manifests such as deploy/**/values.yaml, anything) voids the approvals of earlier commits.\\n\\n\u5BA1\u6279\u4E4B\u540E\u4FEE\u6539\u4E5F\u4E0D\u4F1A\u8BA9\u5BA1\u6279\u5931\u6548\u7684\u8DEF\u5F84\uFF08glob\uFF09\u3002\u9ED8\u8BA4\uFF1A\u65E0\uFF0C\u5373\u5BA1\u6279\u4E4B\u540E PR \u4E2D\u4EFB\u4F55\u6587\u4EF6\u7684\u53D8\u66F4\uFF08\u6587\u6863\u3001deploy/**/values.yaml \u4E4B\u7C7B\u7684\u6E05\u5355\u3001\u4EFB\u4F55\u6587\u4EF6\uFF09\u90FD\u4F1A\u8BA9\u4E4B\u524D\u63D0\u4EA4\u4E0A\u7684\u5BA1\u6279\u5931\u6548\u3002","type":"array","default":[],"items":{"type":"string","minLength":1},"examples":[["docs/**/*.md"]]},"teams":{"title":"Team members \xB7 \u56E2\u961F\u6210\u5458","description":"Members of CODEOWNERS teams, for a token that cannot read teams (the workflow's GITHUB_TOKEN): each team as written in CODEOWNERS (@org/team-slug), with the GitHub logins of its members. A listed team is never looked up through the API; a team of a role that is neither listed here nor readable by the token is a configuration error.\\n\\nCODEOWNERS \u56E2\u961F\u7684\u6210\u5458\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\uFF08\u5DE5\u4F5C\u6D41\u81EA\u5E26\u7684 GITHUB_TOKEN\uFF09\u4F7F\u7528\uFF1A\u6309 CODEOWNERS \u4E2D\u7684\u5199\u6CD5\uFF08@org/team-slug\uFF09\u5217\u51FA\u6BCF\u4E2A\u56E2\u961F\u53CA\u5176\u6210\u5458\u7684 GitHub \u8D26\u53F7\u3002\u5217\u51FA\u7684\u56E2\u961F\u4E0D\u518D\u901A\u8FC7 API \u67E5\u8BE2\uFF1B\u65E2\u672A\u5217\u51FA\u3001\u4EE4\u724C\u4E5F\u65E0\u6CD5\u8BFB\u53D6\u7684\u89D2\u8272\u56E2\u961F\u662F\u914D\u7F6E\u9519\u8BEF\u3002","type":"object","default":{},"propertyNames":{"pattern":"^@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$"},"additionalProperties":{"type":"array","items":{"description":"A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail\\n\\nGitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002","type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$"}},"examples":[{"@acme/finance-center-lead":["wang-finance"],"@acme/sales-center-lead":["zhao-sales"]}]},"policy-owner":{"title":"Owner of the policy files \xB7 \u7B56\u7565\u6587\u4EF6\u8D1F\u8D23\u89D2\u8272","description":"The role (an id under roles) whose approval a pull request needs when it changes a policy file: this configuration, CODEOWNERS, the workflows under .github/workflows/ and the paths under policy-files. The approval counts as the upgrade approvals do: a member of one of the role's owner entries, not the author or a committer of the pull request, on the exact change, before the merge. Default: general-office (the General Manager's Office, which issues the measures).\\n\\n\u4FEE\u6539\u7B56\u7565\u6587\u4EF6\u7684 PR \u9700\u8981\u5176\u6279\u51C6\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\u3002\u7B56\u7565\u6587\u4EF6\u5305\u62EC\uFF1A\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS\u3001.github/workflows/ \u4E0B\u7684\u5DE5\u4F5C\u6D41\uFF0C\u4EE5\u53CA policy-files \u4E2D\u5217\u51FA\u7684\u8DEF\u5F84\u3002\u6279\u51C6\u7684\u8BA1\u7B97\u65B9\u5F0F\u4E0E\u5347\u7EA7\u5BA1\u6279\u76F8\u540C\uFF1A\u987B\u662F\u8BE5\u89D2\u8272\u67D0\u4E2A\u6240\u6709\u8005\u6761\u76EE\u7684\u6210\u5458\uFF0C\u4E0D\u80FD\u662F PR \u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF0C\u6279\u51C6\u7684\u987B\u662F\u5F53\u524D\u8FD9\u6B21\u53D8\u66F4\uFF0C\u4E14\u5728\u5408\u5E76\u4E4B\u524D\u3002\u9ED8\u8BA4\uFF1Ageneral-office\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u7684\u5236\u8BA2\u90E8\u95E8\uFF09\u3002","type":"string","pattern":"^[a-z][a-z0-9-]*$","default":"general-office","examples":["general-office"]},"policy-files":{"title":"More policy files \xB7 \u5176\u4ED6\u7B56\u7565\u6587\u4EF6","description":"Globs of further paths that are policy files (on top of this configuration, CODEOWNERS and .github/workflows/**): a pull request that changes one needs the approval of the policy-owner role. Default: none.\\n\\n\u9664\u672C\u914D\u7F6E\u6587\u4EF6\u3001CODEOWNERS \u548C .github/workflows/** \u4E4B\u5916\uFF0C\u4E5F\u7B97\u4F5C\u7B56\u7565\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08glob\uFF09\uFF1A\u4FEE\u6539\u8FD9\u4E9B\u6587\u4EF6\u7684 PR \u9700\u8981 policy-owner \u89D2\u8272\u6279\u51C6\u3002\u9ED8\u8BA4\uFF1A\u65E0\u3002","type":"array","default":[],"items":{"type":"string","minLength":1},"examples":[["deploy/production/policy/**"]]},"allow-same-approver-for-roles":{"title":"One person may sign for several roles \xB7 \u4E00\u4EBA\u53EF\u517C\u4EFB\u591A\u4E2A\u5BA1\u6279\u89D2\u8272","description":"When true, one approval may satisfy several roles. Default: false (the seed needs two signatures).\\n\\n\u4E3A true \u65F6\uFF0C\u4E00\u4E2A\u4EBA\u7684\u6279\u51C6\u53EF\u4EE5\u540C\u65F6\u6EE1\u8DB3\u591A\u4E2A\u89D2\u8272\u3002\u9ED8\u8BA4\uFF1Afalse\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u8981\u6C42\u4E24\u4E2A\u4EBA\u7B7E\u5B57\uFF09\u3002","type":"boolean","default":false},"emergency":{"title":"Emergency upgrades \xB7 \u7D27\u6025\u5347\u7EA7","description":"The label that marks an emergency upgrade PR and how many emergencies a calendar month may have.\\n\\n\u6807\u8BB0\u7D27\u6025\u5347\u7EA7 PR \u7684\u6807\u7B7E\uFF0C\u4EE5\u53CA\u6BCF\u4E2A\u81EA\u7136\u6708\u5141\u8BB8\u51E0\u6B21\u7D27\u6025\u5347\u7EA7\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"label":{"title":"Label \xB7 \u6807\u7B7E","description":"PR label that asks for the emergency bypass of the day rule. Default: emergency.\\n\\n\u7533\u8BF7\u7D27\u6025\u5347\u7EA7\u3001\u4E0D\u53D7\u5347\u7EA7\u65E5\u9650\u5236\u7684 PR \u6807\u7B7E\u3002\u9ED8\u8BA4\uFF1Aemergency\u3002","type":"string","minLength":1,"default":"emergency"},"monthly-budget":{"title":"Monthly budget \xB7 \u6BCF\u6708\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u4E0A\u9650","description":"Emergency upgrades allowed per calendar month (policy time zone). Default: 2.\\n\\n\u6BCF\u4E2A\u81EA\u7136\u6708\uFF08\u6309\u7B56\u7565\u65F6\u533A\uFF09\u5141\u8BB8\u7684\u7D27\u6025\u5347\u7EA7\u6B21\u6570\u3002\u9ED8\u8BA4\uFF1A2\u3002","type":"integer","minimum":0,"default":2},"budget-severity":{"title":"Budget severity \xB7 \u8D85\u51FA\u4E0A\u9650\u7684\u7EA7\u522B","description":"error or warning when the budget is exceeded. Default: error.\\n\\n\u8D85\u51FA\u6BCF\u6708\u4E0A\u9650\u65F6\u6309 error\uFF08\u9519\u8BEF\uFF09\u8FD8\u662F warning\uFF08\u8B66\u544A\uFF09\u5904\u7406\u3002\u9ED8\u8BA4\uFF1Aerror\u3002","enum":["error","warning"],"default":"error"},"min-justification-length":{"title":"Minimum justification length \xB7 \u7406\u7531\u6700\u77ED\u957F\u5EA6","description":"Characters the justification needs at least (a CJK character counts as two). Default: 30.\\n\\n\u7D27\u6025\u5347\u7EA7\u7406\u7531\u81F3\u5C11\u8981\u6709\u591A\u5C11\u4E2A\u5B57\u7B26\uFF08\u4E00\u4E2A\u6C49\u5B57\u7B97\u4E24\u4E2A\u5B57\u7B26\uFF09\u3002\u9ED8\u8BA4\uFF1A30\u3002","type":"integer","minimum":1,"default":30},"applied-by":{"title":"Who may apply the label \xB7 \u53EF\u6DFB\u52A0\u6807\u7B7E\u7684\u89D2\u8272","description":"The roles (ids under roles) whose members may apply the emergency label; who applied it is read from the pull request's events at evaluation time, and the PR author never counts. Default: [general-office] (the General Manager's Office, measures 4.3).\\n\\n\u5176\u6210\u5458\u53EF\u4EE5\u6DFB\u52A0\u7D27\u6025\u5347\u7EA7\u6807\u7B7E\u7684\u89D2\u8272\uFF08roles \u4E0B\u7684\u89D2\u8272 id\uFF09\uFF1B\u68C0\u67E5\u65F6\u4ECE PR \u7684\u4E8B\u4EF6\u4E2D\u8BFB\u53D6\u662F\u8C01\u6DFB\u52A0\u7684\u6807\u7B7E\uFF0CPR \u4F5C\u8005\u672C\u4EBA\u6DFB\u52A0\u7684\u4E00\u5F8B\u65E0\u6548\u3002\u9ED8\u8BA4\uFF1A[general-office]\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\u3002","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$"},"default":["general-office"]}}},"archive":{"title":"Archive \xB7 \u5347\u7EA7\u6863\u6848","description":"Where merged upgrades are recorded for audit.\\n\\n\u5408\u5E76\u540E\u7684\u5347\u7EA7\u8BB0\u5F55\u5B58\u653E\u5728\u54EA\u91CC\uFF0C\u4EE5\u5907\u5BA1\u8BA1\u548C\u68C0\u67E5\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"folder":{"title":"Folder \xB7 \u76EE\u5F55","description":"Folder of the archive records. Default: archive.\\n\\n\u5347\u7EA7\u6863\u6848\u8BB0\u5F55\u6240\u5728\u7684\u76EE\u5F55\u3002\u9ED8\u8BA4\uFF1Aarchive\u3002","type":"string","minLength":1,"default":"archive"},"branch":{"title":"Branch \xB7 \u5206\u652F","description":"Branch the records are committed to. Default: the PR's base branch.\\n\\n\u5347\u7EA7\u6863\u6848\u63D0\u4EA4\u5230\u54EA\u4E2A\u5206\u652F\u3002\u9ED8\u8BA4\uFF1APR \u7684\u57FA\u7840\u5206\u652F\u3002","type":"string","minLength":1},"writer":{"title":"Writer \xB7 \u5199\u5165\u8005","description":"The GitHub login that commits the archive: github-actions[bot] with GITHUB_TOKEN (default), or your App's bot (my-app[bot]) with an App installation token. verify fails for any commit in the archive's history by anyone else.\\n\\n\u63D0\u4EA4\u5347\u7EA7\u6863\u6848\u7684 GitHub \u8D26\u53F7\uFF1A\u4F7F\u7528 GITHUB_TOKEN \u65F6\u4E3A github-actions[bot]\uFF08\u9ED8\u8BA4\uFF09\uFF0C\u4F7F\u7528 App \u5B89\u88C5\u4EE4\u724C\u65F6\u4E3A\u8BE5 App \u7684\u673A\u5668\u4EBA\u8D26\u53F7\uFF08my-app[bot]\uFF09\u3002\u6863\u6848\u5386\u53F2\u4E2D\u4EFB\u4F55\u5176\u4ED6\u4EBA\u7684\u63D0\u4EA4\u90FD\u4F1A\u4F7F verify \u5931\u8D25\u3002","type":"string","minLength":1,"maxLength":100,"default":"github-actions[bot]"},"backfill-days":{"title":"Backfill look-back (days) \xB7 \u8865\u5F55\u56DE\u6EAF\u5929\u6570","description":"How far back the scheduled run looks for merged upgrade PRs without a record; it archives them as backfilled, in merge order. Default: 90.\\n\\n\u5B9A\u65F6\u8FD0\u884C\u5411\u524D\u67E5\u627E\u591A\u5C11\u5929\u5185\u5DF2\u5408\u5E76\u4F46\u6CA1\u6709\u6863\u6848\u8BB0\u5F55\u7684\u5347\u7EA7 PR\uFF0C\u5E76\u6309\u5408\u5E76\u987A\u5E8F\u8865\u5F55\uFF08\u6807\u8BB0\u4E3A backfilled\uFF09\u3002\u9ED8\u8BA4\uFF1A90\u3002","type":"integer","minimum":1,"maximum":3650,"default":90}}},"outcome":{"title":"Upgrade outcomes \xB7 \u5347\u7EA7\u7ED3\u679C","description":"When a merged upgrade without a recorded outcome (/upgrade-result on the PR, measures 4.6) is reported as pending, and when it becomes an audit finding.\\n\\n\u5408\u5E76\u540E\u7684\u5347\u7EA7\u672A\u8BB0\u5F55\u7ED3\u679C\uFF08\u5728 PR \u4E0A\u8BC4\u8BBA /upgrade-result\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u65F6\uFF0C\u4F55\u65F6\u5217\u4E3A\u5F85\u8BB0\u5F55\uFF0C\u4F55\u65F6\u6210\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002","type":"object","additionalProperties":false,"default":{},"properties":{"pending-hours":{"title":"Pending after hours \xB7 \u5F85\u8BB0\u5F55\u65F6\u9650\uFF08\u5C0F\u65F6\uFF09","description":"Hours after the merge after which scheduled runs and report list an upgrade without an outcome as pending. Default: 24.\\n\\n\u5408\u5E76\u540E\u8D85\u8FC7\u591A\u5C11\u5C0F\u65F6\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0C\u5B9A\u65F6\u8FD0\u884C\u548C report \u4F1A\u628A\u5B83\u5217\u4E3A\u5F85\u8BB0\u5F55\u3002\u9ED8\u8BA4\uFF1A24\u3002","type":"number","exclusiveMinimum":0,"default":24},"overdue-days":{"title":"Audit finding after days \xB7 \u5BA1\u8BA1\u95EE\u9898\u65F6\u9650\uFF08\u5929\uFF09","description":"Days after the window's end after which a missing outcome is an audit finding in report. Default: 7.\\n\\n\u5347\u7EA7\u65F6\u95F4\u7ED3\u675F\u540E\u8D85\u8FC7\u591A\u5C11\u5929\u4ECD\u65E0\u5347\u7EA7\u7ED3\u679C\uFF0Creport \u4F1A\u5217\u4E3A\u5BA1\u8BA1\u95EE\u9898\u3002\u9ED8\u8BA4\uFF1A7\u3002","type":"number","exclusiveMinimum":0,"default":7}}},"status-context":{"title":"Status context \xB7 \u72B6\u6001\u540D\u79F0","description":"Context name of the commit status that branch protection requires. Default: upgrade-gate.\\n\\n\u5206\u652F\u4FDD\u62A4\u8981\u6C42\u7684\u63D0\u4EA4\u72B6\u6001\uFF08commit status\uFF09\u7684\u540D\u79F0\u3002\u9ED8\u8BA4\uFF1Aupgrade-gate\u3002","type":"string","minLength":1,"default":"upgrade-gate"},"language":{"title":"Language of messages \xB7 \u63D0\u793A\u8BED\u8A00","description":"Language of every message upgrade-gate writes: findings, status, comment, job summary and log. en or zh-CN. The Action input language and the CLI option --lang override it. Default: en.\\n\\nupgrade-gate \u6240\u5199\u5185\u5BB9\u7684\u8BED\u8A00\uFF1A\u95EE\u9898\u3001\u72B6\u6001\u3001\u8BC4\u8BBA\u3001\u4EFB\u52A1\u6458\u8981\u548C\u65E5\u5FD7\u3002en\uFF08\u82F1\u6587\uFF0CEnglish\uFF09\u6216 zh-CN\uFF08\u4E2D\u6587\uFF0C\u7B80\u4F53\u4E2D\u6587\uFF09\u3002Action \u7684 language \u8F93\u5165\u548C CLI \u7684 --lang \u9009\u9879\u4F18\u5148\u4E8E\u6B64\u5904\u3002\u9ED8\u8BA4\uFF1Aen\u3002","enum":["en","zh-CN"],"default":"en"},"rules":{"title":"Rule severities \xB7 \u89C4\u5219\u7EA7\u522B","description":"Override the severity of a rule by its id: error, warning, notice or off.\\n\\n\u6309\u89C4\u5219\u7F16\u53F7\u8C03\u6574\u7EA7\u522B\uFF1Aerror\u3001warning\u3001notice \u6216 off\u3002","type":"object","default":{},"propertyNames":{"pattern":"^[a-z-]+(\\\\.[a-z-]+)*$"},"additionalProperties":{"enum":["error","warning","notice","off"]}}},"$defs":{"weekday":{"description":"A day of the week, in English.\\n\\n\u661F\u671F\uFF0C\u5199\u82F1\u6587\uFF1Amonday\uFF08\u5468\u4E00\uFF09\u3001tuesday\uFF08\u5468\u4E8C\uFF09\u3001wednesday\uFF08\u5468\u4E09\uFF09\u3001thursday\uFF08\u5468\u56DB\uFF09\u3001friday\uFF08\u5468\u4E94\uFF09\u3001saturday\uFF08\u5468\u516D\uFF09\u6216 sunday\uFF08\u5468\u65E5\uFF09\u3002","enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]},"role":{"type":"object","additionalProperties":false,"required":["owners"],"properties":{"title":{"title":"Title \xB7 \u540D\u79F0","description":"The role's name in English (en) and Chinese (zh, used for zh-CN), shown on the approval form, the comment and the records. Optional for center-lead and general-office (the measures' names), required for any other role.\\n\\n\u89D2\u8272\u5728\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF08zh \u7528\u4E8E zh-CN\uFF09\u3002center-lead \u548C general-office \u53EF\u7701\u7565\uFF08\u4F7F\u7528\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u4E2D\u7684\u540D\u79F0\uFF09\uFF0C\u5176\u4ED6\u89D2\u8272\u5FC5\u987B\u586B\u5199\u3002","type":"object","additionalProperties":false,"properties":{"en":{"description":"The role's name in English.\\n\\n\u89D2\u8272\u7684\u82F1\u6587\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["R&D center lead"]},"zh":{"description":"The role's name in Chinese.\\n\\n\u89D2\u8272\u7684\u4E2D\u6587\u540D\u79F0\u3002","type":"string","minLength":1,"examples":["\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA"]}}},"owners":{"title":"CODEOWNERS owners \xB7 \u4EE3\u7801\u6240\u6709\u8005","description":"Owners as written in CODEOWNERS (@user, @org/team) that stand for this role.\\n\\n\u4EE3\u8868\u8FD9\u4E2A\u89D2\u8272\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u6309 CODEOWNERS \u7684\u5199\u6CD5\uFF08@\u7528\u6237\u3001@\u7EC4\u7EC7/\u56E2\u961F\uFF09\u3002","type":"array","minItems":1,"items":{"description":"A CODEOWNERS owner written @org/team-slug (a team, as in the team's URL) or @username, with no spaces\\n\\nCODEOWNERS \u6240\u6709\u8005\uFF0C\u5199\u6210 @\u7EC4\u7EC7/\u56E2\u961F\u7B80\u79F0\uFF08\u56E2\u961F\u7F51\u5740\u4E2D\u7684\u90A3\u4E00\u6BB5\uFF09\u6216 @\u7528\u6237\u540D\uFF0C\u4E0D\u542B\u7A7A\u683C\u3002","type":"string","pattern":"^@[A-Za-z0-9][A-Za-z0-9-]*(/[A-Za-z0-9._-]+)?$","examples":["@acme/rd-center-leads"]},"examples":[["@acme/rd-center-leads"]]},"members":{"title":"Explicit members \xB7 \u6210\u5458\u8D26\u53F7","description":"GitHub logins of the members of this role's one team, for a token that cannot read teams (use teams: when the role's owners name several teams). A member still signs a document only where that document's CODEOWNERS line names the team.\\n\\n\u8BE5\u89D2\u8272\u552F\u4E00\u56E2\u961F\u7684\u6210\u5458\u8D26\u53F7\uFF0C\u4F9B\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\u7684\u4EE4\u724C\u4F7F\u7528\uFF08\u89D2\u8272\u7684 owners \u5305\u542B\u591A\u4E2A\u56E2\u961F\u65F6\uFF0C\u8BF7\u6539\u7528 teams:\uFF09\u3002\u6210\u5458\u4ECD\u53EA\u80FD\u5BA1\u6279 CODEOWNERS \u4E2D\u8BE5\u6587\u6863\u8DEF\u5F84\u5217\u51FA\u8BE5\u56E2\u961F\u7684\u6587\u6863\u3002","type":"array","items":{"description":"A GitHub login (letters, digits and dashes, up to 39 characters; the @ is optional), not a display name or e-mail\\n\\nGitHub \u8D26\u53F7\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u6700\u591A 39 \u4E2A\u5B57\u7B26\uFF1B@ \u53EF\u5199\u53EF\u4E0D\u5199\uFF09\uFF0C\u4E0D\u662F\u663E\u793A\u540D\u79F0\u6216\u90AE\u7BB1\u3002","type":"string","pattern":"^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}$","examples":["han-meimei"]},"examples":[["li-lei"]]}}}}}`);
registerValidator(schema2.$id, () => {
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
  return validate0.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 }, module.exports;
});
var config_schema_default = schema2;

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
  let paragraphs = (node?.description ?? "").split(/\n\n+/).filter(Boolean), [enTitle, zhTitle] = (node?.title ?? "").split(" \xB7 "), en = paragraphs.filter((p) => !CJK2.test(p)).join(" ") || enTitle || "", zh = paragraphs.filter((p) => CJK2.test(p)).join("") || zhTitle || "";
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
function requireRoles(config, file2 = CONFIG_PATH) {
  return config.roles ? { roles: config.roles } : {
    finding: {
      rule: "config",
      severity: "error",
      file: file2,
      line: 1,
      column: 1,
      message: messages(config.language)["config.roles"]({ file: file2 })
    }
  };
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

export {
  require_equal,
  didYouMean,
  schemaFindings,
  MAX_DOCUMENT_BYTES,
  tooLargeFinding,
  decodeSource,
  parseYamlSource,
  localTimeProblem,
  MEASURES_ROLE_IDS,
  roleIds,
  mergeWindowMode,
  loadConfig,
  requireRoles
};
