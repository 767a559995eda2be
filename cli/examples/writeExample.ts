// Regenerates docs/examples/scourer-dehairer.package.json: `npx tsx cli/examples/writeExample.ts`.
import { writeFileSync } from 'node:fs';
import { scourerDehairerExample } from './scourerDehairer';

const target = new URL('../../docs/examples/scourer-dehairer.package.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(scourerDehairerExample(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
