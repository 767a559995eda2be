// Placeholder until this feature lands; the route and navigation already point here.
export function ActionPlanPage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Action plan</h1>
    </section>
  );
}
