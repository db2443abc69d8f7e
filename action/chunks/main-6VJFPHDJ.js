import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-BWGYJBTK.js";
import "./chunk-MLMR7MA4.js";
import "./chunk-ZQYR7J3J.js";
import "./chunk-4ZVL5RV6.js";
import "./chunk-CK4XYP6V.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-VP5F4TST.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-JOPMIE7X.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-MWOYMYHD.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-MWOYMYHD.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-RORVO4KU.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-BBQYJW73.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
