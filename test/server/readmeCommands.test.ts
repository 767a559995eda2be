// The server commands the README and docs/server.md give are true: every `npm run X` is a script
// of package.json, and every `npm run server:admin -- <command>` is a command server/cli.ts runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
);
const cliCommands = [...read('server/cli.ts').matchAll(/case '([a-z-]+)':/g)].map((m) => m[1]);

describe('the documented commands exist', () => {
  for (const doc of ['README.md', 'docs/server.md']) {
    it(`${doc}: every npm script and server:admin command it names`, () => {
      const text = read(doc);
      const named = [...text.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((m) => m[1]);
      expect(named).toContain('server:migrate');
      expect(named.filter((n) => !scripts.includes(n ?? ''))).toEqual([]);
      const admin = [...text.matchAll(/npm run server:admin -- ([a-z-]+)/g)].map((m) => m[1]);
      expect(admin.length).toBeGreaterThan(0);
      expect(admin.filter((c) => !cliCommands.includes(c))).toEqual([]);
    });
  }
});
