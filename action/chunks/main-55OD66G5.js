import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-OI57VCMV.js";
import "./chunk-DC4IN4RZ.js";
import "./chunk-5D3GRLDS.js";
import "./chunk-WIMEK4TS.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-G2MA42GY.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-ZBW25WEW.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-TUK7RBHZ.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-TUK7RBHZ.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-E2ST42PK.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-VYMJJQMA.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
