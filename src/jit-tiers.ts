/**
 * A generator runs for about a second, too short for TurboFan (V8's optimizing compiler) to pay
 * for itself: it compiles prettier's and TypeScript's hot functions on a background thread and the
 * run ends before the optimized code has saved what it cost, while that thread takes the core the
 * formatting worker needs. Without it the code runs in the interpreter and Sparkplug (and Maglev,
 * where V8 has it on): measured 1.50 → 1.17 s wall and 2.5 → 1.8 s CPU for `create`
 * (docs/decisions/speed-generation.md). The flag is set only on the V8 versions it was tried with
 * (Node 20–24); elsewhere V8 would print a warning for a flag it does not know. Child processes
 * (npm install, git) do not inherit it.
 */
import { setFlagsFromString } from 'node:v8';

const TRIED_V8_MAJORS = [11, 12, 13];

export function skipOptimizingCompiler(): void {
  const major = Number(process.versions.v8.split('.')[0]);
  if (TRIED_V8_MAJORS.includes(major)) setFlagsFromString('--max-opt=2');
}
