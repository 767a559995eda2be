// The shared list of the bank server's refusal codes: every code has words in English and in
// Mongolian (Cyrillic), the push's own refusals are on it, and a code this version does not know
// falls back to a plain sentence in the user's language with the server's text marked as its own.
import { describe, expect, it } from 'vitest';
import {
  SERVER_ERRORS,
  codeForStatus,
  isServerErrorCode,
  serverErrorWords,
} from '../../../shared/sync/serverErrors';

const CYRILLIC = /[А-Яа-яЁёӨөҮү]/;

describe('bank server refusal codes', () => {
  it('every code has words in both languages, Mongolian in Cyrillic', () => {
    const entries = Object.entries(SERVER_ERRORS);
    expect(entries.length).toBeGreaterThan(30);
    for (const [code, words] of entries) {
      expect(code).toMatch(/^[a-z_]+$/);
      expect(words.en.trim().length, code).toBeGreaterThan(10);
      expect(words.mn.trim().length, code).toBeGreaterThan(10);
      expect(words.mn, code).toMatch(CYRILLIC);
      expect(words.mn, code).not.toBe(words.en);
    }
  });

  it('holds the push’s own refusals and a code for every status', () => {
    for (const code of [
      'push_other_branch',
      'push_needs_branch',
      'push_branch_mismatch',
      'push_admin',
      'push_unknown_branch',
    ])
      expect(isServerErrorCode(code), code).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 413, 415, 422, 426, 500, 503])
      expect(isServerErrorCode(codeForStatus(status))).toBe(true);
  });

  it('says a known code in the user’s words, and an unknown one plainly with the server’s text', () => {
    const update = { code: 'update_desktop', serverText: 'this copy of GreenThread is older…' };
    expect(serverErrorWords(update, 'mn')).toBe(SERVER_ERRORS.update_desktop.mn);
    expect(serverErrorWords(update, 'en')).toBe(SERVER_ERRORS.update_desktop.en);
    const newer = { code: 'quota_exceeded', serverText: 'the branch quota is used up' };
    const mn = serverErrorWords(newer, 'mn');
    expect(mn).toMatch(CYRILLIC);
    expect(mn).toContain('Серверийн хариу: “the branch quota is used up”');
    expect(serverErrorWords(newer, 'en')).toContain(
      'The server said: “the branch quota is used up”',
    );
    // an older server sends no code: the same plain sentence
    expect(serverErrorWords({ serverText: 'no' }, 'en')).toContain('The server said: “no”');
    // invalid input keeps the server's detail, which names the field
    expect(
      serverErrorWords(
        { code: 'invalid_input', serverText: 'changes.0.table: Invalid option' },
        'mn',
      ),
    ).toContain('changes.0.table');
  });
});
