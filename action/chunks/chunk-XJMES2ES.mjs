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

// src/messages/doctor-catalog.ts
var en = {
  title: (p) => `Setup of ${p.repo} (branch ${p.branch}): upgrade-gate doctor`,
  fix: () => "Fix: ",
  "all-good": () => "The setup enforces upgrade-gate: every check passed.",
  findings: (p) => `${p.count} finding${p.count === 1 ? "" : "s"}: the setup does not yet prove that upgrade-gate is enforced.`,
  "config.invalid": (p) => `${p.path} at the branch tip has errors; the checks below use the defaults where it could not be read`,
  "config.invalid.fix": (p) => `run upgrade-gate validate ${p.path} and correct what it names`,
  "rules.unreadable": (p) => `the rules of ${p.branch} could not be read with this token`,
  "rules.unreadable.fix": () => "run doctor with a token that can read the repository (metadata: read)",
  "classic.unreadable": (p) => `the classic branch protection of ${p.branch} could not be read with this token (it needs administration: read); only rulesets were checked`,
  "classic.unreadable.fix": () => "run doctor with a token that has administration: read, or move the protection into a ruleset",
  "status.required": (p) => `the status ${p.context} is required (${p.via}), from the app with id ${p.app}`,
  "status.not-required": (p) => `no ruleset or branch protection requires the status ${p.context} on ${p.branch}: a pull request can merge whatever upgrade-gate says`,
  "status.not-required.fix": (p) => `Settings \u2192 Rules \u2192 Rulesets \u2192 New branch ruleset targeting ${p.branch}: turn on "Require status checks to pass", add the check ${p.context} and choose your upgrade-gate GitHub App as its source`,
  "status.any-source": (p) => `the status ${p.context} is required (${p.via}) from any source: anyone who can post a commit status (any workflow with statuses: write, any token with repo access) can post success`,
  "status.any-source.fix": (p) => `in the rule that requires ${p.context}, choose your upgrade-gate GitHub App as the source of the check`,
  "status.actions-source": (p) => `the status ${p.context} is required (${p.via}) from GitHub Actions: any workflow in the repository can post it, including a pull request's own workflow file run by pull_request_review, merge_group or a branch push`,
  "status.actions-source.fix": (p) => `run upgrade-gate with a GitHub App installation token (actions/create-github-app-token, key in an environment restricted to the default branch) and require ${p.context} from that App`,
  "review.code-owners": (p) => `code owner review is required (${p.via})`,
  "review.no-code-owners": (p) => `no rule requires a code owner's review on ${p.branch}: the owners of upgrades/, the configuration, the workflows and the archive need not approve changes to them`,
  "review.no-code-owners.fix": () => `in the ruleset's "Require a pull request before merging" rule, turn on "Require review from Code Owners"`,
  "codeowners.found": (p) => `CODEOWNERS is ${p.path}`,
  "codeowners.missing": (p) => `there is no CODEOWNERS file on ${p.branch} (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS): no approval can be tied to an owner`,
  "codeowners.missing.fix": (p) => `add .github/CODEOWNERS with: ${p.lines}`,
  "codeowners.invalid": (p) => `${p.path} has lines GitHub skips (line ${p.lines})`,
  "codeowners.invalid.fix": (p) => `run upgrade-gate owners --codeowners ${p.path} with any path to see why, and correct those lines`,
  "codeowners.covered": (p) => `${p.what} (${p.path}): owned by ${p.owners}`,
  "codeowners.uncovered": (p) => `no line of ${p.file} owns ${p.what} (${p.path}): anyone with write access can change it without an owner's review`,
  "codeowners.uncovered.fix": (p) => `add this line to ${p.file}: ${p.line}`,
  "what.documents": () => "the upgrade documents",
  "what.config": () => "the configuration",
  "what.workflows": () => "the workflows",
  "what.archive": () => "the archive",
  "archive.writable": (p) => `the archive can be written to ${p.branch} (${p.how})`,
  "archive.blocked": (p) => `the archive cannot be written to ${p.branch} by this token: ${p.rules}; merged upgrades would have no record`,
  "archive.blocked.fix": (p) => `add your upgrade-gate GitHub App to the bypass list of the ruleset that protects ${p.branch} (GitHub refuses GitHub Actions in a repository ruleset's bypass list), or set archive.branch to a branch that only the App may push to`,
  "archive.no-rules": () => "no rule stops a direct push",
  "archive.bypass": (p) => `this token may bypass ${p.rulesets}`,
  "merge-queue.on": () => "a merge queue is on and the workflow runs on merge_group",
  "merge-queue.off": () => "no merge queue",
  "merge-queue.no-event": (p) => `a merge queue is on but ${p.workflow} does not run on merge_group: the queue waits for the required status forever`,
  "merge-queue.no-event.fix": (p) => `add merge_group: to the on: list of ${p.workflow}`,
  "workflow.found": (p) => `the workflow ${p.workflow} runs upgrade-gate`,
  "workflow.missing": (p) => `no workflow in .github/workflows on ${p.branch} runs upgrade-gate`,
  "workflow.missing.fix": () => "copy examples/.github/workflows/upgrade-gate.yml from the upgrade-gate repository into .github/workflows/",
  "workflow.events": (p) => `${p.workflow} runs on ${p.events}`,
  "workflow.event-missing": (p) => `${p.workflow} does not run on ${p.event}: ${p.why}`,
  "workflow.event-missing.fix": (p) => `add ${p.event}: to the on: list of ${p.workflow}`,
  "why.pull_request_target": () => "pull requests are never checked",
  "why.pull_request_review": () => "an approval does not re-check the pull request",
  "why.schedule": () => "the merge window never flips waiting pull requests, missing records are never backfilled and this check never runs",
  "why.issue_comment": () => "/upgrade-result comments are never recorded",
  "workflow.pull-request": (p) => `${p.workflow} runs on pull_request, which runs the pull request's own copy of the workflow (it can change its own gate) with a read-only token on forks`,
  "workflow.pull-request.fix": (p) => `in ${p.workflow}, use pull_request_target instead of pull_request (upgrade-gate never checks out or runs pull request code)`,
  "workflow.permissions": (p) => `${p.workflow} grants ${p.permissions}`,
  "workflow.permission-missing": (p) => `${p.workflow} does not grant ${p.missing} to GITHUB_TOKEN: the status, the comment or the archive cannot be written`,
  "workflow.permission-missing.fix": (p) => `add to the permissions: of ${p.workflow}: ${p.missing}`,
  "workflow.app-token": (p) => `${p.workflow} runs upgrade-gate with a GitHub App token whose key is in the environment ${p.environment}`,
  "workflow.actions-token": (p) => `${p.workflow} runs upgrade-gate with GITHUB_TOKEN: the status is posted as github-actions[bot], as any other workflow's would be`,
  "workflow.actions-token.fix": () => 'use the recommended setup (README, "A check only the gate can set"): a GitHub App token from actions/create-github-app-token, its key in an environment restricted to the default branch, the status required from that App',
  "workflow.key-unguarded": (p) => `${p.workflow} runs upgrade-gate with a GitHub App token, but the job has no environment: the App's key is a secret any workflow (a pull request's own, too) can read`,
  "workflow.key-unguarded.fix": (p) => `put the App's key in an environment whose deployment branches are only the default branch, and add environment: to the job in ${p.workflow}`,
  "workflow.others-can-post": (p) => `other workflows can post statuses with GITHUB_TOKEN (${p.workflows}): with the status required from GitHub Actions or any source, each of them can post success`,
  "workflow.others-can-post.fix": () => "require the status from your upgrade-gate GitHub App; or give those workflows permissions: without statuses: write",
  "workflow.none-can-post": () => "no other workflow can post a status that counts",
  "identity.posted": (p) => `The status ${p.context} was published as ${p.login}.`,
  "identity.actions": () => "This is GitHub Actions: any workflow of the repository can post the same status. Use a GitHub App token and require the status from that App (upgrade-gate doctor says what to change)."
}, zhCN = {
  title: (p) => `${p.repo}\uFF08\u5206\u652F ${p.branch}\uFF09\u7684\u914D\u7F6E\u68C0\u67E5\uFF1Aupgrade-gate doctor`,
  fix: () => "\u4FEE\u590D\u65B9\u6CD5\uFF1A",
  "all-good": () => "\u914D\u7F6E\u786E\u4FDD upgrade-gate \u5F3A\u5236\u751F\u6548\uFF1A\u6240\u6709\u68C0\u67E5\u5747\u901A\u8FC7\u3002",
  findings: (p) => `\u53D1\u73B0 ${p.count} \u4E2A\u95EE\u9898\uFF1A\u5F53\u524D\u914D\u7F6E\u5C1A\u4E0D\u80FD\u8BC1\u660E upgrade-gate \u5F3A\u5236\u751F\u6548\u3002`,
  "config.invalid": (p) => `\u5206\u652F\u6700\u65B0\u63D0\u4EA4\u4E0A\u7684 ${p.path} \u6709\u9519\u8BEF\uFF1B\u65E0\u6CD5\u8BFB\u53D6\u7684\u90E8\u5206\u6309\u9ED8\u8BA4\u503C\u68C0\u67E5`,
  "config.invalid.fix": (p) => `\u8FD0\u884C upgrade-gate validate ${p.path}\uFF0C\u6309\u63D0\u793A\u4FEE\u6539`,
  "rules.unreadable": (p) => `\u65E0\u6CD5\u7528\u6B64\u4EE4\u724C\u8BFB\u53D6 ${p.branch} \u7684\u89C4\u5219`,
  "rules.unreadable.fix": () => "\u8BF7\u4F7F\u7528\u80FD\u8BFB\u53D6\u8BE5\u4ED3\u5E93\u7684\u4EE4\u724C\uFF08metadata: read\uFF09\u8FD0\u884C doctor",
  "classic.unreadable": (p) => `\u65E0\u6CD5\u7528\u6B64\u4EE4\u724C\u8BFB\u53D6 ${p.branch} \u7684\u4F20\u7EDF\u5206\u652F\u4FDD\u62A4\uFF08\u9700\u8981 administration: read\uFF09\uFF1B\u53EA\u68C0\u67E5\u4E86\u89C4\u5219\u96C6`,
  "classic.unreadable.fix": () => "\u8BF7\u4F7F\u7528\u5177\u6709 administration: read \u7684\u4EE4\u724C\u8FD0\u884C doctor\uFF0C\u6216\u5C06\u4FDD\u62A4\u8FC1\u79FB\u5230\u89C4\u5219\u96C6",
  "status.required": (p) => `\u72B6\u6001\u68C0\u67E5 ${p.context} \u4E3A\u5FC5\u9700\uFF08${p.via}\uFF09\uFF0C\u6765\u6E90\u4E3A ID ${p.app} \u7684\u5E94\u7528`,
  "status.not-required": (p) => `${p.branch} \u4E0A\u6CA1\u6709\u4EFB\u4F55\u89C4\u5219\u96C6\u6216\u5206\u652F\u4FDD\u62A4\u8981\u6C42\u72B6\u6001\u68C0\u67E5 ${p.context}\uFF1A\u65E0\u8BBA upgrade-gate \u7ED3\u8BBA\u5982\u4F55\uFF0CPR \u90FD\u80FD\u5408\u5E76`,
  "status.not-required.fix": (p) => `Settings \u2192 Rules \u2192 Rulesets \u2192 New branch ruleset\uFF0C\u76EE\u6807\u5206\u652F ${p.branch}\uFF1A\u5F00\u542F\u201CRequire status checks to pass\u201D\uFF0C\u6DFB\u52A0\u68C0\u67E5 ${p.context}\uFF0C\u5E76\u5C06\u6765\u6E90\u8BBE\u4E3A\u4F60\u7684 upgrade-gate GitHub App`,
  "status.any-source": (p) => `\u72B6\u6001\u68C0\u67E5 ${p.context} \u4E3A\u5FC5\u9700\uFF08${p.via}\uFF09\uFF0C\u4F46\u4E0D\u9650\u6765\u6E90\uFF1A\u4EFB\u4F55\u80FD\u5199\u63D0\u4EA4\u72B6\u6001\u7684\u4EBA\uFF08\u4EFB\u4F55\u5177\u6709 statuses: write \u7684\u5DE5\u4F5C\u6D41\u3001\u4EFB\u4F55\u6709\u4ED3\u5E93\u6743\u9650\u7684\u4EE4\u724C\uFF09\u90FD\u80FD\u53D1\u5E03 success`,
  "status.any-source.fix": (p) => `\u5728\u8981\u6C42 ${p.context} \u7684\u89C4\u5219\u4E2D\uFF0C\u5C06\u68C0\u67E5\u6765\u6E90\u8BBE\u4E3A\u4F60\u7684 upgrade-gate GitHub App`,
  "status.actions-source": (p) => `\u72B6\u6001\u68C0\u67E5 ${p.context} \u4E3A\u5FC5\u9700\uFF08${p.via}\uFF09\uFF0C\u6765\u6E90\u4E3A GitHub Actions\uFF1A\u4ED3\u5E93\u4E2D\u4EFB\u4F55\u5DE5\u4F5C\u6D41\u90FD\u80FD\u53D1\u5E03\u5B83\uFF0C\u5305\u62EC PR \u81EA\u5E26\u7684\u5DE5\u4F5C\u6D41\u6587\u4EF6\uFF08\u7ECF pull_request_review\u3001merge_group \u6216\u5206\u652F\u63A8\u9001\u8FD0\u884C\uFF09`,
  "status.actions-source.fix": (p) => `\u4F7F\u7528 GitHub App \u5B89\u88C5\u4EE4\u724C\u8FD0\u884C upgrade-gate\uFF08actions/create-github-app-token\uFF0C\u79C1\u94A5\u653E\u5728\u4EC5\u9650\u9ED8\u8BA4\u5206\u652F\u7684 environment \u4E2D\uFF09\uFF0C\u5E76\u8981\u6C42 ${p.context} \u6765\u81EA\u8BE5 App`,
  "review.code-owners": (p) => `\u5DF2\u8981\u6C42\u4EE3\u7801\u6240\u6709\u8005\u5BA1\u6279\uFF08${p.via}\uFF09`,
  "review.no-code-owners": (p) => `${p.branch} \u4E0A\u6CA1\u6709\u89C4\u5219\u8981\u6C42\u4EE3\u7801\u6240\u6709\u8005\u5BA1\u6279\uFF1Aupgrades/\u3001\u914D\u7F6E\u3001\u5DE5\u4F5C\u6D41\u548C\u5F52\u6863\u7684\u53D8\u66F4\u65E0\u9700\u5176\u6240\u6709\u8005\u6279\u51C6`,
  "review.no-code-owners.fix": () => "\u5728\u89C4\u5219\u96C6\u7684\u201CRequire a pull request before merging\u201D\u89C4\u5219\u4E2D\u5F00\u542F\u201CRequire review from Code Owners\u201D",
  "codeowners.found": (p) => `CODEOWNERS \u6587\u4EF6\u4E3A ${p.path}`,
  "codeowners.missing": (p) => `${p.branch} \u4E0A\u6CA1\u6709 CODEOWNERS \u6587\u4EF6\uFF08.github/CODEOWNERS\u3001CODEOWNERS \u6216 docs/CODEOWNERS\uFF09\uFF1A\u5BA1\u6279\u65E0\u6CD5\u5BF9\u5E94\u5230\u4EE3\u7801\u6240\u6709\u8005`,
  "codeowners.missing.fix": (p) => `\u65B0\u589E .github/CODEOWNERS\uFF0C\u5185\u5BB9\u4E3A\uFF1A${p.lines}`,
  "codeowners.invalid": (p) => `${p.path} \u4E2D\u6709 GitHub \u4F1A\u5FFD\u7565\u7684\u884C\uFF08\u7B2C ${p.lines} \u884C\uFF09`,
  "codeowners.invalid.fix": (p) => `\u8FD0\u884C upgrade-gate owners --codeowners ${p.path} \u52A0\u4EFB\u4E00\u8DEF\u5F84\u67E5\u770B\u539F\u56E0\uFF0C\u5E76\u4FEE\u6539\u8FD9\u4E9B\u884C`,
  "codeowners.covered": (p) => `${p.what}\uFF08${p.path}\uFF09\u7684\u4EE3\u7801\u6240\u6709\u8005\u4E3A ${p.owners}`,
  "codeowners.uncovered": (p) => `${p.file} \u4E2D\u6CA1\u6709\u4EFB\u4F55\u4E00\u884C\u8986\u76D6${p.what}\uFF08${p.path}\uFF09\uFF1A\u4EFB\u4F55\u6709\u5199\u6743\u9650\u7684\u4EBA\u90FD\u80FD\u4FEE\u6539\u5B83\u800C\u65E0\u9700\u6240\u6709\u8005\u5BA1\u6279`,
  "codeowners.uncovered.fix": (p) => `\u5728 ${p.file} \u4E2D\u52A0\u5165\u8FD9\u4E00\u884C\uFF1A${p.line}`,
  "what.documents": () => "\u5347\u7EA7\u6587\u6863",
  "what.config": () => "\u914D\u7F6E\u6587\u4EF6",
  "what.workflows": () => "\u5DE5\u4F5C\u6D41",
  "what.archive": () => "\u5F52\u6863",
  "archive.writable": (p) => `\u5F52\u6863\u53EF\u4EE5\u5199\u5165 ${p.branch}\uFF08${p.how}\uFF09`,
  "archive.blocked": (p) => `\u6B64\u4EE4\u724C\u65E0\u6CD5\u5C06\u5F52\u6863\u5199\u5165 ${p.branch}\uFF1A${p.rules}\uFF1B\u5DF2\u5408\u5E76\u7684\u5347\u7EA7\u5C06\u6CA1\u6709\u5F52\u6863\u8BB0\u5F55`,
  "archive.blocked.fix": (p) => `\u5C06\u4F60\u7684 upgrade-gate GitHub App \u52A0\u5165\u4FDD\u62A4 ${p.branch} \u7684\u89C4\u5219\u96C6\u7684\u7ED5\u8FC7\u5217\u8868\uFF08\u4ED3\u5E93\u89C4\u5219\u96C6\u4E0D\u63A5\u53D7 GitHub Actions \u4F5C\u4E3A\u7ED5\u8FC7\u8005\uFF09\uFF0C\u6216\u5C06 archive.branch \u8BBE\u4E3A\u53EA\u6709\u8BE5 App \u80FD\u63A8\u9001\u7684\u5206\u652F`,
  "archive.no-rules": () => "\u6CA1\u6709\u89C4\u5219\u963B\u6B62\u76F4\u63A5\u63A8\u9001",
  "archive.bypass": (p) => `\u6B64\u4EE4\u724C\u53EF\u4EE5\u7ED5\u8FC7 ${p.rulesets}`,
  "merge-queue.on": () => "\u5DF2\u5F00\u542F\u5408\u5E76\u961F\u5217\uFF0C\u4E14\u5DE5\u4F5C\u6D41\u5728 merge_group \u65F6\u8FD0\u884C",
  "merge-queue.off": () => "\u672A\u5F00\u542F\u5408\u5E76\u961F\u5217",
  "merge-queue.no-event": (p) => `\u5DF2\u5F00\u542F\u5408\u5E76\u961F\u5217\uFF0C\u4F46 ${p.workflow} \u4E0D\u5728 merge_group \u65F6\u8FD0\u884C\uFF1A\u961F\u5217\u4F1A\u4E00\u76F4\u7B49\u5F85\u5FC5\u9700\u7684\u72B6\u6001\u68C0\u67E5`,
  "merge-queue.no-event.fix": (p) => `\u5728 ${p.workflow} \u7684 on: \u5217\u8868\u4E2D\u52A0\u5165 merge_group:`,
  "workflow.found": (p) => `\u5DE5\u4F5C\u6D41 ${p.workflow} \u8FD0\u884C upgrade-gate`,
  "workflow.missing": (p) => `${p.branch} \u7684 .github/workflows \u4E2D\u6CA1\u6709\u8FD0\u884C upgrade-gate \u7684\u5DE5\u4F5C\u6D41`,
  "workflow.missing.fix": () => "\u5C06 upgrade-gate \u4ED3\u5E93\u4E2D\u7684 examples/.github/workflows/upgrade-gate.yml \u590D\u5236\u5230 .github/workflows/",
  "workflow.events": (p) => `${p.workflow} \u5728\u4EE5\u4E0B\u4E8B\u4EF6\u65F6\u8FD0\u884C\uFF1A${p.events}`,
  "workflow.event-missing": (p) => `${p.workflow} \u4E0D\u5728 ${p.event} \u65F6\u8FD0\u884C\uFF1A${p.why}`,
  "workflow.event-missing.fix": (p) => `\u5728 ${p.workflow} \u7684 on: \u5217\u8868\u4E2D\u52A0\u5165 ${p.event}:`,
  "why.pull_request_target": () => "PR \u6C38\u8FDC\u4E0D\u4F1A\u88AB\u68C0\u67E5",
  "why.pull_request_review": () => "\u5BA1\u6279\u540E\u4E0D\u4F1A\u91CD\u65B0\u68C0\u67E5 PR",
  "why.schedule": () => "\u5347\u7EA7\u7A97\u53E3\u5F00\u95ED\u65F6\u7B49\u5F85\u4E2D\u7684 PR \u72B6\u6001\u4E0D\u4F1A\u66F4\u65B0\uFF0C\u7F3A\u5931\u7684\u5F52\u6863\u8BB0\u5F55\u4E0D\u4F1A\u8865\u5F55\uFF0C\u672C\u68C0\u67E5\u4E5F\u4E0D\u4F1A\u8FD0\u884C",
  "why.issue_comment": () => "/upgrade-result \u8BC4\u8BBA\u4E0D\u4F1A\u88AB\u8BB0\u5F55",
  "workflow.pull-request": (p) => `${p.workflow} \u5728 pull_request \u65F6\u8FD0\u884C\uFF0C\u6267\u884C\u7684\u662F PR \u81EA\u5E26\u7684\u5DE5\u4F5C\u6D41\u526F\u672C\uFF08PR \u53EF\u4EE5\u4FEE\u6539\u81EA\u5DF1\u7684\u68C0\u67E5\uFF09\uFF0C\u4E14 fork \u7684 PR \u53EA\u6709\u53EA\u8BFB\u4EE4\u724C`,
  "workflow.pull-request.fix": (p) => `\u5728 ${p.workflow} \u4E2D\u7528 pull_request_target \u4EE3\u66FF pull_request\uFF08upgrade-gate \u4ECE\u4E0D\u68C0\u51FA\u6216\u8FD0\u884C PR \u7684\u4EE3\u7801\uFF09`,
  "workflow.permissions": (p) => `${p.workflow} \u6388\u4E88\u7684\u6743\u9650\uFF1A${p.permissions}`,
  "workflow.permission-missing": (p) => `${p.workflow} \u6CA1\u6709\u6388\u4E88 GITHUB_TOKEN ${p.missing}\uFF1A\u65E0\u6CD5\u5199\u5165\u72B6\u6001\u68C0\u67E5\u3001\u8BC4\u8BBA\u6216\u5F52\u6863`,
  "workflow.permission-missing.fix": (p) => `\u5728 ${p.workflow} \u7684 permissions: \u4E2D\u52A0\u5165\uFF1A${p.missing}`,
  "workflow.app-token": (p) => `${p.workflow} \u4F7F\u7528 GitHub App \u4EE4\u724C\u8FD0\u884C upgrade-gate\uFF0C\u79C1\u94A5\u4F4D\u4E8E environment ${p.environment}`,
  "workflow.actions-token": (p) => `${p.workflow} \u4F7F\u7528 GITHUB_TOKEN \u8FD0\u884C upgrade-gate\uFF1A\u72B6\u6001\u4EE5 github-actions[bot] \u8EAB\u4EFD\u53D1\u5E03\uFF0C\u4E0E\u5176\u4ED6\u4EFB\u4F55\u5DE5\u4F5C\u6D41\u53D1\u5E03\u7684\u65E0\u6CD5\u533A\u5206`,
  "workflow.actions-token.fix": () => "\u91C7\u7528\u63A8\u8350\u914D\u7F6E\uFF08README\u201C\u53EA\u6709 upgrade-gate \u80FD\u8BBE\u7F6E\u7684\u68C0\u67E5\u201D\uFF09\uFF1A\u7528 actions/create-github-app-token \u83B7\u53D6 GitHub App \u4EE4\u724C\uFF0C\u79C1\u94A5\u653E\u5728\u4EC5\u9650\u9ED8\u8BA4\u5206\u652F\u7684 environment \u4E2D\uFF0C\u5E76\u8981\u6C42\u72B6\u6001\u68C0\u67E5\u6765\u81EA\u8BE5 App",
  "workflow.key-unguarded": (p) => `${p.workflow} \u4F7F\u7528 GitHub App \u4EE4\u724C\u8FD0\u884C upgrade-gate\uFF0C\u4F46\u8BE5 job \u6CA1\u6709 environment\uFF1AApp \u79C1\u94A5\u662F\u4EFB\u4F55\u5DE5\u4F5C\u6D41\uFF08\u5305\u62EC PR \u81EA\u5E26\u7684\uFF09\u90FD\u80FD\u8BFB\u53D6\u7684 secret`,
  "workflow.key-unguarded.fix": (p) => `\u5C06 App \u79C1\u94A5\u653E\u5165\u90E8\u7F72\u5206\u652F\u4EC5\u9650\u9ED8\u8BA4\u5206\u652F\u7684 environment\uFF0C\u5E76\u5728 ${p.workflow} \u7684 job \u4E2D\u52A0\u5165 environment:`,
  "workflow.others-can-post": (p) => `\u5176\u4ED6\u5DE5\u4F5C\u6D41\u53EF\u4EE5\u7528 GITHUB_TOKEN \u53D1\u5E03\u72B6\u6001\uFF08${p.workflows}\uFF09\uFF1A\u7531\u4E8E\u72B6\u6001\u68C0\u67E5\u6765\u6E90\u4E3A GitHub Actions \u6216\u4E0D\u9650\u6765\u6E90\uFF0C\u5B83\u4EEC\u90FD\u80FD\u53D1\u5E03 success`,
  "workflow.others-can-post.fix": () => "\u8981\u6C42\u72B6\u6001\u68C0\u67E5\u6765\u81EA\u4F60\u7684 upgrade-gate GitHub App\uFF1B\u6216\u5728\u8FD9\u4E9B\u5DE5\u4F5C\u6D41\u7684 permissions: \u4E2D\u53BB\u6389 statuses: write",
  "workflow.none-can-post": () => "\u6CA1\u6709\u5176\u4ED6\u5DE5\u4F5C\u6D41\u80FD\u53D1\u5E03\u6709\u6548\u7684\u72B6\u6001\u68C0\u67E5",
  "identity.posted": (p) => `\u72B6\u6001\u68C0\u67E5 ${p.context} \u7531 ${p.login} \u53D1\u5E03\u3002`,
  "identity.actions": () => "\u8FD9\u662F GitHub Actions\uFF1A\u4ED3\u5E93\u4E2D\u4EFB\u4F55\u5DE5\u4F5C\u6D41\u90FD\u80FD\u53D1\u5E03\u540C\u6837\u7684\u72B6\u6001\u3002\u8BF7\u6539\u7528 GitHub App \u4EE4\u724C\uFF0C\u5E76\u8981\u6C42\u72B6\u6001\u68C0\u67E5\u6765\u81EA\u8BE5 App\uFF08upgrade-gate doctor \u4F1A\u5217\u51FA\u9700\u8981\u4FEE\u6539\u7684\u5730\u65B9\uFF09\u3002"
}, CATALOGS = { en, "zh-CN": zhCN };
function doctorMessages(language = "en") {
  return CATALOGS[language];
}

export {
  compileCodeowners,
  CODEOWNERS_LOCATIONS,
  doctorMessages
};
