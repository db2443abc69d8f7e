import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/github/api-error.ts
function describeApiError(err) {
  let e = err;
  if (e?.request?.url) {
    let url = e.request.url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "");
    return `${e.request.method ?? "GET"} ${url} answered HTTP ${e.status ?? "?"} (after retries): ${(e.message ?? "").split(`
`)[0]}`;
  }
  return err?.message ?? String(err);
}

export {
  describeApiError
};
