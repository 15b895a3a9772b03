/** `.env.example`: a variable, with its comment line above it, appended unless the file sets it already. */
import { newlineOf } from './text-layout.js';

export interface EnvVariable {
  name: string;
  /** the example value (may be empty) */
  value: string;
  /** one line saying what it is and what it accepts */
  comment: string;
}

export function ensureEnvVariable(text: string, variable: EnvVariable): string {
  const setsIt = text.split(/\r?\n/).some((line) => line.replace(/^\s*(export\s+)?/, '').startsWith(`${variable.name}=`));
  if (setsIt) return text;
  const newline = newlineOf(text);
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  return `${text}${separator}# ${variable.comment}${newline}${variable.name}=${variable.value}${newline}`;
}
