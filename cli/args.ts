// A small argument parser: positional arguments plus --flag value / --flag=value / -o value.
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  options: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['lang', 'o', 'output', 'as-of', 'pack', 'report', 'officer']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('-') && a.length > 1) {
      const body = a.replace(/^--?/, '');
      const eq = body.indexOf('=');
      if (eq >= 0) {
        options.set(body.slice(0, eq), body.slice(eq + 1));
      } else if (VALUE_FLAGS.has(body) && i + 1 < argv.length) {
        options.set(body, argv[i + 1] ?? '');
        i++;
      } else {
        options.set(body, true);
      }
    } else {
      positional.push(a);
    }
  }
  const [command, ...rest] = positional;
  return { command, positional: rest, options };
}
