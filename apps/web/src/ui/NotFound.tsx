import { Link } from "wouter";
import { useTitle } from "./use-title.ts";

export function NotFound() {
  useTitle("Nothing here");
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
