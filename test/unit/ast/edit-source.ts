/** Runs an edit on a source string in a throw-away in-memory project. */
import { Project, type SourceFile } from 'ts-morph';

export type SourceEditFn = (sourceFile: SourceFile) => void;

export function edited(text: string, edit: SourceEditFn, path = 'src/file.ts'): string {
  const project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true });
  const sourceFile = project.createSourceFile(path, text);
  edit(sourceFile);
  return sourceFile.getFullText();
}

/** The text after the edit ran once, and after it ran again on its own output. */
export function editedTwice(text: string, edit: SourceEditFn): { once: string; twice: string } {
  const once = edited(text, edit);
  return { once, twice: edited(once, edit) };
}

/** Joins lines with `\n` and ends with one, so expected files read as files. */
export function lines(...content: string[]): string {
  return `${content.join('\n')}\n`;
}
