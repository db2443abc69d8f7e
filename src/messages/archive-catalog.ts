import type { Language } from './language.js';

/**
 * Every sentence `upgrade-gate verify` says about an archive, keyed by finding id, so that an auditor
 * can grep for the id. zh-CN has the same keys and parameters (the type below keeps them so).
 */
const en = {
  'archive.missing': () => 'does not exist: pass the archive folder, e.g. upgrade-gate verify archive',
  'archive.not-folder': () => 'is not a folder: pass the archive folder, e.g. upgrade-gate verify archive',
  'archive.symlink': () =>
    'is a symbolic link: verify reads only the archive folder itself, never where a link points; pass the real folder',
  'archive.empty': () =>
    'holds no record and no chain-head.json: nothing here proves an archive (an emptied archive looks like this); in a Git clone verify reads the history of the folder',
  'archive.too-many-files': (p: { max: number }) =>
    `holds more than ${p.max} entries: verify stops reading here; an archive the Action writes never grows like this`,
  'file.symlink': () =>
    'is a symbolic link: an archive holds only regular files, and verify never follows a link; remove it',
  'file.special': () =>
    'is not a regular file (a device, pipe or socket): an archive holds only regular files; verify did not read it',
  'file.too-large': (p: { size: number; max: number }) =>
    `is ${p.size} bytes, more than the ${p.max} a record or index may have: verify did not read it`,
  'file.encoding': () => 'is not valid UTF-8: the file was damaged or replaced',
  'file.folder': () =>
    'is a folder the Action never makes (it makes only year and month folders): a file was removed and a folder put in its place, or something else wrote into the archive; remove it and restore the files from Git',
  'file.unexpected': () =>
    'is not a file the Action writes (records, their Markdown, year indexes and chain-head.json only): something else wrote into the archive',
  'record.json': () => 'is not valid JSON: the record was damaged or replaced',
  'record.not-object': () => 'is not a JSON object: the record was damaged or replaced',
  'record.format': (p: { format: string }) =>
    `names format ${p.format}, which this upgrade-gate does not know: a newer upgrade-gate wrote it, or it was edited`,
  'record.schema': (p: { errors: string }) => `does not match the schema of its format: ${p.errors}`,
  'record.canonical': () =>
    'cannot be put in canonical form (RFC 8785 rejects lone surrogates, NaN and Infinity): the record was edited',
  'record.hash': () => 'its content does not match its sha256: the record was edited after it was written',
  'record.text': () =>
    'is not written as the Action writes records (two-space JSON, one newline at the end): the file was rewritten by hand, and a reader may see other values than the ones hashed (a duplicate key shows its first value to a reader, its last to a parser); restore it from Git',
  'record.time-zone': (p: { zone: string }) =>
    `names time zone ${p.zone}, which is not an IANA time zone: the record was edited`,
  'record.unreadable': (p: { cause: 'unrenderable' | 'open'; code?: string | null }) =>
    `cannot be checked (${p.cause === 'unrenderable' ? 'a field has a shape its format does not render' : (p.code ?? 'cannot open')}): the record was damaged or edited`,
  'chain.sequence': (p: { sequence: string; expected: number }) =>
    `has sequence ${p.sequence} where ${p.expected} was expected: a record before it was deleted, or records were reordered`,
  'chain.previous': (p: { names: string; previousFile: string | null; previousHash: string }) =>
    `names previous sha256 ${p.names} but ${p.previousFile === null ? 'no record comes before it' : `the record before it (${p.previousFile}) has ${p.previousHash}`}: the chain is broken (deleted, inserted or reordered records)`,
  'record.path': (p: { want: string }) =>
    `is stored under this name but its content belongs in ${p.want}: records were renamed or swapped`,
  'markdown.missing': () => 'is missing: the readable form of the record was deleted',
  'markdown.edited': () => 'does not match its record: the Markdown was edited',
  'index.missing': () => 'is missing: the year index was deleted',
  'index.edited': () => 'does not list exactly the records of the year in chain order: the index was edited',
  'chain-head.missing': () => 'is missing: the newest record cannot be confirmed',
  'chain-head.json': () => 'is not valid JSON: the chain head was damaged or replaced',
  'chain-head.field': (p: { field: string; found: string | null; derived: string | null }) =>
    `says ${p.field} ${p.found ?? 'nothing'}, but the records say ${p.derived ?? 'nothing'}: the chain head was edited, or records were deleted or added without it`,
  'chain-head.text': () => 'holds the right values but not as the Action writes them: the file was rewritten by hand',
  'chain-head.underivable': () => 'cannot be derived because records before it are malformed: fix those first',
  'chain-head.orphan': () => 'exists but the archive holds no record: the records were deleted',
  'git.writer': (p: { commit: string; author: string; files: string; writer: string }) =>
    `commit ${p.commit} by ${p.author} changed the archive (${p.files}), but only ${p.writer} writes it (archive.writer): the archive was edited outside the Action`,
  'git.record-changed': (p: { commit: string; status: string; first: string }) =>
    `was ${p.status === 'D' ? 'deleted' : p.status === 'A' ? 'added again' : 'changed'} by commit ${p.commit}${p.first ? ` after commit ${p.first} added it` : ' though it was never added'}: a record is written once and never changed`,
  'git.deleted': (p: { commit: string }) => `was deleted by commit ${p.commit}: the Action never deletes archive files`,
  'git.uncommitted': () =>
    'differs from the commit checked out (changed, added or deleted and not committed): verify a clean clone',
  'git.shallow': () =>
    'is in a shallow clone: its history is cut, so who wrote the archive cannot be checked; clone with the full history (git fetch --unshallow)',
  'git.pin': (p: { what: string; commit: string; pinned: string | null; found: string | null; unaskable: boolean }) =>
    `pins ${p.what} as blob ${p.pinned ?? 'nothing'}, but at commit ${p.commit} Git has ${p.unaskable ? 'a path Git cannot be asked about' : (p.found ?? 'no such file (or the commit is not in this clone)')}: the record does not match what was merged`,
  'github.unverified': (p: { commit: string; reason: string; author: string }) =>
    `commit ${p.commit} by ${p.author} changed the archive, but GitHub does not verify its signature (${p.reason}): the Action's commits are created through the API and signed by GitHub, so this one was pushed by someone else`,
  'github.writer': (p: { commit: string; author: string; writer: string }) =>
    `commit ${p.commit} changed the archive as ${p.author}, but only ${p.writer} writes it (archive.writer): the archive was edited outside the Action`,
  'github.intact': (p: { count: number; branch: string; folder: string; writer: string }) =>
    `${p.count} commit${p.count === 1 ? '' : 's'} changed ${p.folder}/ on ${p.branch}, each by ${p.writer} and signed as GitHub verifies it: no tampering`,
  'github.tampered': (p: { count: number; branch: string; folder: string }) =>
    `${p.count} commit${p.count === 1 ? '' : 's'} changed ${p.folder}/ on ${p.branch} outside the Action: the archive was tampered with`,
  'outcome.schema': (p: { errors: string }) => `does not match the outcome record schema: ${p.errors}`,
  'outcome.upgrade-missing': (p: { upgrade: string }) =>
    `is the outcome of ${p.upgrade}, which is not an upgrade record earlier in the chain: the upgrade record was deleted, or the outcome moved`,
  'outcome.upgrade-mismatch': (p: {
    upgrade: string;
    sequence: number;
    sha256: string;
    foundSequence: number;
    foundSha256: string;
  }) =>
    `names upgrade record ${p.upgrade} with sequence ${p.sequence} and sha256 ${p.sha256}, but that record has ${p.foundSequence} and ${p.foundSha256}: one of them was edited`,
  'outcome.path': (p: { file: string; n: number; upgrade: string; want: string }) =>
    `is stored as ${p.file} but, as outcome ${p.n} of ${p.upgrade}, belongs in ${p.want}: outcome records were renamed, deleted or swapped`,
  'outcome.comment': () => 'its comment text does not match the comment sha256: the recorded command was edited',
  'outcome.time': (p: { completed: string; zone: string; utc: string }) =>
    `completed_at ${p.completed} (${p.zone}) is not completed_at_utc ${p.utc}: one of them was edited`,
  'git.not-a-clone': () =>
    'is not in a Git clone: only the files were checked; run verify in a clone to check who wrote them and the pinned files',
  'threads.invalid': (p: { value: string }) =>
    `UPGRADE_GATE_THREADS=${p.value} is not a number of threads (0 to 999): ignored, the number was chosen as without it (from the archive's size, the cores and their load)`,
  intact: (p: { count: number }) => `${p.count} record${p.count === 1 ? '' : 's'} verified: the archive is intact`,
};

