import { buildAboutText } from '../../electron/app/aboutInfo';
import { defaultLanguage, loadPreferences, savePreferences } from '../../electron/app/preferences';
import { addRecentFile, loadRecentFiles, saveRecentFiles } from '../../electron/files/recentFiles';
import { createMemoryFs, textView } from './fakes/memoryFs';

describe('preferences', () => {
  it('defaults to Mongolian on an mn locale, English otherwise', () => {
    expect(defaultLanguage('mn')).toBe('mn');
    expect(defaultLanguage('mn-MN')).toBe('mn');
    expect(defaultLanguage('en-GB')).toBe('en');
    expect(defaultLanguage('ru')).toBe('en');
  });

  it('round-trips and ignores garbage', async () => {
    const fs = textView(createMemoryFs({ '/bad.json': '{"language":"fr"}' }));
    expect(await loadPreferences(fs, '/bad.json', 'mn-MN')).toEqual({ language: 'mn' });
    await savePreferences(fs, '/p.json', { language: 'en' });
    expect(await loadPreferences(fs, '/p.json', 'mn-MN')).toEqual({ language: 'en' });
  });
});

describe('recent files', () => {
  it('moves a reopened file to the front and caps the list', () => {
    let list: string[] = [];
    for (let i = 0; i < 10; i += 1) list = addRecentFile(list, `/f${i}.xlsx`);
    expect(list).toHaveLength(8);
    expect(list[0]).toBe('/f9.xlsx');
    list = addRecentFile(list, '/f5.xlsx');
    expect(list.slice(0, 3)).toEqual(['/f5.xlsx', '/f9.xlsx', '/f8.xlsx']);
    expect(list.filter((p) => p === '/f5.xlsx')).toHaveLength(1);
  });

  it('persists and drops non-strings', async () => {
    const fs = textView(createMemoryFs({ '/r.json': '["/a.xlsx", 3, null, "/b.json"]' }));
    expect(await loadRecentFiles(fs, '/r.json')).toEqual(['/a.xlsx', '/b.json']);
    await saveRecentFiles(fs, '/r2.json', ['/c.xlsx']);
    expect(await loadRecentFiles(fs, '/r2.json')).toEqual(['/c.xlsx']);
    expect(await loadRecentFiles(fs, '/missing.json')).toEqual([]);
  });
});

describe('About text', () => {
  const versions = {
    appVersion: '0.1.0',
    electronVersion: '45.4.1',
    chromeVersion: '152.0.7000.1',
    nodeVersion: '24.18.0',
    schemaVersion: 1,
    criteriaPackVersion: '2026.1',
  };

  it('lists app, Electron, Chrome, schema and criteria pack versions', () => {
    const text = buildAboutText(versions, 'en');
    expect(text.title).toBe('About GreenThread');
    expect(text.message).toBe('GreenThread 0.1.0');
    for (const line of [
      'Version: 0.1.0',
      'Application package format: v1',
      'Criteria pack: 2026.1',
      'Electron: 45.4.1',
      'Chrome: 152.0.7000.1',
    ]) {
      expect(text.detail).toContain(line);
    }
  });

  it('is translated into Mongolian', () => {
    const text = buildAboutText(versions, 'mn');
    expect(text.title).toBe('GreenThread-ийн тухай');
    expect(text.detail).toContain('Шалгуурын багц: 2026.1');
    expect(text.detail).toContain('Хувилбар: 0.1.0');
  });
});
