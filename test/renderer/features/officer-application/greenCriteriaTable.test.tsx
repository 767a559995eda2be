// The Green tab and the decision memo show one criteria table (GreenCriteriaTable): the memo
// records the same criteria, values, thresholds and results the officer saw.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { generatePackage } from '../../../../shared/engine/generatePackage';
import type { ApplicationPackage } from '../../../../shared/package/schema';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { ApplicationPage } from '../../../../renderer/src/features/officer-application/ApplicationPage';
import { storeSubmission } from '../../../../renderer/src/db/repositories/submissions';

function packageWithProject(): ApplicationPackage {
  for (let seed = 1; seed < 50; seed++) {
    const pkg = generatePackage(seed, 12, ACTIVE_PACK);
    if (pkg.project) return pkg;
  }
  throw new Error('no generated package has a project');
}

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function criteriaTable(
  applicationId: string,
  tab: 'green' | 'memo',
  testId: string,
): Promise<string[][]> {
  const view = render(
    <LanguageProvider>
      <ApplicationPage applicationId={applicationId} tab={tab} />
    </LanguageProvider>,
  );
  const table = await screen.findByTestId(testId, {}, { timeout: 8000 });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent?.trim() ?? ''));
  view.unmount();
  return rows;
}

describe('green criteria table', { timeout: 60_000 }, () => {
  it('is the same on the Green tab and in the decision memo', async () => {
    const pkg = packageWithProject();
    const row = await storeSubmission(pkg, { fileName: 'msme.xlsx' });
    const onTab = await criteriaTable(row.id, 'green', 'green-criteria');
    const inMemo = await criteriaTable(row.id, 'memo', 'memo-green-criteria');
    expect(onTab[0]).toEqual(['Criterion', 'Role', 'Measured', 'Threshold', 'Result']);
    expect(onTab.length).toBeGreaterThan(2);
    expect(inMemo[0]).toEqual(onTab[0]);
    // The memo names a criterion "title (code)", the tab "code title": same criterion, same
    // role, measured value, threshold and result.
    expect(inMemo.map((r) => r.slice(1))).toEqual(onTab.map((r) => r.slice(1)));
    expect(inMemo.length).toBe(onTab.length);
    for (const [i, r] of onTab.slice(1).entries()) {
      const code = r[0]!.split(' ')[0]!;
      expect(inMemo[i + 1]![0]).toContain(`(${code})`);
    }
  });
});
