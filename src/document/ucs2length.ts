// A string's length in Unicode code points, as JSON Schema's minLength and maxLength count it: the
// count ajv's own runtime helper gives, for every string. The built bundles' precompiled validators
// use this one (scripts/precompiled-schemas.mjs): verify checks ten thousand records' strings, most
// of them kilobytes of text without a single surrogate, and a native scan answers those at once.
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Code points in a string, a surrogate pair counting once and a lone surrogate once (ajv's ucs2length). */
export function ucs2length(str: string): number {
  // Only a high surrogate followed by a low one makes the count differ from the UTF-16 length.
  if (!HIGH_SURROGATE.test(str)) return str.length;
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
