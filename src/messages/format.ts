/** A role's title in both languages, as config or the measures name it. */
export interface RoleTitle {
  en: string;
  zh: string;
}

/** Why a path written in a document cannot name a file inside the repository. */
export type UnsafePathReason = 'link' | 'absolute' | 'backslash' | 'parent' | 'nul';

const ZH_WEEKDAYS: Record<string, string> = {
  sunday: '周日',
  monday: '周一',
  tuesday: '周二',
  wednesday: '周三',
  thursday: '周四',
  friday: '周五',
  saturday: '周六',
};

/** "Thursday" from "thursday". */
export function enWeekday(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}

/** "周四" from "thursday"; an unknown name stays as written. */
export function zhWeekday(name: string): string {
  return ZH_WEEKDAYS[name.toLowerCase()] ?? name;
}

/** "Thursday" or "Tuesday and Thursday". */
export function enWeekdays(names: readonly string[]): string {
  const list = names.map(enWeekday);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "周四" or "周二、周四". */
export function zhWeekdays(names: readonly string[]): string {
  return names.map(zhWeekday).join('、');
}

/** How Chinese speakers name a time zone: 北京时间 for Asia/Shanghai, else the IANA name. */
export function zhZone(zone: string): string {
  return zone === 'Asia/Shanghai' || zone === 'Asia/Chongqing' || zone === 'PRC' ? '北京时间' : `${zone} 时间`;
}

/** A role that a CODEOWNERS line must still name: its title and its owner entries. */
export interface MissingRole {
  title: RoleTitle;
  owners: string;
}

/** "the R&D center lead (@acme/leads) and the General Manager's Office (@acme/gm)". */
export function enRoles(roles: readonly MissingRole[]): string {
  const list = roles.map((r) => `the ${r.title.en} (${r.owners})`);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** "研发中心负责人（@acme/leads）和总经理办公室（@acme/gm）". */
export function zhRoles(roles: readonly MissingRole[]): string {
  const list = roles.map((r) => `${r.title.zh}（${r.owners}）`);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join('、')}和${list[list.length - 1]}`;
}

/** An instant as read in the policy zone: its date, weekday name and HH:mm. */
export interface Moment {
  date: string;
  day: string;
  time: string;
}

/** When the production window next opens or closes, seen from the moment of evaluation. */
export interface Flip {
  opens: boolean;
  at: Moment;
  zone: string;
  minutes: number;
}

/** "Thursday 2026-12-03 20:00". */
export function enMoment(m: Moment): string {
  return `${enWeekday(m.day)} ${m.date} ${m.time}`;
}

/** "2026-12-03（周四）20:00". */
export function zhMoment(m: Moment): string {
  return `${m.date}（${zhWeekday(m.day)}）${m.time}`;
}

function split(minutes: number): [number, number, number] {
  const total = Math.max(0, Math.round(minutes));
  return [Math.floor(total / 1440), Math.floor((total % 1440) / 60), total % 60];
}

/** "7 h 12 min", "3 d 4 h", "45 min". */
export function enDuration(minutes: number): string {
  const [d, h, m] = split(minutes);
  return d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/** "7 小时 12 分钟", "3 天 4 小时", "45 分钟". */
export function zhDuration(minutes: number): string {
  const [d, h, m] = split(minutes);
  return d > 0 ? `${d} 天 ${h} 小时` : h > 0 ? `${h} 小时 ${m} 分钟` : `${m} 分钟`;
}

/** A text in both languages (a schema's description, a role's name): each catalog picks its own, English when the other is missing. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A value from a document as a message words it. */
export type ValueShape = { kind: 'empty' | 'list' | 'mapping' } | { kind: 'number' | 'boolean' | 'text'; text: string };

/** "the text "x"", "a list", "empty": what was found. */
export function enFound(v: ValueShape): string {
  if (v.kind === 'empty') return 'empty';
  if (!('text' in v)) return `a ${v.kind}`;
  return `the ${v.kind} ${v.text}`;
}

/** ""x"", "a list", "nothing (null)": what a field is. */
export function enValue(v: ValueShape): string {
  if (v.kind === 'empty') return 'nothing (null)';
  if (!('text' in v)) return `a ${v.kind}`;
  return v.text;
}

const ZH_SHAPES: Record<string, string> = {
  empty: '空值',
  list: '列表',
  mapping: '映射',
  number: '数字',
  boolean: '布尔值',
  text: '文字',
};

/** "文字 "x""、"列表"、"空值". */
export function zhValue(v: ValueShape): string {
  const name = ZH_SHAPES[v.kind] ?? v.kind;
  return 'text' in v ? `${name} ${v.text}` : name;
}
