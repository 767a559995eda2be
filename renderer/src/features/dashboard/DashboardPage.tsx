// Placeholder until this feature lands; the route and navigation already point here.
export function DashboardPage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Dashboard</h1>
    </section>
  );
}
