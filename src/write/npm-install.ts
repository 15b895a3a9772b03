/**
 * `npm install` in a new service, its output shown, as Yeoman's install task runs it after the
 * files are written (a failure is the caller's to report: the files stay).
 */
import { spawn } from 'node:child_process';

export async function npmInstall(dir: string, log: (line: string) => void): Promise<void> {
  log('\nRunning npm install for you to install the required dependencies.');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install'], { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`npm install exited with code ${code} in ${dir}`);
}
