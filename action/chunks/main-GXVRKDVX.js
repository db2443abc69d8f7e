import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import "./chunk-4V7XTYWN.js";

// src/cli/main.ts
var HELP = `Usage: upgrade-gate <command> [options]

Commands:
  validate [PATH...]    check upgrade documents against the schema and document rules
  owners --codeowners FILE PATH...
                        print the owners GitHub would assign to each path
  simulate DOC...       the full evaluation offline: time, labels, approvals
  verify [DIR]          check that the archive is intact (hash chain, indexes, files)
  report [DIR]          list archived upgrades, approvers, violations, emergencies per month

Run "upgrade-gate <command> --help" (or -h) for a command's options.

Exit status of every command: 0 clean, 1 findings (a broken rule, a damaged archive),
2 usage or input errors (an unknown option, a missing file or folder, a broken configuration).`;
async function runCli(argv, io) {
  let [command, ...rest] = argv;
  switch (command) {
    // Each command is loaded when it runs: a start pays only for the code of the command it runs.
    case "validate":
      return (await import("./validate-TVB3PYYQ.js")).runValidate(rest, io);
    case "owners":
      return (await import("./owners-FM7ZGRF6.js")).runOwners(rest, io);
    case "verify":
      return (await import("./archive-commands-OKFQ5PBJ.js")).runVerify(rest, io);
    case "report":
      return (await import("./archive-commands-OKFQ5PBJ.js")).runReport(rest, io);
    case "simulate":
      return (await import("./simulate-DAIQNHLB.js")).runSimulate(rest, io, () => /* @__PURE__ */ new Date());
    case void 0:
    case "help":
    case "--help":
    case "-h":
      return io.out(HELP), command === void 0 ? 2 : 0;
    default:
      return io.err(`upgrade-gate: unknown command "${command}"

${HELP}`), 2;
  }
}
export {
  runCli
};
