// Placeholder until this feature lands; the route and navigation already point here.
export function ProfilePage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Profile</h1>
    </section>
  );
}
