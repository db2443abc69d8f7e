import type { Finding } from '../messages/finding.js';
import type { Catalog } from '../messages/index.js';

// The characters a Chinese input method types where YAML needs ASCII: colon, ideographic and no-break
// space, full-width hyphen, comma and brackets, and the quotation marks “ ” ‘ ’ ＂ ＇.
const SUSPECT = /[\uFF1A\u3000\u00A0\uFF0D\uFF0C\uFF3B\u201C\u2018\uFF02\uFF07]/;
const SPACE = '[ \\t\\u3000\\u00A0]';
// Leading indentation, then any list markers ("- "), ASCII or full-width.
const LEAD = new RegExp(`^(${SPACE}*)((?:[-\\uFF0D]${SPACE}+)*)`);
// A key as documents write them (ASCII: the schemas' names), optionally quoted.
const KEY = /^(["']?)([A-Za-z_][\w.-]*)\1/;
// A short Chinese word at the head of a line, before a full-width colon ("系统：crm", "人员："): a key
// typed in Chinese with the Chinese colon. Only where no list marker is: "- 步骤一：登录" is an item's text.
const CHINESE_KEY = /^()([\u3400-\u9fff][\u3400-\u9fff\w]{0,15})(?=[ \u3000]*\uFF1A)/;
// A value that opens a block scalar (| or >), which makes the following deeper lines plain text.
const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/;
const QUOTES: Record<string, string> = {
  '\u201C': '\u201D',
  '\u2018': '\u2019',
  '\uFF02': '\uFF02',
  '\uFF07': '\uFF07',
};

type Hit = { column: number; message: string };
type Code = 'U+3000' | 'U+00A0';
const code = (c: string): Code => (c === '\u3000' ? 'U+3000' : 'U+00A0');

/**
 * Full-width characters that an input method types where YAML needs ASCII (the colon after a key,
 * spaces in indentation or after a colon, a list's dash, comma or brackets, quotation marks around a
 * value), each named at its own line and column (1-based, counted in characters): YAML would
 * otherwise read the line as something else and report a confusing error further down, or none.
 * Text inside block scalars (| and >) and comments is the writer's own and is left alone.
 */
export function fullWidthFindings(text: string, file: string, t: Catalog): Finding[] {
  if (!SUSPECT.test(text)) return [];
  const findings: Finding[] = [];
  // The column of the key whose block scalar the following lines belong to, while inside one.
  let block: number | undefined;
  text.split('\n').forEach((raw, i) => {
    // Keys and flow lists sit at the head of a line: looking at it keeps a megabyte-long line cheap.
    const line = raw.slice(0, 512).replace(/\r$/, '');
    const lead = LEAD.exec(line)!;
    const keyColumn = lead[0].length;
    if (block !== undefined) {
      if (line.trim() === '' || lead[1]!.length > block) return;
      block = undefined;
    }
    const hit = lineHit(line, lead, t);
    if (hit)
      findings.push({
        rule: 'yaml.full-width',
        severity: 'error',
        file,
        line: i + 1,
        column: hit.column,
        message: hit.message,
      });
    const rest = line.slice(keyColumn);
    const key = KEY.exec(rest);
    const value = key ? /^[ \t]*:[ \t]+(.*)$/.exec(rest.slice(key[0].length))?.[1] : lead[2] ? rest : undefined;
    if (value !== undefined && BLOCK_SCALAR.test(value)) block = key ? keyColumn : lead[1]!.length;
  });
  return findings;
}

/** The first full-width mistake on one line, if any. */
function lineHit(line: string, lead: RegExpExecArray, t: Catalog): Hit | undefined {
  if (!SUSPECT.test(line)) return undefined;
  const [whole, indent, markers] = lead as unknown as [string, string, string];
  if (line.slice(whole.length).startsWith('#')) return undefined;
  const odd = indent.search(/[\u3000\u00A0]/);
  if (odd >= 0) return { column: odd + 1, message: t['yaml.full-width-indent']({ code: code(indent[odd]!) }) };
  const dash = markers.indexOf('\uFF0D');
  if (dash >= 0) return { column: indent.length + dash + 1, message: t['yaml.full-width-dash']() };
  const markerSpace = markers.search(/[\u3000\u00A0]/);
  if (markerSpace >= 0)
    return {
      column: indent.length + markerSpace + 1,
      message: t['yaml.full-width-after-dash']({ code: code(markers[markerSpace]!) }),
    };

  const rest = line.slice(whole.length);
  const key = KEY.exec(rest) ?? (markers ? null : CHINESE_KEY.exec(rest));
  let valueAt = whole.length;
  if (key) {
    const after = rest.slice(key[0].length);
    const colon = /^[ \u3000]*\uFF1A/.exec(after);
    if (colon)
      return {
        column: whole.length + key[0].length + colon[0].length,
        message: t['yaml.full-width-colon']({ key: key[2]! }),
      };
    const ascii = /^[ \t]*:/.exec(after);
    if (!ascii) return undefined;
    const space = after.slice(ascii[0].length);
    const column = whole.length + key[0].length + ascii[0].length + 1;
    if (space[0] === '\u3000' || space[0] === '\u00A0')
      return { column, message: t['yaml.full-width-after-colon']({ code: code(space[0]) }) };
    valueAt = column - 1 + /^[ \t]*/.exec(space)![0].length;
  } else if (!markers) return undefined;
  return valueHit(line, valueAt, t);
}

/** Full-width brackets, commas or quotation marks where a value starts. */
function valueHit(line: string, at: number, t: Catalog): Hit | undefined {
  const value = line
    .slice(at)
    .replace(/[ \t]+#.*$/, '')
    .trimEnd();
  const first = value[0];
  if (first === '\uFF3B') return { column: at + 1, message: t['yaml.full-width-bracket']() };
  if (first === '[') {
    // The first full-width comma between the brackets, outside quotes: YAML reads both sides as one item.
    let quote = '';
    for (let i = 1; i < value.length; i++) {
      const c = value[i]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ']') return undefined;
      else if (c === '\uFF0C') return { column: at + i + 1, message: t['yaml.full-width-comma']() };
    }
    return undefined;
  }
  const close = first === undefined ? undefined : QUOTES[first];
  // Only marks around the whole value: “备份”和“回退” is text that quotes two words.
  if (close !== undefined && value.length > 1 && value.indexOf(close, 1) === value.length - 1) {
    return { column: at + 1, message: t['yaml.full-width-quotes']({ open: first!, close }) };
  }
  return undefined;
}
