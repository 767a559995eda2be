// Placeholder until this feature lands; the route and navigation already point here.
export function GreenProjectPage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Green project</h1>
    </section>
  );
}
