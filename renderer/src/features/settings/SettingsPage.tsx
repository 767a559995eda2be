// Placeholder until this feature lands; the route and navigation already point here.
export function SettingsPage() {
  return (
    <section className="page">
      <h1>Settings</h1>
    </section>
  );
}
