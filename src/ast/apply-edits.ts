/**
 * Runs a list of edits over a set of files and returns the files that changed. Only the files
 * being edited are parsed, each once, into an in-memory ts-morph project: no tsconfig, no type
 * checking, so the cost does not grow with the size of the service. Nothing is written: when any
 * edit fails, the caller gets the error and no files.
 */
import { Project, type SourceFile } from 'ts-morph';
import { InputError, isInputError } from '../errors.js';
import { collectSplices } from './insertions.js';
import type { FileEdit, SourceFileEdit } from './file-edits.js';

export { sourceEdit, textEdit, type FileEdit, type SourceFileEdit, type TextFileEdit } from './file-edits.js';

function missingFile(file: string): InputError {
  return new InputError(
    'expected this file; restore it if it was moved or deleted, or make this registration by hand',
    file,
  );
}

class EditSession {
  private readonly project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true });
  private readonly parsed = new Map<string, SourceFile>();
  private parses = 0;
  readonly texts: Map<string, string>;

  constructor(files: ReadonlyMap<string, string>) {
    this.texts = new Map(files);
  }

  apply(edit: FileEdit): void {
    const text = this.texts.get(edit.file);
    if (text === undefined) throw missingFile(edit.file);
    if (edit.kind === 'text') {
      this.texts.set(edit.file, edit.apply(text));
      this.forget(edit.file);
      return;
    }
    const sourceFile = this.sourceFile(edit.file, text);
    let after: string;
    try {
      after = edit.spliced ? collectSplices(sourceFile, () => edit.apply(sourceFile)) : this.applied(edit, sourceFile);
    } catch (error) {
      if (isInputError(error) && error.file === sourceFile.getFilePath()) {
        throw new InputError(error.detail, edit.file, error.line);
      }
      throw error;
    }
    if (after === text) return;
    this.texts.set(edit.file, after);
    if (edit.spliced) this.forget(edit.file);
  }

  private applied(edit: SourceFileEdit, sourceFile: SourceFile): string {
    edit.apply(sourceFile);
    return sourceFile.getFullText();
  }

  /**
   * The file parsed from its current text. Each parse gets a path of its own (`/<n>/<file>`), so a
   * new parse never replaces an older one in the project: replacing or removing a tree makes
   * ts-morph walk every node of it, a cost that grew with the file (its `forget`).
   */
  private sourceFile(file: string, text: string): SourceFile {
    const existing = this.parsed.get(file);
    if (existing) return existing;
    this.parses += 1;
    const created = this.project.createSourceFile(`/${this.parses}/${file}`, text);
    this.parsed.set(file, created);
    return created;
  }

  /** The next edit of `file` parses its new text; the old tree is dropped with the session. */
  private forget(file: string): void {
    this.parsed.delete(file);
  }
}

/** The new text of every file the edits changed; files whose text came out the same are left out. */
export function applyEdits(files: ReadonlyMap<string, string>, edits: readonly FileEdit[]): Map<string, string> {
  const session = new EditSession(files);
  for (const edit of edits) session.apply(edit);
  const changed = new Map<string, string>();
  for (const [file, text] of session.texts) {
    if (files.get(file) !== text) changed.set(file, text);
  }
  return changed;
}