/** The shape of the verify catalog: every key of the English one, with the same parameters. */
export type ArchiveCatalog = { [K in keyof typeof en]: (typeof en)[K] };

const zhCN: ArchiveCatalog = {
  'archive.missing': () => '不存在：请给出归档目录，例如 upgrade-gate verify archive',
  'archive.not-folder': () => '不是目录：请给出归档目录，例如 upgrade-gate verify archive',
  'archive.symlink': () => '是符号链接：verify 只读取归档目录本身，从不跟随链接；请给出真实目录',
  'archive.empty': () =>
    '既没有归档记录也没有 chain-head.json：无法证明这是一个归档（归档被清空后就是这样）；在 Git 克隆中 verify 会检查该目录的历史',
  'archive.too-many-files': (p) => `条目超过 ${p.max} 个：verify 到此停止读取；Action 写入的归档不会这样增长`,
  'file.symlink': () => '是符号链接：归档只包含普通文件，verify 从不跟随链接；请删除它',
  'file.special': () => '不是普通文件（设备、管道或套接字）：归档只包含普通文件；verify 没有读取它',
  'file.too-large': (p) => `大小为 ${p.size} 字节，超过记录或索引允许的 ${p.max} 字节：verify 没有读取它`,
  'file.encoding': () => '不是有效的 UTF-8：文件已损坏或被替换',
  'file.folder': () =>
    '是 Action 从不创建的目录（Action 只创建年份和月份目录）：有文件被删除并换成了同名目录，或有其他人向归档写入了内容；请删除该目录，并从 Git 恢复文件',
  'file.unexpected': () =>
    '不是 Action 写入的文件（只有归档记录、对应的 Markdown、年度索引和 chain-head.json）：有其他人向归档写入了文件',
  'record.json': () => '不是有效的 JSON：归档记录已损坏或被替换',
  'record.not-object': () => '不是 JSON 对象：归档记录已损坏或被替换',
  'record.format': (p) => `声明的格式 ${p.format} 本版本 upgrade-gate 不认识：可能由更新版本写入，或已被篡改`,
  'record.schema': (p) => `不符合其格式的 Schema：${p.errors}`,
  'record.canonical': () => '无法转换为规范形式（RFC 8785 不接受孤立代理项、NaN 和 Infinity）：归档记录已被篡改',
  'record.hash': () => '内容与其 sha256 不符：归档记录在写入后被修改',
  'record.text': () =>
    '不是 Action 写入记录的格式（两个空格缩进的 JSON，末尾一个换行）：文件被手工改写过，读者看到的值可能与参与哈希计算的值不同（重复的键，读者看到第一个值，解析程序取最后一个值）；请从 Git 恢复该文件',
  'record.time-zone': (p) => `声明的时区 ${p.zone} 不是 IANA 时区：归档记录已被篡改`,
  'record.unreadable': (p) =>
    `无法检查（${p.cause === 'unrenderable' ? '有字段的结构不是该记录格式能呈现的' : `无法打开文件${p.code ? `：${p.code}` : ''}`}）：归档记录已损坏或被篡改`,
  'chain.sequence': (p) => `序号为 ${p.sequence}，应为 ${p.expected}：之前的记录被删除，或记录顺序被调换`,
  'chain.previous': (p) =>
    `记录的上一条 sha256 为 ${p.names}，但${p.previousFile === null ? '它之前没有任何记录' : `它的上一条记录（${p.previousFile}）的 sha256 为 ${p.previousHash}`}：哈希链断裂（记录被删除、插入或调换）`,
  'record.path': (p) => `存放的文件名与内容不符，应为 ${p.want}：记录被改名或调换`,
  'markdown.missing': () => '缺失：归档记录的可读版本被删除',
  'markdown.edited': () => '与其归档记录不符：Markdown 被修改',
  'index.missing': () => '缺失：年度索引被删除',
  'index.edited': () => '没有按哈希链顺序准确列出当年的归档记录：索引被修改',
  'chain-head.missing': () => '缺失：无法确认最新的归档记录',
  'chain-head.json': () => '不是有效的 JSON：链头文件已损坏或被替换',
  'chain-head.field': (p) =>
    `${p.found === null ? `中没有 ${p.field}` : `中 ${p.field} 为 ${p.found}`}，但${p.derived === null ? '按归档记录不应有这一项' : `按归档记录应为 ${p.derived}`}：链头被修改，或记录被删除、添加而链头未随之更新`,
  'chain-head.text': () => '取值正确，但不是 Action 写出的格式：文件被手工改写',
  'chain-head.underivable': () => '无法推导，因为之前的归档记录格式有误：请先处理这些记录',
  'chain-head.orphan': () => '存在，但归档中没有任何记录：归档记录被删除',
  'git.writer': (p) =>
    `提交 ${p.commit}（作者 ${p.author}）修改了归档（${p.files}），但只有 ${p.writer} 可以写入归档（archive.writer）：归档在 Action 之外被修改`,
  'git.record-changed': (p) =>
    `被提交 ${p.commit}${p.status === 'D' ? '删除' : p.status === 'A' ? '重复添加' : '修改'}${p.first ? `（此前由提交 ${p.first} 添加）` : '（但从未被添加过）'}：归档记录只写入一次，之后不得修改`,
  'git.deleted': (p) => `被提交 ${p.commit} 删除：Action 从不删除归档文件`,
  'git.uncommitted': () => '与检出的提交不一致（有未提交的修改、新增或删除）：请在干净的克隆中运行 verify',
  'git.shallow': () => '位于浅克隆中：历史不完整，无法检查归档由谁写入；请克隆完整历史（git fetch --unshallow）',
  'git.pin': (p) =>
    `${p.pinned === null ? `记录中 ${p.what} 没有 blob` : `记录的 ${p.what} 的 blob 为 ${p.pinned}`}，但在提交 ${p.commit} 中${p.unaskable ? '无法向 Git 查询这个路径（路径含控制字符）' : p.found === null ? ' Git 里没有这个文件（或该提交不在本克隆中）' : ` Git 里是 ${p.found}`}：归档记录与实际合并的内容不符`,
  'github.unverified': (p) =>
    `提交 ${p.commit}（作者 ${p.author}）修改了归档，但 GitHub 未验证其签名（${p.reason}）：Action 的提交经 API 创建并由 GitHub 签名，此提交是他人推送的`,
  'github.writer': (p) =>
    `提交 ${p.commit} 以 ${p.author} 身份修改了归档，但只有 ${p.writer} 可以写入归档（archive.writer）：归档在 Action 之外被修改`,
  'github.intact': (p) =>
    `${p.branch} 上共有 ${p.count} 个提交修改了 ${p.folder}/，均由 ${p.writer} 提交且经 GitHub 验证签名：未被篡改`,
  'github.tampered': (p) => `${p.branch} 上有 ${p.count} 个提交在 Action 之外修改了 ${p.folder}/：归档已被篡改`,
  'outcome.schema': (p) => `不符合升级结果记录的 Schema：${p.errors}`,
  'outcome.upgrade-missing': (p) =>
    `是 ${p.upgrade} 的升级结果，但哈希链中此前没有这条升级记录：升级记录被删除，或升级结果被移动`,
  'outcome.upgrade-mismatch': (p) =>
    `记录的升级记录 ${p.upgrade} 序号为 ${p.sequence}、sha256 为 ${p.sha256}，但该记录实际为 ${p.foundSequence} 和 ${p.foundSha256}：其中之一被修改`,
  'outcome.path': (p) =>
    `存放为 ${p.file}，但作为 ${p.upgrade} 的第 ${p.n} 个升级结果，应为 ${p.want}：升级结果记录被改名、删除或调换`,
  'outcome.comment': () => '评论原文与评论的 sha256 不符：记录的命令被修改',
  'outcome.time': (p) => `completed_at ${p.completed}（${p.zone}）与 completed_at_utc ${p.utc} 不一致：其中之一被修改`,
  'git.not-a-clone': () => '不在 Git 克隆中：只检查了文件；请在克隆中运行 verify，以检查归档由谁写入以及固定的文件指纹',
  'threads.invalid': (p) =>
    `UPGRADE_GATE_THREADS=${p.value} 不是有效的线程数（0 到 999）：已忽略，按归档大小、CPU 核数和负载自动选择线程数`,
  intact: (p) => `已验证 ${p.count} 条归档记录：归档完好`,
};

const CATALOGS: Record<Language, ArchiveCatalog> = { en, 'zh-CN': zhCN };

/** The verify catalog of a language (English when none is given). */
export function archiveMessages(language: Language = 'en'): ArchiveCatalog {
  return CATALOGS[language];
}

/** A finding id of `upgrade-gate verify`. */
export type ArchiveFindingId = keyof ArchiveCatalog;
