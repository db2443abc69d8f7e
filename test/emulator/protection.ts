import picomatch from 'picomatch';
import { repository } from './factories.js';

type Json = Record<string, unknown>;

/** A repository ruleset as the emulator keeps it: which branches it targets, its rules, and whether the token may bypass it. */
export interface Ruleset {
  id: number;
  name: string;
  enforcement: 'active' | 'evaluate' | 'disabled';
  /** ref_name include patterns as GitHub takes them: ~DEFAULT_BRANCH, ~ALL, refs/heads/<glob>. */
  include: string[];
  exclude?: string[];
  /** Rules as the ruleset API writes them: { type, parameters }. */
  rules: Json[];
  /** What current_user_can_bypass says for the token (default: never). */
  bypass?: 'always' | 'pull_requests_only' | 'never' | 'exempt';
}

/** The rulesets and classic protection of the emulated repository, and what the token may read of them. */
export interface ProtectionState {
  rulesets: Ruleset[];
  /** branch → classic protection (the body GET .../protection returns). */
  classic: Map<string, Json>;
  /** Whether the token has administration: read (GITHUB_TOKEN does not): without it, classic protection answers 403. */
  adminRead: boolean;
}

/** A fresh state: no rulesets, no protection, a token that may read protection. */
export const newProtectionState = (): ProtectionState => ({ rulesets: [], classic: new Map(), adminRead: true });

/** The operations of this module, for the emulator's list of what it serves. */
export const PROTECTION_ROUTES: Array<[string, string, number]> = [
  ['GET', '/repos/{owner}/{repo}', 200],
  ['GET', '/repos/{owner}/{repo}/rules/branches/{branch}', 200],
  ['GET', '/repos/{owner}/{repo}/rulesets/{ruleset_id}', 200],
  ['GET', '/repos/{owner}/{repo}/branches/{branch}/protection', 200],
];

function targets(r: Ruleset, branch: string): boolean {
  const ref = `refs/heads/${branch}`;
  const hit = (p: string) => p === '~ALL' || (p === '~DEFAULT_BRANCH' && branch === 'main') || picomatch(p)(ref);
  return r.include.some(hit) && !(r.exclude ?? []).some(hit);
}

/** Classic protection of `branch` as GitHub returns it, from a short description. */
export function classicProtection(
  base: string,
  owner: string,
  name: string,
  branch: string,
  p: { contexts?: string[]; checks?: Array<{ context: string; app_id: number | null }>; codeOwners?: boolean },
): Json {
  const url = `${base}/repos/${owner}/${name}/branches/${branch}/protection`;
  const out: Json = {
    url,
    enabled: true,
    name: branch,
    protection_url: url,
    enforce_admins: { url: `${url}/enforce_admins`, enabled: false },
  };
  if (p.contexts || p.checks) {
    const checks = p.checks ?? p.contexts!.map((context) => ({ context, app_id: null }));
    out.required_status_checks = {
      url: `${url}/required_status_checks`,
      strict: false,
      contexts: checks.map((c) => c.context),
      contexts_url: `${url}/required_status_checks/contexts`,
      checks,
    };
  }
  if (p.codeOwners !== undefined)
    out.required_pull_request_reviews = {
      url: `${url}/required_pull_request_reviews`,
      dismiss_stale_reviews: false,
      require_code_owner_reviews: p.codeOwners,
      required_approving_review_count: 1,
      require_last_push_approval: false,
    };
  return out;
}

/** Answers the operations of PROTECTION_ROUTES; undefined for any other. */
export function protectionRoute(
  s: ProtectionState,
  base: string,
  owner: string,
  name: string,
  key: string,
  p: Record<string, string>,
  q: URLSearchParams,
): [number, unknown] | undefined {
  const api = `${base}/repos/${owner}/${name}`;
  const notFound: [number, unknown] = [
    404,
    { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
  ];
  switch (key) {
    case 'GET /repos/{owner}/{repo}':
      return [
        200,
        { ...repository(base, owner, name), has_discussions: false, network_count: 0, subscribers_count: 0 },
      ];
    case 'GET /repos/{owner}/{repo}/rules/branches/{branch}': {
      // Only active rulesets apply; an "evaluate" ruleset is listed nowhere a push would meet it.
      const rules = s.rulesets
        .filter((r) => r.enforcement === 'active' && targets(r, p.branch!))
        .flatMap((r) =>
          r.rules.map((rule) => ({
            ...rule,
            ruleset_source_type: 'Repository',
            ruleset_source: `${owner}/${name}`,
            ruleset_id: r.id,
          })),
        );
      const per = Math.min(Number(q.get('per_page') ?? 30), 100);
      const page = Number(q.get('page') ?? 1);
      return [200, rules.slice((page - 1) * per, page * per)];
    }
    case 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}': {
      const r = s.rulesets.find((x) => x.id === Number(p.ruleset_id));
      if (!r) return notFound;
      return [
        200,
        {
          id: r.id,
          name: r.name,
          target: 'branch',
          source_type: 'Repository',
          source: `${owner}/${name}`,
          enforcement: r.enforcement,
          node_id: `RRS_${r.id}`,
          current_user_can_bypass: r.bypass ?? 'never',
          _links: {
            self: { href: `${api}/rulesets/${r.id}` },
            html: { href: `https://github.com/${owner}/${name}/rules/${r.id}` },
          },
          conditions: { ref_name: { include: r.include, exclude: r.exclude ?? [] } },
          rules: r.rules,
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        },
      ];
    }
    case 'GET /repos/{owner}/{repo}/branches/{branch}/protection': {
      if (!s.adminRead)
        return [
          403,
          {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
            status: '403',
          },
        ];
      const c = s.classic.get(p.branch!);
      return c
        ? [200, c]
        : [
            404,
            {
              message: 'Branch not protected',
              documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
              status: '404',
            },
          ];
    }
    default:
      return undefined;
  }
}
