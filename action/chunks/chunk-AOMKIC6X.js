import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);

// src/codeowners/parse.ts
var USER = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/, TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]+$/, EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
function isOwner(token) {
  return USER.test(token) || TEAM.test(token) || EMAIL.test(token);
}
function tokenize(line) {
  let tokens = [], i = 0;
  for (; i < line.length; ) {
    for (; i < line.length && /\s/.test(line[i]); ) i++;
    if (i >= line.length || line[i] === "#") break;
    let start = i, text = "";
    for (; i < line.length && !/\s/.test(line[i]); )
      line[i] === "\\" && i + 1 < line.length && line[i + 1] === " " ? (text += "\\ ", i += 2) : text += line[i++];
    tokens.push({ text, column: start + 1 });
  }
  return tokens;
}
function patternError(pattern) {
  if (pattern.startsWith("!")) return "negation";
  if (/[[\]]/.test(pattern.replace(/\\./g, ""))) return "range";
  if (pattern.startsWith("\\#")) return "escaped-hash";
  if (pattern.includes("***")) return "triple-star";
  if (pattern === "/") return "root";
}
function parseCodeowners(text) {
  let rules = [], errors = [];
  return Buffer.byteLength(text, "utf8") >= 3145728 ? (errors.push({ line: 1, column: 1, kind: "File too large", problem: "too-large", token: "", source: "" }), { rules, errors }) : (text.split(/\r?\n/).forEach((raw, index) => {
    let line = index + 1, tokens = tokenize(raw);
    if (tokens.length === 0) return;
    let [pattern, ...owners] = tokens, bad = patternError(pattern.text);
    if (bad) {
      errors.push({
        line,
        column: pattern.column,
        kind: "Invalid pattern",
        problem: bad,
        token: pattern.text,
        source: raw
      });
      return;
    }
    let badOwner = owners.find((o) => !isOwner(o.text));
    if (badOwner) {
      errors.push({
        line,
        column: badOwner.column,
        kind: "Invalid owner",
        problem: "owner",
        token: badOwner.text,
        source: raw
      });
      return;
    }
    rules.push({ line, pattern: pattern.text, owners: owners.map((o) => o.text) });
  }), { rules, errors });
}

// src/codeowners/pattern.ts
var WILD = /(?<!\\)[*?]/, unescape = (seg) => seg.replace(/\\(.)/g, "$1");
function compileGlob(seg) {
  let out = [];
  for (let i = 0; i < seg.length; i++) {
    let ch = seg[i];
    ch === "\\" && i + 1 < seg.length ? out.push({ lit: seg[++i] }) : ch === "*" ? out[out.length - 1] !== "*" && out.push("*") : ch === "?" ? out.push("?") : out.push({ lit: ch });
  }
  return out;
}
function globMatch(glob, s) {
  let i = 0, j = 0, star = -1, mark = 0;
  for (; j < s.length; ) {
    let g = glob[i];
    if (g !== void 0 && g !== "*" && (g === "?" || g.lit === s[j]))
      i++, j++;
    else if (g === "*")
      star = i++, mark = j;
    else if (star >= 0)
      i = star + 1, j = ++mark;
    else return !1;
  }
  for (; glob[i] === "*"; ) i++;
  return i === glob.length;
}
function matchFixed(tokens, segs) {
  let lastTok = tokens[tokens.length - 1];
  if (segs.length < tokens.length || segs.length > tokens.length && !lastTok.descendants) return !1;
  for (let i = 0; i < tokens.length; i++)
    if (!globMatch(tokens[i].glob, segs[i])) return !1;
  return !0;
}
function matchTokens(tokens, segs) {
  let n = tokens.length, cur = new Uint8Array(n + 1), next = new Uint8Array(n + 1), lo = 0, hi = 0, close = (set) => {
    for (let t = lo; t < n && t <= hi; t++)
      set[t] && tokens[t].kind === "any" && (set[t + 1] = 1, t + 1 > hi && (hi = t + 1), lo = t);
  };
  cur[0] = 1, close(cur);
  for (let seg of segs) {
    next.fill(0, lo);
    let from = n + 1, to = -1;
    for (let t = lo; t <= hi && t < n; t++) {
      if (!cur[t]) continue;
      let tok = tokens[t], stay = !1, advance = !1;
      if (tok.kind === "any") stay = !0;
      else if (tok.kind === "some")
        stay = !0, advance = !0;
      else if (globMatch(tok.glob, seg)) {
        if (tok.descendants && t === n - 1) return !0;
        advance = !0;
      }
      stay && (next[t] = 1, from = Math.min(from, t), to = Math.max(to, t)), advance && (next[t + 1] = 1, from = Math.min(from, t + 1), to = Math.max(to, t + 1));
    }
    if (to < 0) return !1;
    lo = from, hi = to, close(next), [cur, next] = [next, cur];
  }
  return cur[n] === 1;
}
function compilePattern(pattern) {
  let segs = pattern.split("/");
  segs[0] === "" ? segs = segs.slice(1) : (segs.length === 1 || segs.length === 2 && segs[1] === "") && segs[0] !== "**" && (segs = ["**", ...segs]), segs.length > 1 && segs[segs.length - 1] === "" && (segs[segs.length - 1] = "**");
  let last = segs.length - 1, tokens = segs.map((seg, i) => seg === "**" ? i === last && i !== 0 ? { kind: "some" } : i === 0 && i === last ? { kind: "some" } : { kind: "any" } : { kind: "one", glob: compileGlob(seg), descendants: i === last && seg !== "*" }), testSegments = tokens.every((t) => t.kind === "one") ? (segs2) => matchFixed(tokens, segs2) : (segs2) => matchTokens(tokens, segs2), compiled = { test: (path) => testSegments(path.split("/")), testSegments };
  if (segs[0] !== "**") {
    let prefix = [];
    for (let seg of segs) {
      if (seg === "**" || WILD.test(seg)) break;
      prefix.push(unescape(seg));
    }
    prefix.length > 0 && (compiled.anchoredPrefix = prefix);
  } else {
    let next = segs[1];
    if (next !== void 0 && next !== "**" && next !== "")
      if (!WILD.test(next)) compiled.floatingSegment = unescape(next);
      else {
        let ext = /^(?:\*|[^*?]*\*)\.([^*?./\\]+)$/.exec(next);
        ext && (compiled.floatingExtension = ext[1]);
      }
  }
  return compiled;
}

