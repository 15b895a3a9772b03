#!/usr/bin/env node
import { main, skipOptimizingCompiler, startFormatWorkerEarly, useCompileCache } from '../dist/cli.js';

skipOptimizingCompiler();
// prettier loads on the second core while this one reads the command and renders
startFormatWorkerEarly();
useCompileCache();
process.exitCode = await main(process.argv.slice(2), 'create-agent-backend');
