// Placeholder until this feature lands; the route and navigation already point here.
export function ImportPage() {
  return (
    <section className="page">
      <h1>Import</h1>
    </section>
  );
}
