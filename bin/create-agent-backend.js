#!/usr/bin/env node
import { main, skipOptimizingCompiler, useCompileCache } from '../dist/cli.js';

skipOptimizingCompiler();
useCompileCache();
process.exitCode = await main(process.argv.slice(2), 'create-agent-backend');
