import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * doctor and verify --repo against a GITHUB_API_URL that is not the GitHub API: a server that never
 * answers, one that answers HTML, null or an empty object, and a port nobody listens on. Each is a
 * clear sentence and exit 1, never a JavaScript error or an HTTP status that nobody sent.
 */

const hung: Array<() => void> = [];
let server: Server;
let api: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const mode = (req.headers.authorization ?? '').replace(/^token /, '');
    if (mode === 'hang') {
      hung.push(() => res.destroy());
      return;
    }
    if (mode === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome to the proxy</body></html>');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(mode === 'null' ? 'null' : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const end of hung) end();
  await new Promise((resolve) => server.close(resolve));
});

function ug(
  token: string,
  apiUrl: string,
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'action/cli.js'), ...args], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_TOKEN: token,
        GITHUB_API_URL: apiUrl,
        UPGRADE_GATE_API_TIMEOUT: '0.3',
        LANG: 'C',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const JS_ERRORS = /Cannot (use|read)|undefined|TypeError|HTTP 500/;

describe('a GITHUB_API_URL that is not the GitHub API', () => {
  it.concurrent.each(['html', 'null', '{}'])('doctor: an answer of %s is named as not the GitHub API', async (mode) => {
    const r = await ug(mode, api, 'doctor', '--repo', 'a/b');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`GITHUB_API_URL ${api} did not answer like the GitHub API (GET `);
    expect(r.stderr).not.toMatch(JS_ERRORS);
  });

  it.concurrent('doctor --branch: rules answered as {} are not a report about the branch', async () => {
    const r = await ug('{}', api, 'doctor', '--repo', 'a/b', '--branch', 'main');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('did not answer like the GitHub API');
  });

  it.concurrent('verify --repo: an HTML answer is named as not the GitHub API, in Chinese too', async () => {
    const en = await ug('html', api, 'verify', '--repo', 'a/b');
    expect(en.status).toBe(1);
    expect(en.stderr).toContain(`GITHUB_API_URL ${api} did not answer like the GitHub API`);
    expect(en.stderr).not.toMatch(JS_ERRORS);
    const zh = await ug('html', api, 'verify', '--repo', 'a/b', '--lang', 'zh-CN');
    expect(zh.status).toBe(1);
    expect(zh.stderr).toContain(`GITHUB_API_URL ${api} 的应答不像 GitHub API`);
  });

  it.concurrent('doctor: a server that never answers times out, is retried, and the URL is named', async () => {
    const r = await ug('hang', api, 'doctor', '--repo', 'a/b');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`GET ${api}/repos/a/b did not answer within 0.3 s (after retries)`);
    expect(r.stderr).not.toMatch(JS_ERRORS);
    // One attempt and three retries, each with its own deadline.
    expect(hung.length).toBeGreaterThanOrEqual(4);
  });

  it.concurrent('doctor: a refused connection is not described as an HTTP status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const r = await ug('x', url, 'doctor', '--repo', 'a/b');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`GET ${url}/repos/a/b could not be reached (after retries)`);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr).not.toMatch(/HTTP 500/);
  });
});
