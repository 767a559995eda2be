import { DataTable } from '../../../components/DataTable';
import type { MemoBlock, MemoModel } from './memoModel';

function Block({ block }: { block: MemoBlock }) {
  switch (block.kind) {
    case 'facts':
      return (
        <dl className="memo-facts" data-testid={block.testId}>
          {block.rows.map((r) => (
            <div key={r.label} className="memo-fact">
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'paragraph':
      return (
        <p data-testid={block.testId}>
          {block.strong ? <strong>{block.text}</strong> : block.text}
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <DataTable
          columns={block.columns}
          rows={block.rows}
          className="memo-table"
          testId={block.testId}
          widths={block.widths}
          numeric={block.numeric}
        />
      );
  }
}

/** The memo as a printable page: the same model the Word file is written from. */
export function MemoDocument({ memo }: { memo: MemoModel }) {
  return (
    <article className="decision-memo" aria-labelledby="memo-title" lang={memo.language}>
      <header>
        <h1 id="memo-title">{memo.title}</h1>
        <p className="memo-subtitle">{memo.subtitle}</p>
      </header>
      {memo.sections.map((s) => (
        <section key={s.id} className="memo-section" aria-labelledby={`memo-${s.id}`}>
          <h2 id={`memo-${s.id}`}>{s.heading}</h2>
          {s.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </section>
      ))}
      <section className="memo-section signatures" aria-labelledby="memo-signatures">
        <h2 id="memo-signatures">{memo.signatures.heading}</h2>
        <div className="signature-grid">
          {memo.signatures.lines.map((l) => (
            <div key={l.role} className="signature">
              <p>
                <strong>{l.role}</strong>
              </p>
              <p>
                {memo.signatures.labels.name}: {l.name ?? '____________________'}
              </p>
              <p>{memo.signatures.labels.signature}: ____________________</p>
              <p>
                {memo.signatures.labels.date}: {l.date ?? '____________________'}
              </p>
            </div>
          ))}
        </div>
      </section>
    </article>
  );
}
