import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  formatOf
} from "./chunk-6PE6XYGR.mjs";
import {
  isOutcomeRecord
} from "./chunk-MV6RXFAG.mjs";
import {
  isKnownTimeZone,
  schemaErrors
} from "./chunk-LM64RRIG.mjs";

// src/messages/archive-catalog.ts
var en = {
  "archive.missing": () => "does not exist: pass the archive folder, e.g. upgrade-gate verify archive",
  "archive.not-folder": () => "is not a folder: pass the archive folder, e.g. upgrade-gate verify archive",
  "archive.symlink": () => "is a symbolic link: verify reads only the archive folder itself, never where a link points; pass the real folder",
  "archive.empty": () => "holds no record and no chain-head.json: nothing here proves an archive (an emptied archive looks like this); in a Git clone verify reads the history of the folder",
  "archive.too-many-files": (p) => `holds more than ${p.max} entries: verify stops reading here; an archive the Action writes never grows like this`,
  "file.symlink": () => "is a symbolic link: an archive holds only regular files, and verify never follows a link; remove it",
  "file.special": () => "is not a regular file (a device, pipe or socket): an archive holds only regular files; verify did not read it",
  "file.too-large": (p) => `is ${p.size} bytes, more than the ${p.max} a record or index may have: verify did not read it`,
  "file.encoding": () => "is not valid UTF-8: the file was damaged or replaced",
  "file.folder": () => "is a folder the Action never makes (it makes only year and month folders): a file was removed and a folder put in its place, or something else wrote into the archive; remove it and restore the files from Git",
  "file.unexpected": () => "is not a file the Action writes (records, their Markdown, year indexes and chain-head.json only): something else wrote into the archive",
  "record.json": () => "is not valid JSON: the record was damaged or replaced",
  "record.not-object": () => "is not a JSON object: the record was damaged or replaced",
  "record.format": (p) => `names format ${p.format}, which this upgrade-gate does not know: a newer upgrade-gate wrote it, or it was edited`,
  "record.schema": (p) => `does not match the schema of its format: ${p.errors}`,
  "record.canonical": () => "cannot be put in canonical form (RFC 8785 rejects lone surrogates, NaN and Infinity): the record was edited",
  "record.hash": () => "its content does not match its sha256: the record was edited after it was written",
  "record.text": () => "is not written as the Action writes records (two-space JSON, one newline at the end): the file was rewritten by hand, and a reader may see other values than the ones hashed (a duplicate key shows its first value to a reader, its last to a parser); restore it from Git",
  "record.time-zone": (p) => `names time zone ${p.zone}, which is not an IANA time zone: the record was edited`,
  "record.unreadable": (p) => `cannot be checked (${p.cause === "unrenderable" ? "a field has a shape its format does not render" : p.code ?? "cannot open"}): the record was damaged or edited`,
  "chain.sequence": (p) => `has sequence ${p.sequence} where ${p.expected} was expected: a record before it was deleted, or records were reordered`,
  "chain.previous": (p) => `names previous sha256 ${p.names} but ${p.previousFile === null ? "no record comes before it" : `the record before it (${p.previousFile}) has ${p.previousHash}`}: the chain is broken (deleted, inserted or reordered records)`,
  "record.path": (p) => `is stored under this name but its content belongs in ${p.want}: records were renamed or swapped`,
  "markdown.missing": () => "is missing: the readable form of the record was deleted",
  "markdown.edited": () => "does not match its record: the Markdown was edited",
  "index.missing": () => "is missing: the year index was deleted",
  "index.edited": () => "does not list exactly the records of the year in chain order: the index was edited",
  "chain-head.missing": () => "is missing: the newest record cannot be confirmed",
  "chain-head.json": () => "is not valid JSON: the chain head was damaged or replaced",
  "chain-head.field": (p) => `says ${p.field} ${p.found ?? "nothing"}, but the records say ${p.derived ?? "nothing"}: the chain head was edited, or records were deleted or added without it`,
  "chain-head.text": () => "holds the right values but not as the Action writes them: the file was rewritten by hand",
  "chain-head.underivable": () => "cannot be derived because records before it are malformed: fix those first",
  "chain-head.orphan": () => "exists but the archive holds no record: the records were deleted",
  "git.writer": (p) => `commit ${p.commit} by ${p.author} changed the archive (${p.files}), but only ${p.writer} writes it (archive.writer): the archive was edited outside the Action`,
  "git.record-changed": (p) => `was ${p.status === "D" ? "deleted" : p.status === "A" ? "added again" : "changed"} by commit ${p.commit}${p.first ? ` after commit ${p.first} added it` : " though it was never added"}: a record is written once and never changed`,
  "git.deleted": (p) => `was deleted by commit ${p.commit}: the Action never deletes archive files`,
  "git.uncommitted": () => "differs from the commit checked out (changed, added or deleted and not committed): verify a clean clone",
  "git.shallow": () => "is in a shallow clone: its history is cut, so who wrote the archive cannot be checked; clone with the full history (git fetch --unshallow)",
  "git.pin": (p) => `pins ${p.what} as blob ${p.pinned ?? "nothing"}, but at commit ${p.commit} Git has ${p.unaskable ? "a path Git cannot be asked about" : p.found ?? "no such file (or the commit is not in this clone)"}: the record does not match what was merged`,
  "github.unverified": (p) => `commit ${p.commit} by ${p.author} changed the archive, but GitHub does not verify its signature (${p.reason}): the Action's commits are created through the API and signed by GitHub, so this one was pushed by someone else`,
  "github.writer": (p) => `commit ${p.commit} changed the archive as ${p.author}, but only ${p.writer} writes it (archive.writer): the archive was edited outside the Action`,
  "github.intact": (p) => `${p.count} commit${p.count === 1 ? "" : "s"} changed ${p.folder}/ on ${p.branch}, each by ${p.writer} and signed as GitHub verifies it: no tampering`,
  "github.tampered": (p) => `${p.count} commit${p.count === 1 ? "" : "s"} changed ${p.folder}/ on ${p.branch} outside the Action: the archive was tampered with`,
  "outcome.schema": (p) => `does not match the outcome record schema: ${p.errors}`,
  "outcome.upgrade-missing": (p) => `is the outcome of ${p.upgrade}, which is not an upgrade record earlier in the chain: the upgrade record was deleted, or the outcome moved`,
  "outcome.upgrade-mismatch": (p) => `names upgrade record ${p.upgrade} with sequence ${p.sequence} and sha256 ${p.sha256}, but that record has ${p.foundSequence} and ${p.foundSha256}: one of them was edited`,
  "outcome.path": (p) => `is stored as ${p.file} but, as outcome ${p.n} of ${p.upgrade}, belongs in ${p.want}: outcome records were renamed, deleted or swapped`,
  "outcome.comment": () => "its comment text does not match the comment sha256: the recorded command was edited",
  "outcome.time": (p) => `completed_at ${p.completed} (${p.zone}) is not completed_at_utc ${p.utc}: one of them was edited`,
  "git.not-a-clone": () => "is not in a Git clone: only the files were checked; run verify in a clone to check who wrote them and the pinned files",
  "threads.invalid": (p) => `UPGRADE_GATE_THREADS=${p.value} is not a number of threads (0 to 999): ignored, the number was chosen as without it (from the archive's size, the cores and their load)`,
  intact: (p) => `${p.count} record${p.count === 1 ? "" : "s"} verified: the archive is intact`
}, zhCN = {
  "archive.missing": () => "\u4E0D\u5B58\u5728\uFF1A\u8BF7\u7ED9\u51FA\u5F52\u6863\u76EE\u5F55\uFF0C\u4F8B\u5982 upgrade-gate verify archive",
  "archive.not-folder": () => "\u4E0D\u662F\u76EE\u5F55\uFF1A\u8BF7\u7ED9\u51FA\u5F52\u6863\u76EE\u5F55\uFF0C\u4F8B\u5982 upgrade-gate verify archive",
  "archive.symlink": () => "\u662F\u7B26\u53F7\u94FE\u63A5\uFF1Averify \u53EA\u8BFB\u53D6\u5F52\u6863\u76EE\u5F55\u672C\u8EAB\uFF0C\u4ECE\u4E0D\u8DDF\u968F\u94FE\u63A5\uFF1B\u8BF7\u7ED9\u51FA\u771F\u5B9E\u76EE\u5F55",
  "archive.empty": () => "\u65E2\u6CA1\u6709\u5F52\u6863\u8BB0\u5F55\u4E5F\u6CA1\u6709 chain-head.json\uFF1A\u65E0\u6CD5\u8BC1\u660E\u8FD9\u662F\u4E00\u4E2A\u5F52\u6863\uFF08\u5F52\u6863\u88AB\u6E05\u7A7A\u540E\u5C31\u662F\u8FD9\u6837\uFF09\uFF1B\u5728 Git \u514B\u9686\u4E2D verify \u4F1A\u68C0\u67E5\u8BE5\u76EE\u5F55\u7684\u5386\u53F2",
  "archive.too-many-files": (p) => `\u6761\u76EE\u8D85\u8FC7 ${p.max} \u4E2A\uFF1Averify \u5230\u6B64\u505C\u6B62\u8BFB\u53D6\uFF1BAction \u5199\u5165\u7684\u5F52\u6863\u4E0D\u4F1A\u8FD9\u6837\u589E\u957F`,
  "file.symlink": () => "\u662F\u7B26\u53F7\u94FE\u63A5\uFF1A\u5F52\u6863\u53EA\u5305\u542B\u666E\u901A\u6587\u4EF6\uFF0Cverify \u4ECE\u4E0D\u8DDF\u968F\u94FE\u63A5\uFF1B\u8BF7\u5220\u9664\u5B83",
  "file.special": () => "\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08\u8BBE\u5907\u3001\u7BA1\u9053\u6216\u5957\u63A5\u5B57\uFF09\uFF1A\u5F52\u6863\u53EA\u5305\u542B\u666E\u901A\u6587\u4EF6\uFF1Bverify \u6CA1\u6709\u8BFB\u53D6\u5B83",
  "file.too-large": (p) => `\u5927\u5C0F\u4E3A ${p.size} \u5B57\u8282\uFF0C\u8D85\u8FC7\u8BB0\u5F55\u6216\u7D22\u5F15\u5141\u8BB8\u7684 ${p.max} \u5B57\u8282\uFF1Averify \u6CA1\u6709\u8BFB\u53D6\u5B83`,
  "file.encoding": () => "\u4E0D\u662F\u6709\u6548\u7684 UTF-8\uFF1A\u6587\u4EF6\u5DF2\u635F\u574F\u6216\u88AB\u66FF\u6362",
  "file.folder": () => "\u662F Action \u4ECE\u4E0D\u521B\u5EFA\u7684\u76EE\u5F55\uFF08Action \u53EA\u521B\u5EFA\u5E74\u4EFD\u548C\u6708\u4EFD\u76EE\u5F55\uFF09\uFF1A\u6709\u6587\u4EF6\u88AB\u5220\u9664\u5E76\u6362\u6210\u4E86\u540C\u540D\u76EE\u5F55\uFF0C\u6216\u6709\u5176\u4ED6\u4EBA\u5411\u5F52\u6863\u5199\u5165\u4E86\u5185\u5BB9\uFF1B\u8BF7\u5220\u9664\u8BE5\u76EE\u5F55\uFF0C\u5E76\u4ECE Git \u6062\u590D\u6587\u4EF6",
  "file.unexpected": () => "\u4E0D\u662F Action \u5199\u5165\u7684\u6587\u4EF6\uFF08\u53EA\u6709\u5F52\u6863\u8BB0\u5F55\u3001\u5BF9\u5E94\u7684 Markdown\u3001\u5E74\u5EA6\u7D22\u5F15\u548C chain-head.json\uFF09\uFF1A\u6709\u5176\u4ED6\u4EBA\u5411\u5F52\u6863\u5199\u5165\u4E86\u6587\u4EF6",
  "record.json": () => "\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A\u5F52\u6863\u8BB0\u5F55\u5DF2\u635F\u574F\u6216\u88AB\u66FF\u6362",
  "record.not-object": () => "\u4E0D\u662F JSON \u5BF9\u8C61\uFF1A\u5F52\u6863\u8BB0\u5F55\u5DF2\u635F\u574F\u6216\u88AB\u66FF\u6362",
  "record.format": (p) => `\u58F0\u660E\u7684\u683C\u5F0F ${p.format} \u672C\u7248\u672C upgrade-gate \u4E0D\u8BA4\u8BC6\uFF1A\u53EF\u80FD\u7531\u66F4\u65B0\u7248\u672C\u5199\u5165\uFF0C\u6216\u5DF2\u88AB\u7BE1\u6539`,
  "record.schema": (p) => `\u4E0D\u7B26\u5408\u5176\u683C\u5F0F\u7684 Schema\uFF1A${p.errors}`,
  "record.canonical": () => "\u65E0\u6CD5\u8F6C\u6362\u4E3A\u89C4\u8303\u5F62\u5F0F\uFF08RFC 8785 \u4E0D\u63A5\u53D7\u5B64\u7ACB\u4EE3\u7406\u9879\u3001NaN \u548C Infinity\uFF09\uFF1A\u5F52\u6863\u8BB0\u5F55\u5DF2\u88AB\u7BE1\u6539",
  "record.hash": () => "\u5185\u5BB9\u4E0E\u5176 sha256 \u4E0D\u7B26\uFF1A\u5F52\u6863\u8BB0\u5F55\u5728\u5199\u5165\u540E\u88AB\u4FEE\u6539",
  "record.text": () => "\u4E0D\u662F Action \u5199\u5165\u8BB0\u5F55\u7684\u683C\u5F0F\uFF08\u4E24\u4E2A\u7A7A\u683C\u7F29\u8FDB\u7684 JSON\uFF0C\u672B\u5C3E\u4E00\u4E2A\u6362\u884C\uFF09\uFF1A\u6587\u4EF6\u88AB\u624B\u5DE5\u6539\u5199\u8FC7\uFF0C\u8BFB\u8005\u770B\u5230\u7684\u503C\u53EF\u80FD\u4E0E\u53C2\u4E0E\u54C8\u5E0C\u8BA1\u7B97\u7684\u503C\u4E0D\u540C\uFF08\u91CD\u590D\u7684\u952E\uFF0C\u8BFB\u8005\u770B\u5230\u7B2C\u4E00\u4E2A\u503C\uFF0C\u89E3\u6790\u7A0B\u5E8F\u53D6\u6700\u540E\u4E00\u4E2A\u503C\uFF09\uFF1B\u8BF7\u4ECE Git \u6062\u590D\u8BE5\u6587\u4EF6",
  "record.time-zone": (p) => `\u58F0\u660E\u7684\u65F6\u533A ${p.zone} \u4E0D\u662F IANA \u65F6\u533A\uFF1A\u5F52\u6863\u8BB0\u5F55\u5DF2\u88AB\u7BE1\u6539`,
  "record.unreadable": (p) => `\u65E0\u6CD5\u68C0\u67E5\uFF08${p.cause === "unrenderable" ? "\u6709\u5B57\u6BB5\u7684\u7ED3\u6784\u4E0D\u662F\u8BE5\u8BB0\u5F55\u683C\u5F0F\u80FD\u5448\u73B0\u7684" : `\u65E0\u6CD5\u6253\u5F00\u6587\u4EF6${p.code ? `\uFF1A${p.code}` : ""}`}\uFF09\uFF1A\u5F52\u6863\u8BB0\u5F55\u5DF2\u635F\u574F\u6216\u88AB\u7BE1\u6539`,
  "chain.sequence": (p) => `\u5E8F\u53F7\u4E3A ${p.sequence}\uFF0C\u5E94\u4E3A ${p.expected}\uFF1A\u4E4B\u524D\u7684\u8BB0\u5F55\u88AB\u5220\u9664\uFF0C\u6216\u8BB0\u5F55\u987A\u5E8F\u88AB\u8C03\u6362`,
  "chain.previous": (p) => `\u8BB0\u5F55\u7684\u4E0A\u4E00\u6761 sha256 \u4E3A ${p.names}\uFF0C\u4F46${p.previousFile === null ? "\u5B83\u4E4B\u524D\u6CA1\u6709\u4EFB\u4F55\u8BB0\u5F55" : `\u5B83\u7684\u4E0A\u4E00\u6761\u8BB0\u5F55\uFF08${p.previousFile}\uFF09\u7684 sha256 \u4E3A ${p.previousHash}`}\uFF1A\u54C8\u5E0C\u94FE\u65AD\u88C2\uFF08\u8BB0\u5F55\u88AB\u5220\u9664\u3001\u63D2\u5165\u6216\u8C03\u6362\uFF09`,
  "record.path": (p) => `\u5B58\u653E\u7684\u6587\u4EF6\u540D\u4E0E\u5185\u5BB9\u4E0D\u7B26\uFF0C\u5E94\u4E3A ${p.want}\uFF1A\u8BB0\u5F55\u88AB\u6539\u540D\u6216\u8C03\u6362`,
  "markdown.missing": () => "\u7F3A\u5931\uFF1A\u5F52\u6863\u8BB0\u5F55\u7684\u53EF\u8BFB\u7248\u672C\u88AB\u5220\u9664",
  "markdown.edited": () => "\u4E0E\u5176\u5F52\u6863\u8BB0\u5F55\u4E0D\u7B26\uFF1AMarkdown \u88AB\u4FEE\u6539",
  "index.missing": () => "\u7F3A\u5931\uFF1A\u5E74\u5EA6\u7D22\u5F15\u88AB\u5220\u9664",
  "index.edited": () => "\u6CA1\u6709\u6309\u54C8\u5E0C\u94FE\u987A\u5E8F\u51C6\u786E\u5217\u51FA\u5F53\u5E74\u7684\u5F52\u6863\u8BB0\u5F55\uFF1A\u7D22\u5F15\u88AB\u4FEE\u6539",
  "chain-head.missing": () => "\u7F3A\u5931\uFF1A\u65E0\u6CD5\u786E\u8BA4\u6700\u65B0\u7684\u5F52\u6863\u8BB0\u5F55",
  "chain-head.json": () => "\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A\u94FE\u5934\u6587\u4EF6\u5DF2\u635F\u574F\u6216\u88AB\u66FF\u6362",
  "chain-head.field": (p) => `${p.found === null ? `\u4E2D\u6CA1\u6709 ${p.field}` : `\u4E2D ${p.field} \u4E3A ${p.found}`}\uFF0C\u4F46${p.derived === null ? "\u6309\u5F52\u6863\u8BB0\u5F55\u4E0D\u5E94\u6709\u8FD9\u4E00\u9879" : `\u6309\u5F52\u6863\u8BB0\u5F55\u5E94\u4E3A ${p.derived}`}\uFF1A\u94FE\u5934\u88AB\u4FEE\u6539\uFF0C\u6216\u8BB0\u5F55\u88AB\u5220\u9664\u3001\u6DFB\u52A0\u800C\u94FE\u5934\u672A\u968F\u4E4B\u66F4\u65B0`,
  "chain-head.text": () => "\u53D6\u503C\u6B63\u786E\uFF0C\u4F46\u4E0D\u662F Action \u5199\u51FA\u7684\u683C\u5F0F\uFF1A\u6587\u4EF6\u88AB\u624B\u5DE5\u6539\u5199",
  "chain-head.underivable": () => "\u65E0\u6CD5\u63A8\u5BFC\uFF0C\u56E0\u4E3A\u4E4B\u524D\u7684\u5F52\u6863\u8BB0\u5F55\u683C\u5F0F\u6709\u8BEF\uFF1A\u8BF7\u5148\u5904\u7406\u8FD9\u4E9B\u8BB0\u5F55",
  "chain-head.orphan": () => "\u5B58\u5728\uFF0C\u4F46\u5F52\u6863\u4E2D\u6CA1\u6709\u4EFB\u4F55\u8BB0\u5F55\uFF1A\u5F52\u6863\u8BB0\u5F55\u88AB\u5220\u9664",
  "git.writer": (p) => `\u63D0\u4EA4 ${p.commit}\uFF08\u4F5C\u8005 ${p.author}\uFF09\u4FEE\u6539\u4E86\u5F52\u6863\uFF08${p.files}\uFF09\uFF0C\u4F46\u53EA\u6709 ${p.writer} \u53EF\u4EE5\u5199\u5165\u5F52\u6863\uFF08archive.writer\uFF09\uFF1A\u5F52\u6863\u5728 Action \u4E4B\u5916\u88AB\u4FEE\u6539`,
  "git.record-changed": (p) => `\u88AB\u63D0\u4EA4 ${p.commit}${p.status === "D" ? "\u5220\u9664" : p.status === "A" ? "\u91CD\u590D\u6DFB\u52A0" : "\u4FEE\u6539"}${p.first ? `\uFF08\u6B64\u524D\u7531\u63D0\u4EA4 ${p.first} \u6DFB\u52A0\uFF09` : "\uFF08\u4F46\u4ECE\u672A\u88AB\u6DFB\u52A0\u8FC7\uFF09"}\uFF1A\u5F52\u6863\u8BB0\u5F55\u53EA\u5199\u5165\u4E00\u6B21\uFF0C\u4E4B\u540E\u4E0D\u5F97\u4FEE\u6539`,
  "git.deleted": (p) => `\u88AB\u63D0\u4EA4 ${p.commit} \u5220\u9664\uFF1AAction \u4ECE\u4E0D\u5220\u9664\u5F52\u6863\u6587\u4EF6`,
  "git.uncommitted": () => "\u4E0E\u68C0\u51FA\u7684\u63D0\u4EA4\u4E0D\u4E00\u81F4\uFF08\u6709\u672A\u63D0\u4EA4\u7684\u4FEE\u6539\u3001\u65B0\u589E\u6216\u5220\u9664\uFF09\uFF1A\u8BF7\u5728\u5E72\u51C0\u7684\u514B\u9686\u4E2D\u8FD0\u884C verify",
  "git.shallow": () => "\u4F4D\u4E8E\u6D45\u514B\u9686\u4E2D\uFF1A\u5386\u53F2\u4E0D\u5B8C\u6574\uFF0C\u65E0\u6CD5\u68C0\u67E5\u5F52\u6863\u7531\u8C01\u5199\u5165\uFF1B\u8BF7\u514B\u9686\u5B8C\u6574\u5386\u53F2\uFF08git fetch --unshallow\uFF09",
  "git.pin": (p) => `${p.pinned === null ? `\u8BB0\u5F55\u4E2D ${p.what} \u6CA1\u6709 blob` : `\u8BB0\u5F55\u7684 ${p.what} \u7684 blob \u4E3A ${p.pinned}`}\uFF0C\u4F46\u5728\u63D0\u4EA4 ${p.commit} \u4E2D${p.unaskable ? "\u65E0\u6CD5\u5411 Git \u67E5\u8BE2\u8FD9\u4E2A\u8DEF\u5F84\uFF08\u8DEF\u5F84\u542B\u63A7\u5236\u5B57\u7B26\uFF09" : p.found === null ? " Git \u91CC\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\uFF08\u6216\u8BE5\u63D0\u4EA4\u4E0D\u5728\u672C\u514B\u9686\u4E2D\uFF09" : ` Git \u91CC\u662F ${p.found}`}\uFF1A\u5F52\u6863\u8BB0\u5F55\u4E0E\u5B9E\u9645\u5408\u5E76\u7684\u5185\u5BB9\u4E0D\u7B26`,
  "github.unverified": (p) => `\u63D0\u4EA4 ${p.commit}\uFF08\u4F5C\u8005 ${p.author}\uFF09\u4FEE\u6539\u4E86\u5F52\u6863\uFF0C\u4F46 GitHub \u672A\u9A8C\u8BC1\u5176\u7B7E\u540D\uFF08${p.reason}\uFF09\uFF1AAction \u7684\u63D0\u4EA4\u7ECF API \u521B\u5EFA\u5E76\u7531 GitHub \u7B7E\u540D\uFF0C\u6B64\u63D0\u4EA4\u662F\u4ED6\u4EBA\u63A8\u9001\u7684`,
  "github.writer": (p) => `\u63D0\u4EA4 ${p.commit} \u4EE5 ${p.author} \u8EAB\u4EFD\u4FEE\u6539\u4E86\u5F52\u6863\uFF0C\u4F46\u53EA\u6709 ${p.writer} \u53EF\u4EE5\u5199\u5165\u5F52\u6863\uFF08archive.writer\uFF09\uFF1A\u5F52\u6863\u5728 Action \u4E4B\u5916\u88AB\u4FEE\u6539`,
  "github.intact": (p) => `${p.branch} \u4E0A\u5171\u6709 ${p.count} \u4E2A\u63D0\u4EA4\u4FEE\u6539\u4E86 ${p.folder}/\uFF0C\u5747\u7531 ${p.writer} \u63D0\u4EA4\u4E14\u7ECF GitHub \u9A8C\u8BC1\u7B7E\u540D\uFF1A\u672A\u88AB\u7BE1\u6539`,
  "github.tampered": (p) => `${p.branch} \u4E0A\u6709 ${p.count} \u4E2A\u63D0\u4EA4\u5728 Action \u4E4B\u5916\u4FEE\u6539\u4E86 ${p.folder}/\uFF1A\u5F52\u6863\u5DF2\u88AB\u7BE1\u6539`,
  "outcome.schema": (p) => `\u4E0D\u7B26\u5408\u5347\u7EA7\u7ED3\u679C\u8BB0\u5F55\u7684 Schema\uFF1A${p.errors}`,
  "outcome.upgrade-missing": (p) => `\u662F ${p.upgrade} \u7684\u5347\u7EA7\u7ED3\u679C\uFF0C\u4F46\u54C8\u5E0C\u94FE\u4E2D\u6B64\u524D\u6CA1\u6709\u8FD9\u6761\u5347\u7EA7\u8BB0\u5F55\uFF1A\u5347\u7EA7\u8BB0\u5F55\u88AB\u5220\u9664\uFF0C\u6216\u5347\u7EA7\u7ED3\u679C\u88AB\u79FB\u52A8`,
  "outcome.upgrade-mismatch": (p) => `\u8BB0\u5F55\u7684\u5347\u7EA7\u8BB0\u5F55 ${p.upgrade} \u5E8F\u53F7\u4E3A ${p.sequence}\u3001sha256 \u4E3A ${p.sha256}\uFF0C\u4F46\u8BE5\u8BB0\u5F55\u5B9E\u9645\u4E3A ${p.foundSequence} \u548C ${p.foundSha256}\uFF1A\u5176\u4E2D\u4E4B\u4E00\u88AB\u4FEE\u6539`,
  "outcome.path": (p) => `\u5B58\u653E\u4E3A ${p.file}\uFF0C\u4F46\u4F5C\u4E3A ${p.upgrade} \u7684\u7B2C ${p.n} \u4E2A\u5347\u7EA7\u7ED3\u679C\uFF0C\u5E94\u4E3A ${p.want}\uFF1A\u5347\u7EA7\u7ED3\u679C\u8BB0\u5F55\u88AB\u6539\u540D\u3001\u5220\u9664\u6216\u8C03\u6362`,
  "outcome.comment": () => "\u8BC4\u8BBA\u539F\u6587\u4E0E\u8BC4\u8BBA\u7684 sha256 \u4E0D\u7B26\uFF1A\u8BB0\u5F55\u7684\u547D\u4EE4\u88AB\u4FEE\u6539",
  "outcome.time": (p) => `completed_at ${p.completed}\uFF08${p.zone}\uFF09\u4E0E completed_at_utc ${p.utc} \u4E0D\u4E00\u81F4\uFF1A\u5176\u4E2D\u4E4B\u4E00\u88AB\u4FEE\u6539`,
  "git.not-a-clone": () => "\u4E0D\u5728 Git \u514B\u9686\u4E2D\uFF1A\u53EA\u68C0\u67E5\u4E86\u6587\u4EF6\uFF1B\u8BF7\u5728\u514B\u9686\u4E2D\u8FD0\u884C verify\uFF0C\u4EE5\u68C0\u67E5\u5F52\u6863\u7531\u8C01\u5199\u5165\u4EE5\u53CA\u56FA\u5B9A\u7684\u6587\u4EF6\u6307\u7EB9",
  "threads.invalid": (p) => `UPGRADE_GATE_THREADS=${p.value} \u4E0D\u662F\u6709\u6548\u7684\u7EBF\u7A0B\u6570\uFF080 \u5230 999\uFF09\uFF1A\u5DF2\u5FFD\u7565\uFF0C\u6309\u5F52\u6863\u5927\u5C0F\u3001CPU \u6838\u6570\u548C\u8D1F\u8F7D\u81EA\u52A8\u9009\u62E9\u7EBF\u7A0B\u6570`,
  intact: (p) => `\u5DF2\u9A8C\u8BC1 ${p.count} \u6761\u5F52\u6863\u8BB0\u5F55\uFF1A\u5F52\u6863\u5B8C\u597D`
}, CATALOGS = { en, "zh-CN": zhCN };
function archiveMessages(language = "en") {
  return CATALOGS[language];
}

