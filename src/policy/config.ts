import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { schemaFindings } from '../document/schema-findings.js';
import { schemaErrors } from '../document/schema-validator.js';
import { decodeSource } from '../document/source-text.js';
import { parseYamlSource, type YamlSource } from '../document/yaml-source.js';
import { messages, type Language } from '../messages/index.js';
import { readDateOrTime } from '../time/local-time.js';
import { localTimeProblem } from '../time/local-time-problem.js';
import { adviseTimeZone, type ZoneAdvice } from '../time/zone.js';
import type { UpgradeGatePolicyConfiguration } from './config.types.js';
import type { Finding, Severity } from '../messages/finding.js';

type Raw = UpgradeGatePolicyConfiguration;
/** The roles section as configured. */
export type RolesConfig = NonNullable<Raw['roles']>;
/** A role's id as the config spells it. */
export type RoleId = string;
/** The two roles of the measures (4.3), whose titles need not be configured. */
export const MEASURES_ROLE_IDS: RoleId[] = ['center-lead', 'general-office'];

/** The configured role ids, in the order the approval form lists them. */
export function roleIds(roles: RolesConfig | undefined): RoleId[] {
  return Object.keys(roles ?? {});
}

/** The configuration with every default filled in; only roles may still be absent. */
export type PolicyConfig = Required<Omit<Raw, 'roles' | 'emergency' | 'archive' | 'rules' | 'outcome'>> & {
  roles?: RolesConfig;
  emergency: Required<NonNullable<Raw['emergency']>>;
  archive: NonNullable<Raw['archive']> & { folder: string; writer: string; 'backfill-days': number };
  outcome: Required<NonNullable<Raw['outcome']>>;
  rules: Record<string, Severity | 'off'>;
};

/**
 * How a production merge is tied to the documents' windows: `day` (the default) from local midnight of
 * the day a window starts until window.end; `window` inside [start, end); `off` only merge days and
 * freezes. `true` and `false` are the older spellings of `window` and `off`.
 */
export function mergeWindowMode(config: Pick<PolicyConfig, 'merge-window'>): 'day' | 'window' | 'off' {
  const v = config['merge-window'];
  return v === true ? 'window' : v === false ? 'off' : v;
}

/** Where the configuration lives in a repository. */
export const CONFIG_PATH = '.github/upgrade-gate.yml';

/** The policy the measures describe, used for every key a repository leaves out. */
export function defaultConfig(): PolicyConfig {
  return {
    documents: 'upgrades/**/*.{yaml,yml}',
    'time-zone': 'Asia/Shanghai',
    'merge-days': ['thursday'],
    'gray-test-day': 'tuesday',
    'notice-hours': 12,
    'merge-window': 'day',
    freezes: [],
    'allow-same-approver-for-roles': false,
    'stale-exempt': [],
    teams: {},
    'policy-owner': 'general-office',
    'policy-files': [],
    emergency: {
      label: 'emergency',
      'monthly-budget': 2,
      'budget-severity': 'error',
      'min-justification-length': 30,
      'applied-by': ['general-office'],
    },
    archive: { folder: 'archive', writer: 'github-actions[bot]', 'backfill-days': 90 },
    outcome: { 'pending-hours': 24, 'overdue-days': 7 },
    'status-context': 'upgrade-gate',
    language: 'en',
    rules: {},
  };
}

/** A configuration as loaded: usable values plus findings; any error finding makes it unusable. */
export interface LoadedConfig {
  config: PolicyConfig;
  findings: Finding[];
}

/** A check of a schema-valid configuration beyond its schema, with the source to place its findings. */
export type ConfigCheck = (config: PolicyConfig, source: YamlSource, file: string) => Finding[];

/**
 * Reads .github/upgrade-gate.yml (absent: all defaults), validates it and fills defaults. `language`,
 * when given (the Action input or the CLI's --lang), overrides the configuration's `language`;
 * `checks` look further than the schema (load-policy.ts adds the rule registry's).
 */
