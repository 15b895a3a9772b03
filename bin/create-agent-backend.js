#!/usr/bin/env node
import { main, useCompileCache } from '../dist/cli.js';

useCompileCache();
process.exitCode = await main(process.argv.slice(2), 'create-agent-backend');
