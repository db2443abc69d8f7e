import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Json = Record<string, unknown>;
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;

/** A real webhook payload from @octokit/webhooks-examples, deep-copied. */
export function webhookExample(name: string, action?: string, index = 0): Json {
  const group = examples.find((e) => e.name === name);
  const list = (group?.examples ?? []).filter((e) => action === undefined || e.action === action);
  const ex = list[index] ?? list[0];
  if (!ex) throw new Error(`no webhook example ${name}.${action}`);
  return JSON.parse(JSON.stringify(ex)) as Json;
}

let nextId = 1000;
/** A fresh numeric id. */
export const newId = () => ++nextId;
const nodeId = (kind: string, id: number) => Buffer.from(`${kind}:${id}`).toString('base64');

/** The git blob id of some content, as git computes it. */
export function blobSha(content: string | Buffer): string {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

/** A simple-user object as the REST API returns it. */
export function user(base: string, login: string, type: 'User' | 'Bot' = 'User'): Json {
  const id = [...login].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 1e7, 7) + 1;
  const url = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `https://avatars.example/u/${id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

/** A repository object, from the webhook example's repository with this owner and name. */
export function repository(base: string, owner: string, name: string): Json {
  const r = webhookExample('pull_request', 'opened').repository as Json;
  const api = `${base}/repos/${owner}/${name}`;
  const out: Json = {};
  for (const [k, v] of Object.entries(r))
    out[k] =
      typeof v === 'string'
        ? v
            .replace(/https:\/\/api\.github\.com\/repos\/Codertocat\/Hello-World/g, api)
            .replace(/Codertocat\/Hello-World/g, `${owner}/${name}`)
        : v;
  return {
    ...out,
    name,
    full_name: `${owner}/${name}`,
    owner: user(base, owner, 'User'),
    url: api,
    default_branch: 'main',
    license: null,
    mirror_url: null,
    homepage: null,
    language: null,
    description: null,
  };
}

/** A commit object as /commits and /compare return it. */
export function commitObject(
  base: string,
  owner: string,
  name: string,
  sha: string,
  message: string,
  parents: string[],
  author: string,
  tree = sha,
  committer = author,
  signed = false,
): Json {
  const api = `${base}/repos/${owner}/${name}`;
  const person = { name: author, email: `${author}@users.noreply.github.com`, date: '2026-11-20T08:00:00Z' };
  const committed = { ...person, name: committer, email: `${committer}@users.noreply.github.com` };
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: nodeId('Commit', parseInt(sha.slice(0, 6), 16)),
    html_url: `https://github.com/${owner}/${name}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: person,
      committer: committed,
      message,
      comment_count: 0,
      tree: { sha: tree, url: `${api}/git/trees/${tree}` },
      verification: verification(signed, message, tree),
    },
    author: user(base, author),
    committer: user(base, committer),
    parents: parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `https://github.com/${owner}/${name}/commit/${p}`,
    })),
  };
}

/** What GitHub says of a commit's signature: the commits it creates through the API are signed by it (web-flow); pushed commits here are not. */
export function verification(signed: boolean, message: string, tree: string): Json {
  return signed
    ? {
        verified: true,
        reason: 'valid',
        signature: '-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJn\n-----END PGP SIGNATURE-----\n',
        payload: `tree ${tree}\n\n${message}`,
        verified_at: '2026-11-26T00:00:00Z',
      }
    : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}
