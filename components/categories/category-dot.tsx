/** A category's colour dot and name (colours are the family's, or the custom category's own). */
export function CategoryDot({ name, color }: { name: string; color: string }) {
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: "0.4em" }}>
      <span aria-hidden="true" style={{ display: "inline-block", width: "0.7em", height: "0.7em", borderRadius: "50%", background: color, flex: "none" }} />
      <span>{name}</span>
    </span>
  );
}
