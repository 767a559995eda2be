// Entry of the prebuilt command line (scripts/build-cli.mjs bundles it to out/cli/).
import { nodeBatchHost } from './batchHost';
import { runCli } from './main';
import { nodeIo } from './nodeIo';

process.exitCode = await runCli(nodeIo(), nodeBatchHost());