export function loadConfig(
  input: Uint8Array | string | undefined,
  file = CONFIG_PATH,
  language?: Language,
  checks: ConfigCheck[] = [],
): LoadedConfig {
  const base = defaultConfig();
  if (language) base.language = language;
  if (input === undefined) return { config: base, findings: [] };
  const decoded =
    typeof input === 'string' ? { text: input } : decodeSource(input, file, messages(language), { refuseNul: true });
  if (decoded.text === undefined) return { config: base, findings: [retag(decoded.finding!)] };
  // A policy that cannot be parsed is still read in the language it asks for (even with the
  // full-width colon a Chinese input method types), so its own YAML mistakes are named in that language.
  const reading =
    language ?? (/^language[ \t]*[:\uFF1A][ \t\u3000]*["']?zh-CN\b/m.test(decoded.text) ? 'zh-CN' : undefined);
  const source = parseYamlSource(decoded.text, file, messages(reading));
  const findings = source.findings.map(retag);
  if (findings.some((f) => f.severity === 'error')) return { config: base, findings };
  const raw = source.value ?? {};
  // Findings about the configuration itself speak the language it asks for, when that much is readable.
  const asked = (raw as Raw).language;
  if (!language && (asked === 'en' || asked === 'zh-CN')) base.language = asked;
  const t = messages(base.language);
  const errors = schemaErrors(schema, raw);
  findings.push(...schemaFindings(errors, source, file, 'config', 'config', t));
  if (errors.length > 0) return { config: base, findings };

  const config = withDefaults(base, raw as Raw);
  findings.push(...timeFindings(config, source, file, t));
  findings.push(...roleFindings(config, source, file));
  for (const check of checks) findings.push(...check(config, source, file));
  // A policy with errors is never half-applied: callers see the findings and the plain defaults.
  return { config: findings.some((f) => f.severity === 'error') ? base : config, findings };
}

/** A schema-valid configuration over the defaults (nested sections merged key by key), in the language already decided. */
function withDefaults(base: PolicyConfig, r: Raw): PolicyConfig {
  return {
    ...base,
    ...(r as object),
    emergency: { ...base.emergency, ...(r.emergency ?? {}) },
    archive: { ...base.archive, ...(r.archive ?? {}) },
    outcome: { ...base.outcome, ...(r.outcome ?? {}) },
    rules: { ...(r.rules ?? {}) } as Record<string, Severity | 'off'>,
    language: base.language,
  } as PolicyConfig;
}

/** The time zone (a canonical IANA name) and the freezes read in it: each end one instant, from before to. */
function timeFindings(
  config: PolicyConfig,
  source: YamlSource,
  file: string,
  t: ReturnType<typeof messages>,
): Finding[] {
  const zone = config['time-zone'];
  const zoneAdvice = adviseTimeZone(zone);
  if (zoneAdvice)
    return [
      {
        rule: 'config',
        severity: 'error',
        file,
        ...source.locate(['time-zone']),
        message: zoneMessage(t, zone, zoneAdvice),
      },
    ];
  // Freeze times are read in the zone, so only once the zone itself is right.
  const findings: Finding[] = [];
  config.freezes.forEach((f, i) => {
    const ends = (['from', 'to'] as const).map((k) => {
      const r = readDateOrTime(f[k], zone, k === 'to');
      const problem =
        'problem' in r && r.problem !== 'form' ? localTimeProblem(t, `freezes[${i}].${k}`, f[k], zone) : undefined;
      if (problem)
        findings.push({
          rule: 'config',
          severity: 'error',
          file,
          ...source.locate(['freezes', i, k]),
          message: problem,
        });
      return 'instant' in r ? r.instant : undefined;
    });
    if (ends[0] && ends[1] && ends[0] >= ends[1]) {
      findings.push({
        rule: 'config',
        severity: 'error',
        file,
        ...source.locate(['freezes', i, 'to']),
        message: t['config.freeze-order']({ index: i, name: f.name, from: f.from, to: f.to }),
      });
    }
  });
  return findings;
}

function zoneMessage(t: ReturnType<typeof messages>, zone: string, a: ZoneAdvice): string {
  if (a.why === 'abbreviation')
    return t['config.time-zone-abbreviation']({ zone, database: a.database, meant: a.meant, others: a.others });
  if (a.why === 'alias') return t['config.time-zone-alias']({ zone, meant: a.meant });
  if (a.why === 'offset') return t['config.time-zone-offset']({ zone, meant: a.meant });
  return t['config.time-zone']({ zone, meant: a.meant });
}

/** The roles, or a configuration finding that says how to add them. */
export function requireRoles(config: PolicyConfig, file = CONFIG_PATH): { roles: RolesConfig } | { finding: Finding } {
  if (config.roles) return { roles: config.roles };
  return {
    finding: {
      rule: 'config',
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: messages(config.language)['config.roles']({ file }),
    },
  };
}

/** What the schema cannot say about roles: a title for any role the measures do not name, and members only for one team. */
function roleFindings(config: PolicyConfig, source: YamlSource, file: string): Finding[] {
  const t = messages(config.language);
  const out: Finding[] = [];
  for (const [id, role] of Object.entries(config.roles ?? {})) {
    if (!MEASURES_ROLE_IDS.includes(id) && (!role.title?.en || !role.title?.zh)) {
      out.push({
        rule: 'config',
        severity: 'error',
        file,
        ...source.locateKey(['roles', id]),
        message: t['config.role-title']({ role: id }),
      });
    }
    const teams = role.owners.filter((o) => o.includes('/'));
    if (role.members && role.members.length > 0 && teams.length > 1) {
      out.push({
        rule: 'config',
        severity: 'error',
        file,
        ...source.locateKey(['roles', id, 'members']),
        message: t['config.role-members-teams']({ role: id, teams: teams.join(', ') }),
      });
    }
  }
  // A policy owner the configuration names must be one of its roles. The default (general-office) is
  // not required to exist: then a policy change is refused by policy.approval, which says how to name one.
  const owner = config['policy-owner'];
  const named = (source.value as Record<string, unknown> | undefined)?.['policy-owner'] !== undefined;
  if (named && config.roles && !config.roles[owner]) {
    out.push({
      rule: 'config',
      severity: 'error',
      file,
      ...source.locate(['policy-owner']),
      message: t['config.policy-owner']({ role: owner, roles: Object.keys(config.roles).join(', ') }),
    });
  }
  return out;
}

function retag(f: Finding): Finding {
  return { ...f, rule: 'config' };
}
