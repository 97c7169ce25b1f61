/** The 42 CFR 2.32 notice that must accompany released substance-use treatment records. */
export function Part2Notice({ obligations }: { obligations: { code: string; text: string }[] | undefined }) {
  const notice = obligations?.find((o) => o.code === 'PART2_REDISCLOSURE_NOTICE');
  if (!notice) return null;
  return (
    <aside className="part2" aria-labelledby="part2-title" data-testid="part2-notice">
      <h2 id="part2-title">42 CFR 2.32 notice: substance-use treatment records</h2>
      <p>{notice.text}</p>
    </aside>
  );
}
