import { Link } from "wouter";

export function NotFound() {
  return (
    <section className="page narrow">
      <h1>Nothing here</h1>
      <p>
        This address is not a page of Cairn. <Link href="/">See your plans</Link> or{" "}
        <Link href="/new">make a new one</Link>.
      </p>
    </section>
  );
}
