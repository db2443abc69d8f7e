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
import { apiStatus } from './api-error.js';

/** The client class: what @actions/github's getOctokit builds, with retries and rate-limit handling. */
const GitHubClient = OctokitCore.plugin(restEndpointMethods, paginateRest, retry, throttling);

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
    ? ((await import('@actions/github')).getOctokit(token, options, retry, throttling) as unknown as Octokit)
    : new GitHubClient({ ...options, auth: `token ${token}`, userAgent: orchestrationUserAgent() });
  octokit.hook.wrap('request', async (request, options) => {
    const entry: CallLog['calls'][number] = { method: options.method, url: options.url };
    log.calls.push(entry);
    try {
      const response = await request(options);
      entry.status = response.status;
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
