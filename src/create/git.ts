/** `git init` and a first commit in a new service, with a fallback identity when none is set. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

const FALLBACK_IDENTITY = {
  GIT_AUTHOR_NAME: 'create-agent-backend',
  GIT_AUTHOR_EMAIL: 'create-agent-backend@localhost',
  GIT_COMMITTER_NAME: 'create-agent-backend',
  GIT_COMMITTER_EMAIL: 'create-agent-backend@localhost',
};

async function hasIdentity(cwd: string): Promise<boolean> {
  try {
    const { stdout } = await run('git', ['config', 'user.email'], { cwd });
    return stdout.trim().length > 0;
  } catch {
    return false;
  }
}

/** Skips (with a note) when the folder is already inside a git work tree or git is absent. */
export async function initialCommit(cwd: string, log: (line: string) => void): Promise<void> {
  try {
    await run('git', ['--version']);
  } catch {
    log('git not found: skipped git init.');
    return;
  }
  try {
    await run('git', ['rev-parse', '--is-inside-work-tree'], { cwd });
    log('Already inside a git repository: skipped git init.');
    return;
  } catch {
    // not a work tree: make one
  }
  const env = { ...process.env, ...((await hasIdentity(cwd)) ? {} : FALLBACK_IDENTITY) };
  await run('git', ['init', '-q'], { cwd });
  await run('git', ['add', '-A'], { cwd });
  await run('git', ['commit', '-q', '--no-verify', '-m', 'Initial commit from create-agent-backend'], { cwd, env });
  log('Created a git repository with a first commit.');
}
