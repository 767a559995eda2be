#!/usr/bin/env node
// Launcher: lets node run the TypeScript command line directly through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
const { nodeIo } = await import('./nodeIo.ts');
process.exitCode = await runCli(nodeIo());
