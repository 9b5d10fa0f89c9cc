/**
 * Phases 1–3 of `segmap run`: read the project YAML, validate it, normalize it. YAML syntax errors and
 * schema problems come back as values, each with its YAML path and line (`line 14: segmentations[1].k
 * requires …`); `projectError` turns them into the one InputError the CLI prints.
 *
 * @example
 * const loaded = await loadProject('acme/segmap.yaml');
 * if (loaded.ok) loaded.value.spec.segmentations[0]?.ks; // [2, 3, 4, 5, 6, 7, 8]
 * @throws NotFoundError when the file does not exist
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { InputError, NotFoundError } from '../../lib/errors.js';
import { commonMessages, projectMessages as msg } from '../../lib/messages/index.js';
import { err, ok, type Result } from '../../lib/result.js';
import { normalizeProject, type NormalizedProject } from '../../spec/normalize-project.js';
import { issueText, parseProject, type ProjectIssue } from '../../spec/project-issues.js';

export interface ProjectProblem extends ProjectIssue {
  /** 1-based line of the YAML node the problem is about (or of its nearest present parent). */
  readonly line: number | undefined;
}

export interface LoadedProject {
  /** Absolute path of the project file. */
  readonly file: string;
  /** Its folder: every path in the file is relative to it. */
  readonly dir: string;
  readonly spec: NormalizedProject;
  /** The line of a YAML path (for problems found later, against the workspace). */
  lineOf(keys: readonly PropertyKey[]): number | undefined;
}

type LineFinder = (keys: readonly PropertyKey[]) => number | undefined;

/** Walks the YAML tree along `keys`; the line of the deepest node found (a map key's line for a key). */
function lineFinder(doc: Document, lines: LineCounter): LineFinder {
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lines.linePos(offset).line);
  return (keys) => {
    let node: unknown = doc.contents;
    let line = lineAt(isNode(doc.contents) ? doc.contents.range?.[0] : undefined);
    for (const key of keys) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        line = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item: unknown = node.items[key];
        if (item === undefined) break;
        line = lineAt(isNode(item) ? item.range?.[0] : undefined) ?? line;
        node = item;
      } else break;
    }
    return line;
  };
}

/** Reads, validates and normalizes a project file held as text (tests and the API pass text). */
export function loadProjectText(text: string, file: string): Result<LoadedProject, ProjectProblem[]> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    // the first line of yaml's message, without the position it repeats
    const reason = (syntax.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return err([{ path: '', keys: [], message: msg.yamlSyntax(reason), line }]);
  }
  const lineOf = lineFinder(doc, lines);
  const parsed = parseProject(doc.toJS() ?? {});
  // problems in the order a reader meets them in the file
  const byLine = (p: ProjectProblem): number => p.line ?? Number.MAX_SAFE_INTEGER;
  if (!parsed.ok) return err(parsed.error.map((issue) => ({ ...issue, line: lineOf(issue.keys) })).sort((a, b) => byLine(a) - byLine(b)));
  const path = resolve(file);
  return ok({ file: path, dir: dirname(path), spec: normalizeProject(parsed.value), lineOf });
}

export async function loadProject(file: string): Promise<Result<LoadedProject, ProjectProblem[]>> {
  if (!existsSync(file)) throw new NotFoundError(commonMessages.fileNotFound(file));
  return loadProjectText(await readFile(file, 'utf8'), file);
}

/** One problem as the CLI prints it: `line 14: segmentations[1].k requires …`. */
export const problemText = (p: ProjectProblem): string => msg.at('', p.line, issueText(p));

/** The error `segmap run` stops with: the first problem in the message, all of them in the details. */
export function projectError(file: string, problems: readonly ProjectProblem[]): InputError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new InputError(`${first ? problemText(first) : ''}${more}`, { file }, { problems: problems.map((p) => ({ path: p.path, line: p.line, message: problemText(p) })) });
}
