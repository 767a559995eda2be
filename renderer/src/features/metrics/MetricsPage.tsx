// Placeholder until this feature lands; the route and navigation already point here.
export function MetricsPage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Monthly data</h1>
    </section>
  );
}
