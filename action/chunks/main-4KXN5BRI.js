import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-2Q2FVPUF.js";
import "./chunk-C7YGC3UX.js";
import "./chunk-RA5BQNR2.js";
import "./chunk-UUKXF7LA.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-ICOBX5DD.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-RHIW2CIT.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-VASNJJSD.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-VASNJJSD.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-RIMVBO3M.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-S4VTFZ6N.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
    case void 0:
    case "help":
    case "--help":
    case "-h":
      return io.out(helpText("main", usageLanguage(rest, io))), command === void 0 ? 2 : 0;
    default:
      return io.err(`upgrade-gate: ${usageCatalog(rest, io)["cli.unknown-command"]({ command })}

${helpText("main", usageLanguage(rest, io))}`), 2;
  }
}
export {
  runCli
};
