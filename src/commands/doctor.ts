/**
 * `agent-backend doctor`: what the tool sees in this repository and what `aggregate`/`add`
 * would do here, before anything is written. Exits 1 with the first problem when the
 * repository is too unusual to edit safely.
 */
import type { CliIo } from '../cli.js';
import { InputError } from '../errors.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { assessProject } from '../project/assess-project.js';
import { formatDoctor } from '../project/format-doctor.js';
import { inspectProject } from '../project/inspect-project.js';
import { planSlice } from '../project/slice-plan.js';

export async function runDoctor({ flags }: CommandLine, io: CliIo): Promise<void> {
  const profile = await inspectProject(io.cwd);
  const assessment = assessProject(profile);
  const plan = planSlice(profile, {
    name: '<aggregate>',
    ...(typeof flags.in === 'string' ? { folder: flags.in } : {}),
  });
  io.out(
    flags.json === true
      ? JSON.stringify({ profile, assessment, plan }, null, 2)
      : formatDoctor(profile, plan, assessment),
  );
  const [reason] = assessment.problems;
  if (reason !== undefined) throw new InputError(reason);
}
