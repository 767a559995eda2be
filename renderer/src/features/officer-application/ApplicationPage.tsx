// Placeholder until this feature lands; the route and navigation already point here.
export function ApplicationPage({ applicationId, tab }: { applicationId: string; tab: string }) {
  return (
    <section className="page" data-ref={[applicationId, tab].join(' ')}>
      <h1>Application</h1>
    </section>
  );
}
