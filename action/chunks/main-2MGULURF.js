import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-5C67HHNY.js";
import "./chunk-YTH3BEG2.js";
import "./chunk-7PFXTS3Z.js";
import "./chunk-DBPVBHPO.js";
import "./chunk-CK4XYP6V.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-EKA3PCAL.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-EAPWR6CC.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-IC7H4MEH.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-IC7H4MEH.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-RQ5LE3KU.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-P6T2BWLD.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
    case void 0:
    case "help":
    case "--help":
    case "-h":
      return io.out(helpText("main", usageLanguage(rest, io))), command === void 0 ? 2 : 0;
    default:
      return io.err(
        `upgrade-gate: ${usageCatalog(rest, io)["cli.unknown-command"]({ command })}

${helpText("main", usageLanguage(rest, io))}`
      ), 2;
  }
}
export {
  runCli
};
