import * as core from '@actions/core';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { Language } from '../messages/language.js';
import { logMessages } from '../messages/log-catalog.js';
import { apiStatus, apiTimeoutMs, GateError } from './api-error.js';

/**
 * Every attempt of a request gets its own deadline (an AbortSignal.timeout in Octokit's request
 * options). Registered before the retry plugin, so a retried attempt starts a fresh one; a server
 * that accepts a connection and never answers fails like any other unanswered request, and is retried.
 */
function requestTimeout(octokit: InstanceType<typeof OctokitCore>): void {
  octokit.hook.wrap('request', (request, options) => {
    // In place: the hooks inside this one (the token's) were handed this very options object.
    options.request = { ...options.request, signal: AbortSignal.timeout(apiTimeoutMs()) };
    return request(options);
  });
}

/** The client class: what @actions/github's getOctokit builds, with retries and rate-limit handling. */
const GitHubClient = OctokitCore.plugin(requestTimeout, restEndpointMethods, paginateRest, retry, throttling);

/** The Octokit the Action talks to GitHub with. */
export type Octokit = InstanceType<typeof GitHubClient>;

/** Every REST call a run made, for the log and for tests that keep API use low. */
export interface CallLog {
  calls: Array<{ method: string; url: string; status?: number }>;
}

const MAX_THROTTLE_RETRIES = 3;

/**
 * Writes stay serial, but 50 ms apart instead of the plugin's 1 s: a run makes at most a handful,
 * and the archive's tree → commit → ref sequence must be quick so racing merges rarely collide.
 */
const writeLimiter = new Bottleneck.Group({ id: 'upgrade-gate-write', maxConcurrent: 1, minTime: 50 });

type Options = NonNullable<ConstructorParameters<typeof GitHubClient>[0]>;

/**
 * An Octokit with retries (5xx, 429) and rate-limit handling (primary and secondary, honouring
 * retry-after), against GITHUB_API_URL as the runner sets it, counting each request it sends.
 */
export async function createOctokit(
  token: string,
  log: CallLog,
  language: () => Language | undefined = () => undefined,
): Promise<Octokit> {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const options: Options = {
    baseUrl,
    throttle: {
      write: writeLimiter,
      onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
        core.warning(
          logMessages(language())['api.rate-limit']({
            method: options.method,
            url: options.url,
            after: retryAfter,
            attempt: retryCount + 1,
          }),
        );
        return retryCount < MAX_THROTTLE_RETRIES;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        core.warning(
          logMessages(language())['api.secondary-rate-limit']({
            method: options.method,
            url: options.url,
            after: retryAfter,
            attempt: retryCount + 1,
          }),
        );
        return retryCount < MAX_THROTTLE_RETRIES;
      },
    },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
  };
  // Behind a proxy, @actions/github's client (undici with a proxy agent) goes through it. Without one,
  // the same client on Node's own fetch: loading undici a second time would cost more than the
  // whole rest of the start-up.
  const octokit = getProxyUrl(new URL(baseUrl))
    ? ((await import('@actions/github')).getOctokit(
        token,
        options,
        requestTimeout,
        retry,
        throttling,
      ) as unknown as Octokit)
    : new GitHubClient({ ...options, auth: `token ${token}`, userAgent: orchestrationUserAgent() });
  octokit.hook.wrap('request', async (request, options) => {
    const entry: CallLog['calls'][number] = { method: options.method, url: options.url };
    log.calls.push(entry);
    try {
      const response = await request(options);
      entry.status = response.status;
      // The GitHub API answers JSON objects and arrays (or nothing, with 204): a page of HTML, a bare
      // string or null means GITHUB_API_URL is not the GitHub API.
      const data: unknown = response.data;
      const bodyless = response.status === 204 || response.status === 205 || options.method === 'HEAD';
      if (
        !bodyless &&
        !options.mediaType?.format &&
        (typeof data !== 'object' || data === null || data instanceof ArrayBuffer)
      )
        throw notGitHubApi(baseUrl, `${options.method} ${response.url || options.url}`);
      return response;
    } catch (err) {
      entry.status = apiStatus(err);
      throw err;
    }
  });
  return octokit;
}

/** The user agent @actions/github sends: the runner's orchestration id, when it sets one, lets GitHub relate the calls to the job. */
function orchestrationUserAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/** The error for an answer that is not shaped like the GitHub API's: it names GITHUB_API_URL and the request. */
export function notGitHubApi(baseUrl: string, request: string): GateError {
  return new GateError((t) => t['api.not-github']({ base: baseUrl, request }));
}

/** The API root an Octokit talks to (GITHUB_API_URL, as it was when the client was made). */
export function apiBase(octokit: Octokit): string {
  return String(octokit.request.endpoint.DEFAULTS.baseUrl);
}

/**
 * `data` as an object when GitHub answered one carrying every field in `fields` with the type given;
 * otherwise the answer is not the GitHub API's and the request (e.g. "GET /repos/o/r") is named.
 */
export function apiObject(
  octokit: Octokit,
  data: unknown,
  request: string,
  fields: Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array'> = {},
): Record<string, unknown> {
  const ok =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.entries(fields).every(([field, type]) => {
      const value = (data as Record<string, unknown>)[field];
      if (type === 'array') return Array.isArray(value);
      if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
      return typeof value === type;
    });
  if (!ok) throw notGitHubApi(apiBase(octokit), request);
  return data as Record<string, unknown>;
}

/** `data` as a list when GitHub answered one whose every entry is an object with `fields`; see apiObject. */
export function apiList(
  octokit: Octokit,
  data: unknown,
  request: string,
  fields: Record<string, 'string' | 'number' | 'boolean' | 'object' | 'array'> = {},
): Array<Record<string, unknown>> {
  if (!Array.isArray(data)) throw notGitHubApi(apiBase(octokit), request);
  for (const entry of data) apiObject(octokit, entry, request, fields);
  return data as Array<Record<string, unknown>>;
}
