import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-H34ZWV5Q.js";
import "./chunk-OQKAAGKY.js";
import "./chunk-PI6MN6EE.js";
import "./chunk-WCBYHLCY.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-WCFTSPEG.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-GNS6LNJE.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-ACX72B65.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-ACX72B65.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-AEUYDF5P.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-L4CYHRMB.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
