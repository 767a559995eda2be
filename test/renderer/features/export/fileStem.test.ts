// An export file is named for the day it was prepared in Ulaanbaatar, the day its Summary shows.
import { scourerDehairerExample } from '../../../../cli/examples/scourerDehairer';
import { fileStem } from '../../../../renderer/src/features/export/exportFiles';

// the charts (and their font files) play no part in a file's name
vi.mock('../../../../renderer/src/features/export/chartImages', () => ({ chartImages: vi.fn() }));

describe('export file names', () => {
  it('date a package exported at 23:30 UTC by the next day, as in Ulaanbaatar', () => {
    const pkg = {
      ...scourerDehairerExample(),
      createdAt: '2026-02-10T23:30:00.000Z',
      language: 'en' as const,
    };
    expect(fileStem(pkg)).toMatch(/_2026-02-11_EN$/);
    expect(fileStem({ ...pkg, createdAt: '2026-02-10T15:30:00.000Z' })).toMatch(/_2026-02-10_EN$/);
  });
});
