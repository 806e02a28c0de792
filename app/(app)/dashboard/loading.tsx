/** Holds the space the dashboard will take, so nothing jumps when the figures arrive. */
export default function DashboardLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body-l">Loading the figures…</p>
      <div className="app-chart-grid">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="app-chart app-chart--loading" />
        ))}
      </div>
    </div>
  );
}
