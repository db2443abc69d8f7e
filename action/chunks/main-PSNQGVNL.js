import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-UBSBX42C.js";
import "./chunk-ZIFKLKNB.js";
import "./chunk-AV2TIPO3.js";
import "./chunk-AEOB34VQ.js";
import "./chunk-6XT5Q5FX.js";
import "./chunk-TG3VTIA3.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-TX2E5TAN.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-MYE4CM3F.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-POTWDQTJ.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-POTWDQTJ.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-74VTNQZD.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-VQGXQJVN.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
