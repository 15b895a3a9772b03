/** Where the configuration comes from: the process's environment and the `.env` file beside it. */
import { existsSync } from 'node:fs';
import { loadEnvFile } from 'node:process';

/**
 * process.env, after the variables of `file` (`.env` in the working folder) were added when it
 * exists; a variable already set wins, as with `node --env-file`. `.env.example` lists them.
 */
export function environment(file = '.env'): NodeJS.ProcessEnv {
  if (existsSync(file)) loadEnvFile(file);
  return process.env;
}
