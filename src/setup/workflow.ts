import { parseYamlSource } from '../document/yaml-source.js';

/** What doctor needs to know of one workflow file: its events, the token's permissions and how it runs upgrade-gate. */
export interface WorkflowFacts {
  path: string;
  /** Event names of `on:`; undefined when the file could not be read as a workflow. */
  events: string[] | undefined;
  /** Permissions GITHUB_TOKEN gets in the job that runs upgrade-gate (or the workflow's): scope → read/write/none; 'write-all' / 'read-all'; undefined: the repository's default. */
  permissions: Record<string, string> | 'write-all' | 'read-all' | undefined;
  /** Whether a step uses upgrade-gate (any owner's upgrade-gate action). */
  runsGate: boolean;
  /** The github-token input of the upgrade-gate step comes from actions/create-github-app-token. */
  appToken: boolean;
  /** The environment of the job that runs upgrade-gate, if any. */
  environment?: string;
  /** Some job could post a commit status with GITHUB_TOKEN (statuses: write, write-all or the default). */
  canPostStatus: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// A step that uses the upgrade-gate action, at any ref: owner/upgrade-gate@v1, or a path ending in upgrade-gate.
const GATE = /(^|\/)upgrade-gate(@|\/?$)/;
const APP_TOKEN = /^actions\/create-github-app-token@/;

function permissionsOf(v: unknown): WorkflowFacts['permissions'] {
  if (v === 'write-all' || v === 'read-all') return v;
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));
  // permissions: {} (an empty map) grants nothing; any other value leaves the default.
  return undefined;
}

const mayPostStatus = (p: WorkflowFacts['permissions']) =>
  p === undefined || p === 'write-all' || (typeof p === 'object' && p.statuses === 'write');

/** Reads a workflow file's events, permissions and use of upgrade-gate; never throws on hostile YAML. */
export function readWorkflow(path: string, text: string): WorkflowFacts {
  const facts: WorkflowFacts = {
    path,
    events: undefined,
    permissions: undefined,
    runsGate: false,
    appToken: false,
    canPostStatus: false,
  };
  const doc = parseYamlSource(text, path).value;
  if (!isObj(doc)) return facts;
  const on = doc.on;
  facts.events = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : isObj(on) ? Object.keys(on) : [];
  const top = permissionsOf(doc.permissions);
  facts.permissions = top;
  const jobs = isObj(doc.jobs) ? Object.values(doc.jobs).filter(isObj) : [];
  for (const job of jobs) {
    const jobPermissions = 'permissions' in job ? permissionsOf(job.permissions) : top;
    if (mayPostStatus(jobPermissions)) facts.canPostStatus = true;
    const steps = Array.isArray(job.steps) ? job.steps.filter(isObj) : [];
    const gate = steps.find((s) => typeof s.uses === 'string' && GATE.test(s.uses));
    if (!gate) continue;
    facts.runsGate = true;
    facts.permissions = jobPermissions;
    const env = job.environment;
    facts.environment =
      typeof env === 'string' ? env : isObj(env) && typeof env.name === 'string' ? env.name : undefined;
    const token = isObj(gate.with) ? String(gate.with['github-token'] ?? '') : '';
    const from = /steps\.([A-Za-z_][\w-]*)\.outputs\.token/.exec(token)?.[1];
    facts.appToken = !!from && steps.some((s) => s.id === from && typeof s.uses === 'string' && APP_TOKEN.test(s.uses));
  }
  return facts;
}
