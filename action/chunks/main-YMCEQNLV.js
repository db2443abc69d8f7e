import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-TQSIPKZR.js";
import "./chunk-TJEZOBBO.js";
import "./chunk-PN7A5SSY.js";
import "./chunk-2YQ5YQX2.js";
import "./chunk-MMRI2XNX.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-FHOBIUSJ.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-X5CRTI6G.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-FZRGAIZI.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-FZRGAIZI.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-EGWF25YZ.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-2EQATNGN.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