// src/archive/archive-file.ts
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
var MAX_FILE_BYTES = 16 * 1024 * 1024, archiveProblem = (file, id, ...args) => ({ file, id, params: args[0], message: archiveMessages()[id](...args) });
function localizeProblem(p, language) {
  let say = archiveMessages(language)[p.id];
  return say ? { ...p, message: say(p.params) } : p;
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function readArchiveBytes(dir, rel) {
  let fd;
  try {
    fd = openSync(join(dir, rel), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    let code = err.code;
    return { problem: archiveProblem(rel, code === "ELOOP" || code === "EMLINK" ? "file.symlink" : "record.unreadable", { cause: "open", code: code ?? null }) };
  }
  try {
    let st = fstatSync(fd);
    if (!st.isFile()) return { problem: archiveProblem(rel, "file.special") };
    if (st.size > MAX_FILE_BYTES) return { problem: archiveProblem(rel, "file.too-large", { size: st.size, max: MAX_FILE_BYTES }) };
    scratch.length < st.size && (scratch = Buffer.allocUnsafe(Math.max(st.size, scratch.length * 2)));
    let buf = scratch.subarray(0, st.size), off = 0;
    for (; off < buf.length; ) {
      let n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: buf.subarray(0, off) };
  } finally {
    closeSync(fd);
  }
}
function readArchiveText(dir, rel) {
  let read = readArchiveBytes(dir, rel);
  return "problem" in read ? read : isUtf8(read.bytes) ? { text: read.bytes.toString("utf8") } : { problem: archiveProblem(rel, "file.encoding") };
}
var encoded = Buffer.allocUnsafe(64 * 1024), SURROGATE = /[\uD800-\uDFFF]/;
function textAfter(bytes, expected, rel) {
  if (SURROGATE.test(expected)) {
    if (!isUtf8(bytes)) return { problem: archiveProblem(rel, "file.encoding") };
    let text = bytes.toString("utf8");
    return { tail: text.startsWith(expected) ? text.slice(expected.length) : null };
  }
  encoded.length < expected.length * 3 && (encoded = Buffer.allocUnsafe(expected.length * 3));
  let n = encoded.write(expected, 0, "utf8");
  if (bytes.length >= n && encoded.compare(bytes, 0, n, 0, n) === 0) {
    let rest = bytes.subarray(n);
    return rest.length === 0 ? { tail: "" } : isUtf8(rest) ? { tail: rest.toString("utf8") } : { problem: archiveProblem(rel, "file.encoding") };
  }
  return isUtf8(bytes) ? { tail: null } : { problem: archiveProblem(rel, "file.encoding") };
}

// src/archive/examine.ts
function examineRecordFile(dir, job, folderName, keepText = !1) {
  let { file } = job, read = readArchiveText(dir, file);
  if ("problem" in read) return { file, problem: read.problem, wellFormed: !1 };
  let value;
  try {
    value = JSON.parse(read.text);
  } catch {
    return { file, problem: archiveProblem(file, "record.json"), wellFormed: !1 };
  }
  if (!value || typeof value != "object" || Array.isArray(value)) return { file, problem: archiveProblem(file, "record.not-object"), wellFormed: !1 };
  let record = value, text = keepText ? read.text : void 0, f = formatOf(value);
  if (!f) return { file, record, text, wellFormed: !1, problem: archiveProblem(file, "record.format", { format: JSON.stringify(value.format ?? null).slice(0, 80) }) };
  let out = { file, record, text, format: f.id, wellFormed: !1, hashProblem: hashProblem(file, record, f.hash) };
  read.text !== `${JSON.stringify(value, null, 2)}
` && (out.textProblem = archiveProblem(file, "record.text"));
  let errors = schemaErrors(f.schema, value);
  return errors.length ? out.problem = archiveProblem(file, "record.schema", { errors: errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ") }) : typeof record.policy.time_zone == "string" && isKnownTimeZone(record.policy.time_zone) ? (out.wellFormed = !0, f.kind === "upgrade" && !isOutcomeRecord(record) && (out.rendered = renderRecord(dir, job, record, f, folderName))) : out.problem = archiveProblem(file, "record.time-zone", { zone: JSON.stringify(record.policy.time_zone).slice(0, 80) }), out;
}
function hashProblem(file, record, hash) {
  try {
    return hash(record) !== record.sha256 ? archiveProblem(file, "record.hash") : void 0;
  } catch {
    return archiveProblem(file, "record.canonical");
  }
}
function renderRecord(dir, job, record, f, folderName) {
  let { file } = job, out = {};
  try {
    let want = f.path("", record, record.policy.time_zone).replace(/^\//, "");
    want !== file && (out.pathProblem = archiveProblem(file, "record.path", { want }));
    let md = file.replace(/\.json$/, ".md");
    if (job.markdown === void 0) out.markdown = { problem: archiveProblem(md, "markdown.missing") };
    else if (job.markdown === "file") {
      let read = readArchiveBytes(dir, md);
      out.markdown = "problem" in read ? { problem: read.problem } : textAfter(read.bytes, f.markdown(record), md);
    }
  } catch {
    return out.unrenderable = !0, out;
  }
  try {
    out.indexRow = f.indexRow(record, `${folderName}/${file}`);
  } catch {
  }
  return out;
}

export {
  archiveMessages,
  archiveProblem,
  localizeProblem,
  examineRecordFile
};
