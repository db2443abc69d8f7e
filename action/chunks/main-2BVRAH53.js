import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  helpText,
  usageCatalog,
  usageLanguage
} from "./chunk-SGU2HSOP.js";
import "./chunk-4JUXGLFC.js";
import "./chunk-YDZBF6P3.js";
import "./chunk-4FVI6MQS.js";
import "./chunk-4CBMIPBH.js";
import "./chunk-GJAYEYDS.js";
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-Y2WE4YYK.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-FCMJWJBF.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-E4CQFNYU.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-E4CQFNYU.js")).runReport(rest, io);
    case "doctor":
      return (await import("./doctor-NUW5NVM5.js")).runDoctor(rest, io);
    case "simulate":
      return (await import("./simulate-UGAVT4KH.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
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
