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
