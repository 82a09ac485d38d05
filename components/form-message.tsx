/** The form-level error or notice returned by a server action. */
export function FormMessage({ error, notice }: { error?: string; notice?: string }) {
  if (error) return <div className="alert alert--error" role="alert">{error}</div>;
  if (notice) return <div className="alert alert--success" role="status">{notice}</div>;
  return null;
}
