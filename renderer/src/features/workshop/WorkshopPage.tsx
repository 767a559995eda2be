// Placeholder until this feature lands; the route and navigation already point here.
export function WorkshopPage({ section }: { section: string }) {
  return (
    <section className="page" data-ref={[section].join(' ')}>
      <h1>Workshop</h1>
    </section>
  );
}
