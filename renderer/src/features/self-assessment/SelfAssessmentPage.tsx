// Placeholder until this feature lands; the route and navigation already point here.
export function SelfAssessmentPage({ orgId }: { orgId: string }) {
  return (
    <section className="page" data-ref={[orgId].join(' ')}>
      <h1>Self-assessment</h1>
    </section>
  );
}
