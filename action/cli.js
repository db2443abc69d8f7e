#!/usr/bin/env node
"use strict";
const __ugModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  runCli: () => runCli
});
async function runCli(argv, io) {
  if (!asksForJson(argv)) return dispatch(argv, io);
  let printed = !1, said = [], status = await dispatch(argv, {
    ...io,
    out: (line) => {
      printed = !0, io.out(line);
    },
    err: (line) => {
      said.push(line), io.err(line);
    }
  });
  return status === 2 && !printed && io.out(JSON.stringify([usageFinding(argv[0], said)], null, 2)), status;
}
function asksForJson(argv) {
  let end = argv.indexOf("--"), args = end < 0 ? argv : argv.slice(0, end);
  return args.some((a, i) => a === "--format=json" || a === "--format" && args[i + 1] === "json");
}
function usageFinding(command, said) {
  let text = said.join(`
`).split(`

`)[0] ?? "", prefix = `upgrade-gate ${command ?? ""}: `;
  return { rule: "usage", severity: "error", message: text.startsWith(prefix) ? text.slice(prefix.length) : text };
}
async function dispatch(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command, and the help, is loaded when it runs: a start pays only for the code of the
    // command it runs (in the bundle, each is a file of its own).
    case "validate":
      return (await Promise.resolve().then(() => __toESM(require("./commands/validate.cjs"), 1))).runValidate(rest, io);
    case "owners":
      return (await Promise.resolve().then(() => __toESM(require("./commands/owners.cjs"), 1))).runOwners(rest, io);
    case "verify":
      return (await Promise.resolve().then(() => __toESM(require("./commands/archive-commands.cjs"), 1))).runVerify(rest, io);
    case "report":
      return (await Promise.resolve().then(() => __toESM(require("./commands/archive-commands.cjs"), 1))).runReport(rest, io);
    case "doctor":
      return (await Promise.resolve().then(() => __toESM(require("./commands/doctor.cjs"), 1))).runDoctor(rest, io);
    case "simulate":
      return (await Promise.resolve().then(() => __toESM(require("./commands/simulate.cjs"), 1))).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
    case void 0:
    case "help":
    case "--help":
    case "-h":
      return (await Promise.resolve().then(() => __toESM(require("./commands/help-command.cjs"), 1))).runMainHelp(command, rest, io);
    default:
      return (await Promise.resolve().then(() => __toESM(require("./commands/help-command.cjs"), 1))).runUnknownCommand(command, rest, io);
  }
}
var init_main = __esm({
  "src/cli/main.ts"() {
    "use strict";
  }
});

// src/cli/io.ts
var io_exports = {};
__export(io_exports, {
  processIo: () => processIo
});
function processIo() {
  return {
    cwd: process.cwd(),
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
    env: process.env
  };
}
function lineWriter(stream) {
  let gone = !1;
  return stream.on("error", (err) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
    gone = !0;
  }), (line) => {
    !gone && !stream.destroyed && stream.write(`${line}
`);
  };
}
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
  }
});

// src/startup.ts
var nodeModule = __toESM(require("node:module"), 1);
function enableCompileCache2() {
  let enable = nodeModule.enableCompileCache;
  try {
    enable?.();
  } catch {
  }
}

// src/cli.ts
enableCompileCache2();
Promise.all([Promise.resolve().then(() => (init_main(), main_exports)), Promise.resolve().then(() => (init_io(), io_exports))]).then(([{ runCli: runCli2 }, { processIo: processIo2 }]) => runCli2(process.argv.slice(2), processIo2())).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`upgrade-gate: internal error: ${err?.stack ?? String(err)}
`), process.exitCode = 2;
  }
);
