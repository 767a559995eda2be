import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_PACK } from '../../../../shared/catalogue/packs';
import type { SaveFileRequest } from '../../../../shared/ipc/contract';
import { LanguageProvider } from '../../../../renderer/src/app/LanguageProvider';
import { db } from '../../../../renderer/src/db/db';
import { openAssessment, setAnswer } from '../../../../renderer/src/db/repositories/assessments';
import {
  blankOrganisation,
  saveOrganisation,
} from '../../../../renderer/src/db/repositories/organisations';
import { setMetricValue } from '../../../../renderer/src/db/repositories/periods';
import { ExportPage, stageKey } from '../../../../renderer/src/features/export/ExportPage';
import { platform } from '../../../../renderer/src/platform/platform';

// The DOM suite runs beside heavy jobs on two cores: wait generously, assert exactly.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(async () => {
  localStorage.setItem('gt.language', 'en');
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const KO = ACTIVE_PACK.vcpItems.find((i) => i.knockOut && i.appliesTo.length === 0)?.id ?? '';

describe('ExportPage', { timeout: 60_000 }, () => {
  it('warns about incomplete parts and exports a workbook the app can read back', async () => {
    const user = userEvent.setup();
    const org = { ...blankOrganisation('Тест ХХК', 'Test LLC'), processes: ['garment' as const] };
    await saveOrganisation(org);
    for (const m of ['2025-01', '2025-02', '2025-03'])
      await setMetricValue(org.id, m, 'energy.electricity', { value: 12_345, unit: 'kWh' });
    const asm = await openAssessment({ orgId: org.id, instrument: 'vcp', period: '2025' });
    await setAnswer(asm.id, KO, { answer: 'no' });

    const saved: SaveFileRequest[] = [];
    vi.spyOn(platform, 'saveFile').mockImplementation((req) => {
      saved.push(req);
      return Promise.resolve({ saved: true, name: req.suggestedName });
    });
    render(
      <LanguageProvider>
        <ExportPage orgId={org.id} />
      </LanguageProvider>,
    );
    const warnings = await screen.findByTestId('export-warnings');
    const keys = [...warnings.querySelectorAll('li')].map((li) => li.getAttribute('data-warning'));
    expect(keys).toEqual(
      expect.arrayContaining([
        'fewMonths',
        'vcpUnanswered',
        'vcpKnockOuts',
        'vcpDraft',
        'noProject',
      ]),
    );
    expect(warnings).toHaveTextContent('Only 3 months of data');
    expect(warnings).toHaveTextContent(KO);
    expect(screen.getByTestId('export-included')).toHaveTextContent(
      'Monthly data: 3 periods, 2025-01 to 2025-03',
    );

    await user.click(screen.getByRole('button', { name: 'Export workbook (.xlsx)' }));
    // The progress bar shows while exceljs writes (loaded lazily on first export).
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(await screen.findByText(/^Saved as GreenThread_Test_LLC_/)).toBeVisible();
    const req = saved[0];
    expect(req?.kind).toBe('workbook');
    expect(req?.suggestedName).toMatch(/^GreenThread_Test_LLC_\d{4}-\d{2}-\d{2}_EN\.xlsx$/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((req?.bytes ?? new Uint8Array()).slice().buffer);
    const machine = wb.getWorksheet('_gt_data');
    expect(machine?.state).not.toBe('visible');
    const cells = new Map<string, string>();
    machine?.eachRow((row) => cells.set(row.getCell(1).text, row.getCell(2).text));
    expect(cells.get('["organisation","nameMn"]')).toBe('"Тест ХХК"');
    expect(cells.get('["periods",1,"values","energy.electricity","value"]')).toBe('12345');
    expect(cells.get(`["vcp","answers","${KO}","answer"]`)).toBe('"no"');

    // The package is the same data as JSON.
    await user.click(screen.getByRole('button', { name: 'Export application package (.json)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const pkg = JSON.parse(new TextDecoder().decode(saved[1]?.bytes)) as {
      format: string;
      periods: unknown[];
      language: string;
    };
    expect(saved[1]?.kind).toBe('package');
    expect(pkg.format).toBe('greenthread-application');
    expect(pkg.periods).toHaveLength(3);
    expect(pkg.language).toBe('en');
  });

  it('names the step under the progress bar while the workbook is being made', async () => {
    const user = userEvent.setup();
    const org = { ...blankOrganisation('Алхам ХХК', 'Step LLC'), processes: ['garment' as const] };
    await saveOrganisation(org);
    let release: (v: { saved: boolean }) => void = () => undefined;
    vi.spyOn(platform, 'saveFile').mockImplementation(
      () => new Promise((resolve) => (release = resolve)),
    );
    render(
      <LanguageProvider>
        <ExportPage orgId={org.id} />
      </LanguageProvider>,
    );
    await user.click(await screen.findByRole('button', { name: 'Export workbook (.xlsx)' }));
    // Held at the save dialog: the bar is full and says so in words.
    // Each step is named on the way (the first at once, before exceljs has even loaded).
    expect(await screen.findByTestId('export-stage')).toHaveTextContent(
      /Collecting the data|Scoring|Drawing the charts|Writing the sheets|Compressing|Finishing/,
    );
    await waitFor(() => expect(screen.getByTestId('export-stage')).toHaveTextContent('Finishing'), {
      timeout: 20_000,
    });
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Finishing');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    release({ saved: false });
    await waitFor(() => expect(screen.queryByTestId('export-stage')).toBeNull());
  });

  it('groups the writer’s stages into steps a user recognises', () => {
    expect(
      ['package', 'score', 'charts', 'sheet:summary', 'sheet:_gt_data', 'zip', 'done'].map(
        stageKey,
      ),
    ).toEqual(['package', 'score', 'charts', 'sheets', 'sheets', 'zip', 'done']);
  });
});
