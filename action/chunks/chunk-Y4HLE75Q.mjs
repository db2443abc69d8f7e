import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-QPKTFHVX.mjs";

// src/archive/chain-head.ts
var CHAIN_HEAD = "chain-head.json", ChainHeadError = class extends GateError {
  constructor(file, kind, detail = "") {
    super((t) => kind === "json" ? t["chain-head.unreadable"]({ file, detail }) : t["chain-head.not-chain-head"]({ file }));
    this.file = file;
  }
  file;
};
function parseChainHead(text, file) {
  if (text === void 0) return;
  let head;
  try {
    head = JSON.parse(text);
  } catch (err) {
    throw new ChainHeadError(file, "json", err.message);
  }
  let h = head, emergenciesOk = h?.emergencies === void 0 || typeof h.emergencies == "object" && h.emergencies !== null && Object.values(h.emergencies).every(Array.isArray);
  if (!h || typeof h != "object" || typeof h.format != "string" || !h.format.startsWith("upgrade-gate/archive-chain-head/") || typeof h.sequence != "number" || typeof h.sha256 != "string" || !emergenciesOk)
    throw new ChainHeadError(file, "shape");
  return { ...h, emergencies: h.emergencies ?? {} };
}

export {
  CHAIN_HEAD,
  parseChainHead
};
