import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  GateError,
  logMessages
} from "./chunk-YYGYZQWV.js";
import {
  RequestError
} from "./chunk-UGWU7J7H.js";

// src/github/api-error.ts
function apiStatus(err) {
  return err instanceof RequestError ? err.status : void 0;
}
function answered(err, ...statuses) {
  let status = apiStatus(err);
  return status !== void 0 && statuses.includes(status);
}
function describeApiError(err, language) {
  let t = logMessages(language);
  if (err instanceof RequestError) {
    let url = err.request.url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "");
    return t["api.failed"]({
      method: err.request.method,
      url,
      status: err.status,
      message: err.message.split(`
`)[0] ?? ""
    });
  }
  return err instanceof GateError ? err.say(t) : err instanceof Error ? err.message : String(err);
}

export {
  apiStatus,
  answered,
  describeApiError
};
