import { Link } from "wouter";
import { UnitsToggle } from "./UnitsToggle.tsx";
import "./header.css";

export function Header() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <img src="/favicon.svg" alt="" width="28" height="28" />
        <span>Cairn</span>
      </Link>
      <nav aria-label="Main">
        <Link href="/">Plans</Link>
        <Link href="/new">New plan</Link>
      </nav>
      <UnitsToggle />
    </header>
  );
}
