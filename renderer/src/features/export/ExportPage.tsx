// Placeholder until this feature lands; the route and navigation already point here.
export function ExportPage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Export</h1>
    </section>
  );
}
