/** " Te laat ingediend" after advice that came in after the deadline; nothing for advice on time. */
export function LateTag({ late, label }: { late: boolean; label: string }) {
  if (!late) return null;
  return (
    <>
      {" "}
      <span className="tag tag--late">{label}</span>
    </>
  );
}
