import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-EHLPK7KU.js";
import "./chunk-NMGJXU55.js";
import "./chunk-RNIMGADV.js";
import "./chunk-2BC3EY7M.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-Q6IQ2EX2.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-SXGJ3M2F.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-O2U33W4X.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-O2U33W4X.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-G5TX7HNX.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-6DPML2QU.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