// src/codeowners/owners.ts
function compileCodeowners(text) {
  let { rules, errors } = parseCodeowners(text), compiled = rules.map((r) => compilePattern(r.pattern)), trie = { rules: [], children: /* @__PURE__ */ new Map() }, bySegment = /* @__PURE__ */ new Map(), byExtension = /* @__PURE__ */ new Map(), always = [], push = (map, key, i) => {
    let list = map.get(key);
    list ? list.push(i) : map.set(key, [i]);
  };
  compiled.forEach((c, i) => {
    if (c.anchoredPrefix) {
      let node = trie;
      for (let seg of c.anchoredPrefix) {
        let next = node.children.get(seg);
        next || node.children.set(seg, next = { rules: [], children: /* @__PURE__ */ new Map() }), node = next;
      }
      node.rules.push(i);
    } else c.floatingSegment !== void 0 ? push(bySegment, c.floatingSegment, i) : c.floatingExtension !== void 0 ? push(byExtension, c.floatingExtension, i) : always.push(i);
  });
  let ruleIndexFor = (path) => {
    let segs = path.replace(/^(\.\/|\/)+/, "").split("/"), best = -1, consider = (list) => {
      if (list)
        for (let k = list.length - 1; k >= 0; k--) {
          let i = list[k];
          if (i <= best) return;
          if (compiled[i].testSegments(segs)) {
            best = i;
            return;
          }
        }
    };
    consider(always);
    let node = trie;
    for (let seg of segs) {
      if (node = node.children.get(seg), !node) break;
      consider(node.rules);
    }
    let seen = /* @__PURE__ */ new Set();
    for (let seg of segs) {
      if (seen.has(seg)) continue;
      seen.add(seg), consider(bySegment.get(seg));
      let dot = seg.lastIndexOf(".");
      dot >= 0 && consider(byExtension.get(seg.slice(dot + 1)));
    }
    return best;
  };
  return {
    rules,
    errors,
    ruleFor(path) {
      let i = ruleIndexFor(path);
      return i >= 0 ? rules[i] : void 0;
    },
    ownersOf(path) {
      let i = ruleIndexFor(path);
      return i >= 0 ? [...rules[i].owners] : [];
    }
  };
}
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

export {
  compileCodeowners,
  CODEOWNERS_LOCATIONS
};
