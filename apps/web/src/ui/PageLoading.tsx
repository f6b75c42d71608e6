/** A page's place held while it loads, in words. */
export function PageLoading({ what }: { what: string }) {
  return (
    <section className="page narrow" aria-busy="true">
      <p className="loading-line" role="status">
        Loading {what}…
      </p>
    </section>
  );
}
