// Placeholder until this feature lands; the route and navigation already point here.
export function PortfolioPage() {
  return (
    <section className="page">
      <h1>Portfolio</h1>
    </section>
  );
}
