import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../../renderer/src/components/DataTable';

describe('DataTable', () => {
  it('names columns and rows for a screen reader and right-aligns the numeric columns', () => {
    render(
      <DataTable
        columns={['What', 'Baseline', 'Measured']}
        rows={[
          ['Electricity', '344,124 kWh', '301,002 kWh'],
          ['Coal', '1,260 t', '1,100 t'],
        ]}
        className="measured"
        testId="t"
        widths={[50, 25, 25]}
        numeric={[1, 2]}
        rowHeaders
      />,
    );
    const table = screen.getByTestId('t');
    expect(table).toHaveClass('data', 'measured');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['What', 'Baseline', 'Measured']);
    expect(within(table).getByRole('rowheader', { name: 'Coal' })).toBeInTheDocument();
    expect(within(table).getByText('1,100 t')).toHaveClass('num');
    expect(table.querySelectorAll('col')).toHaveLength(3);
  });

  it('without row headers every cell is data, and only the numeric ones are right-aligned', () => {
    render(<DataTable columns={['No', 'Action']} rows={[['1', 'Fit meters']]} numeric={[0]} />);
    expect(screen.queryByRole('rowheader')).toBeNull();
    expect(screen.getByText('1')).toHaveClass('num');
    expect(screen.getByText('Fit meters')).not.toHaveClass('num');
  });
});
