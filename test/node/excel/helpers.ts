import { ACTIVE_PACK } from '../../../shared/catalogue/packs';
import type { ApplicationPackage } from '../../../shared/package/schema';
import { buildWorkbookSpec, type BuiltWorkbook } from '../../../shared/workbook';
import { writeWorkbook } from '../../../adapters/excel';
import { samplePackage } from '../../shared/workbook/fixtures';
import { signedWith, TEST_KEY } from '../../shared/workbook/testKeys';

export async function exportSample(
  language: 'en' | 'mn' = 'en',
  pkg: ApplicationPackage = samplePackage(),
): Promise<{ bytes: Uint8Array; built: BuiltWorkbook }> {
  const built = await signedWith(
    buildWorkbookSpec({
      pkg,
      pack: ACTIVE_PACK,
      results: null,
      language,
      charts: null,
      signingPublicKey: TEST_KEY.publicKey,
    }),
  );
  return { bytes: await writeWorkbook(built.spec), built };
}
