/** A page on its way: grey blocks where the title and cards will be, and a status for screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="skeleton skeleton--title" aria-hidden="true" />
      <div className="skeleton skeleton--line" aria-hidden="true" />
      <div className="skeleton skeleton--card" aria-hidden="true" />
      <div className="skeleton skeleton--card" aria-hidden="true" />
    </div>
  );
}
