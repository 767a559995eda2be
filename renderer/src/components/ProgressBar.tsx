/** A labelled progress bar; fraction in 0..1, or null for "working, size unknown". */
export function ProgressBar({ fraction, label }: { fraction: number | null; label: string }) {
  const pct = fraction === null ? null : Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div>
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(pct !== null ? { 'aria-valuenow': pct } : {})}
      >
        <span style={{ width: `${pct ?? 100}%`, opacity: pct === null ? 0.4 : 1 }} />
      </div>
      <span className="status">
        {label}
        {pct !== null ? ` ${pct}%` : ''}
      </span>
    </div>
  );
}
