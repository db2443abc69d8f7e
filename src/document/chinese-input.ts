// What people who write the documents in Chinese type where the schema wants an English id or an
// ISO date: the value they meant, read from the schema's own Chinese descriptions and titles, so a
// finding can say exactly what to write instead.

/** The parts of a schema node these readers use (a schema-findings SchemaNode). */
interface SchemaNode {
  title?: string;
  description?: string;
}

const CJK = /[\u3400-\u9fff]/;
// Spaces and the ways of naming a weekday (星期四, 礼拜四, 周四) do not change what a word means.
const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '')
    .replace(/星期|礼拜/g, '周')
    .replace(/周天/g, '周日');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each allowed value's Chinese names as the schema's Chinese description gives them: "regular（常规升级，…）" → 常规升级, …. */
function chineseNames(node: SchemaNode | undefined, allowed: string[]): Array<[string, string[]]> {
  const zh = (node?.description ?? '')
    .split(/\n\n+/)
    .filter((p) => CJK.test(p))
    .join('');
  return allowed.map((value) => {
    const m = new RegExp(`${escape(value)}（([^）]+)）`).exec(zh);
    return [
      value,
      (m?.[1] ?? '')
        .split(/[，、；]/)
        .map(normal)
        .filter(Boolean),
    ];
  });
}

/**
 * The allowed value a Chinese word stands for ("常规升级" → regular, "QQ群" → qq-group, "微信" → wechat,
 * "星期四" → thursday): the one with that Chinese name, else the only one whose name holds it or is held by it.
 */
export function valueFromChinese(raw: unknown, node: SchemaNode | undefined, allowed: string[]): string | undefined {
  if (typeof raw !== 'string' || !CJK.test(raw)) return undefined;
  const word = normal(raw);
  const names = chineseNames(node, allowed);
  const exact = names.filter(([, aliases]) => aliases.includes(word));
  if (exact.length === 1) return exact[0]![0];
  const near = names.filter(([, aliases]) =>
    aliases.some((name) => word.length >= 2 && (name.includes(word) || word.includes(name))),
  );
  return near.length === 1 ? near[0]![0] : undefined;
}

/** The field a Chinese key stands for, by the Chinese half of each field's title ("系统" → system, "回退方案" → rollback). */
export function keyFromChinese(key: string, properties: Record<string, SchemaNode> | undefined): string | undefined {
  if (!CJK.test(key)) return undefined;
  const word = normal(key).replace(/[:：]$/, '');
  const titled = Object.entries(properties ?? {}).map(([name, node]) => [
    name,
    normal(node.title?.split(' · ')[1] ?? ''),
  ]);
  const exact = titled.filter(([, zh]) => zh === word);
  if (exact.length === 1) return exact[0]![0];
  const near = titled.filter(([, zh]) => zh && word.length >= 2 && zh.includes(word));
  return near.length === 1 ? near[0]![0] : undefined;
}

const PM = /^(下午|傍晚|晚上|夜里|夜间)$/;
const two = (n: number) => String(n).padStart(2, '0');

/** "晚上8点", "下午3点半", "上午9:50", "20点30分", "20:00" → [hour, minute]; undefined when it is no time of day. */
function timeOfDay(text: string): [number, number] | undefined {
  const m =
    /^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})|[点時时]\s*(?:(半)|(\d{1,2})\s*分?)?)\s*$/.exec(
      text,
    );
  if (!m) return undefined;
  let hour = Number(m[2]);
  const minute = m[3] ? Number(m[3]) : m[4] ? 30 : m[5] ? Number(m[5]) : 0;
  if (m[1] && PM.test(m[1]) && hour < 12) hour += 12;
  else if (m[1] === '中午' && hour < 11) hour += 12;
  else if (m[1] === '凌晨' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? [hour, minute] : undefined;
}

/**
 * A date or time written the Chinese way ("2026年12月10日 20:00", "2026-12-10 晚上8点",
 * "2026/12/10（周四）下午3点半") in the form the schema asks for: "2026-12-10T20:00", or "2026-12-10"
 * for a date. Undefined when the text is no such date, or a date-time field gives no time of day.
 */
export function isoFromChinese(raw: unknown, format: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?\s*(.*)$/.exec(raw);
  if (!m) return undefined;
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = `${m[1]}-${two(month)}-${two(day)}`;
  // A weekday the writer added ("（周四）", "星期四") says nothing the date does not.
  const rest = m[4]!
    .replace(/^[（(]?\s*(?:周|星期|礼拜)[一二三四五六日天]\s*[）)]?/, '')
    .replace(/^T/, '')
    .trim();
  if (!rest) return format === 'local-date-time' || date === raw ? undefined : date;
  const time = timeOfDay(rest);
  if (!time) return undefined;
  const out = format === 'date' ? date : `${date}T${two(time[0])}:${two(time[1])}`;
  return out === raw ? undefined : out;
}
