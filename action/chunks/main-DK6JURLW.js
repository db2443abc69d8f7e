import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-2GTFM5DQ.js";
import "./chunk-PH7QXZUN.js";
import "./chunk-NDXQVPPV.js";
import "./chunk-PHMAUG45.js";
import "./chunk-4CBMIPBH.js";
import "./chunk-TG3VTIA3.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-IFITZ43W.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-JTTJNB2D.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-S3PPX2S3.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-S3PPX2S3.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-E2M5AN6K.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-YQ3KDTFG.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
