import { useEffect } from "react";

/** The tab's title for this page: what a runner sees in their tabs and history. */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Cairn` : "Cairn";
  }, [title]);
}
