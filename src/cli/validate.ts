import { dirname, relative, resolve } from 'node:path';
import { loadUpgradeDocument } from '../document/load-document.js';
import { MAX_DOCUMENT_BYTES, tooLargeFinding } from '../document/source-text.js';
import { messages, type Catalog, type Language } from '../messages/index.js';
import type { LoadedConfig } from '../policy/config.js';
import { checkDocument } from '../policy/document-rules.js';
import { compareFindings, type Finding } from '../messages/finding.js';
import { findingLine, findingSummary } from '../report/text.js';
import { commandLanguage, documentArguments, HELP_OPTION, LANG_OPTION, parseCommand, usageCatalog } from './command.js';
import { documentsByGlob } from './expand-paths.js';
import { findRepoRoot } from './repo-root.js';
import { loadConfigFor, repoFileLookup } from './repo-files.js';
import { readInputFile, refusalText, type InputRefusal } from './input-file.js';
import type { CliIo } from './io.js';

/** A document checked on its own, with the root its evidence paths resolve against. */
export interface CheckedDocument {
  file: string;
  root: string;
  id?: string;
  findings: Finding[];
  /** The language of the messages for this document (its policy's, unless overridden). */
  language: Language;
}

/** Loads and checks each file, with configuration per repository root; returns config errors separately. */
export function checkFiles(
  files: string[],
  cwd: string,
  configPath: string | undefined,
  language?: Language,
): { documents: CheckedDocument[]; configFindings: Finding[]; configs: Map<string, LoadedConfig> } {
  const configs = new Map<string, LoadedConfig>();
  const configFindings: Finding[] = [];
  const documents: CheckedDocument[] = [];
  // Approval form numbers are unique across every document of one run, whatever its repository.
  // One map, read by each document before its own NO. is added: a lookup per document, not a scan.
  const earlier = new Map<string, string>();
  const existsInRepo = repoFileLookup();
  // Documents of one run share few folders: each folder's root is searched once.
  const roots = new Map<string, string>();
  for (const file of files) {
    const dir = dirname(resolve(cwd, file));
    let root = roots.get(dir);
    if (root === undefined) roots.set(dir, (root = findRepoRoot(dir, cwd)));
    let loaded = configs.get(root);
    if (!loaded) {
      loaded = loadConfigFor(root, configPath, cwd, language);
      configs.set(root, loaded);
      configFindings.push(
        ...loaded.findings.filter(
          (f) => !configFindings.some((g) => g.file === f.file && g.line === f.line && g.message === f.message),
        ),
      );
    }
    const t = messages(loaded.config.language);
    // A link is refused, never followed: on GitHub a link in a pull request is a link, not the file it names.
    const read = readInputFile(resolve(cwd, file), MAX_DOCUMENT_BYTES, { followLink: false });
    if ('refused' in read) {
      documents.push({
        file,
        root,
        findings: [refusedDocument(file, read.refused, t)],
        language: loaded.config.language,
      });
      continue;
    }
    const doc = loadUpgradeDocument(read.bytes, file, t);
    // Rules read the policy; with a broken policy only the document's own syntax and schema are checked.
    const usable = !loaded.findings.some((f) => f.severity === 'error');
    const findings = usable ? checkDocument(doc, loaded.config, (p) => existsInRepo(root, p), earlier) : doc.findings;
    const id = doc.doc?.id;
    if (id !== undefined && !earlier.has(id)) earlier.set(id, file);
    documents.push({ file, root, id: doc.doc?.id, findings, language: loaded.config.language });
  }
  return { documents, configFindings, configs };
}

/** The finding for a document that was not read: too large as when its bytes are read, else why it is no readable file. */
function refusedDocument(file: string, refused: InputRefusal, t: Catalog): Finding {
  if (refused.kind === 'too-large') return tooLargeFinding(refused.size, file, t);
  return { rule: 'document.unreadable', severity: 'error', file, message: refusalText(file, refused, t) };
}

/** `upgrade-gate validate`: exit 0 clean, 1 rule broken, 2 usage or configuration error. */
export async function runValidate(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    'validate',
    argv,
    { config: { type: 'string' }, format: { type: 'string', default: 'text' }, ...LANG_OPTION, ...HELP_OPTION },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const language = commandLanguage('validate', values.lang, io);
  if (typeof language === 'number') return language;
  if (values.format !== 'text' && values.format !== 'json') {
    io.err(
      `upgrade-gate validate: ${usageCatalog(argv, io)['cli.bad-format']({ value: String(values.format), allowed: ['text', 'json'] })}`,
    );
    return 2;
  }
  let files: string[];
  if (positionals.length === 0) {
    const root = findRepoRoot(io.cwd, io.cwd);
    const loaded = loadConfigFor(root, values.config, io.cwd, language);
    files = await documentsByGlob(loaded.config.documents, root, io.cwd);
    if (files.length === 0) {
      io.err(
        `upgrade-gate validate: ${messages(language ?? loaded.config.language)['cli.no-documents']({ glob: loaded.config.documents, folder: relative(io.cwd, root) || '.' })}`,
      );
      return 2;
    }
  } else {
    const named = await documentArguments('validate', positionals, io, values.config, language);
    if (typeof named === 'number') return named;
    files = named;
  }

  const { documents, configFindings } = checkFiles(files, io.cwd, values.config, language);
  const configErrors = configFindings.filter((f) => f.severity === 'error');
  const findings = [...configFindings, ...documents.flatMap((d) => d.findings)].sort(compareFindings);
  if (values.format === 'json') io.out(JSON.stringify(findings, null, 2));
  else {
    for (const f of findings) io.out(findingLine(f));
    io.err(findingSummary(findings, documents.length, messages(language ?? documents[0]?.language)));
  }
  if (configErrors.length > 0) return 2;
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
