// Regenerates docs/examples/scourer-dehairer.package.json: `npx tsx cli/examples/writeExample.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { scourerDehairerExample } from './scourerDehairer';

const target = fileURLToPath(
  new URL('../../docs/examples/scourer-dehairer.package.json', import.meta.url),
);
// formatted with the repository's prettier settings, so `prettier --check` passes
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(scourerDehairerExample()), {
  ...options,
  filepath: target,
});
writeFileSync(target, text);
process.stdout.write(`wrote ${target}\n`);
