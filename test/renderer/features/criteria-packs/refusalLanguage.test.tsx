import { configure, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { storePublishedPack } from '../../../../renderer/src/db/repositories/bankPacks';
import { CriteriaPacksSection } from '../../../../renderer/src/features/criteria-packs/CriteriaPacksSection';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.clear();
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** Head office published a pack whose E&S check names a document the pack does not hold. */
async function refusedPublication() {
  const content = JSON.parse(JSON.stringify(ACTIVE_PACK)) as {
    id: string;
    version: string;
    esChecks: { documents: string[] }[];
  };
  content.id = 'xacbank-textile';
  content.version = '2027.1.0';
  content.esChecks[3]!.documents[1] = 'DOC-XYZ';
  const outcome = await storePublishedPack({
    seq: 4,
    packId: content.id,
    packVersion: content.version,
    publishedAt: '2026-11-30T02:00:00.000Z',
    content,
  });
  expect(outcome.ok).toBe(false);
}

describe('Settings → Criteria packs: a pack the server published and this desktop refused', () => {
  it('says why in Mongolian on the Mongolian screen, and in English on the English one', async () => {
    await refusedPublication();
    localStorage.setItem('gt.language', 'mn');
    const mn = render(
      <LanguageProvider>
        <CriteriaPacksSection />
      </LanguageProvider>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('criteria-pack-server-refused')).toHaveTextContent(
        'багцад байхгүй баримт бичиг "DOC-XYZ"',
      ),
    );
    expect(screen.getByTestId('criteria-pack-server-refused')).not.toHaveTextContent(
      'unknown document',
    );
    mn.unmount();

    localStorage.setItem('gt.language', 'en');
    render(
      <LanguageProvider>
        <CriteriaPacksSection />
      </LanguageProvider>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('criteria-pack-server-refused')).toHaveTextContent(
        'unknown document "DOC-XYZ"',
      ),
    );
  });
});
