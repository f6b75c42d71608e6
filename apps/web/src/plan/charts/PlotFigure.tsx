import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";

/**
 * A chart drawn by Observable Plot at the width of its box. Plot puts a <style> element in
 * each SVG it makes; the page's Content-Security-Policy refuses inline styles, so it is taken
 * out before the chart joins the page (charts.css holds the same rules).
 */
export function PlotFigure({
  draw,
  onDraw,
  children,
}: {
  draw(width: number): Element;
  /** Told of each new chart (to read its scales). */
  onDraw?: (chart: Element) => void;
  /** Laid over the chart. */
  children?: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useLayoutEffect(() => {
    const node = box.current;
    if (!node) return;
    setWidth(Math.floor(node.clientWidth));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const node = chartBox.current;
    if (!node || width <= 0) return;
    const chart = draw(width);
    for (const style of chart.querySelectorAll("style")) style.remove();
    // Plot names each mark group ("bar", "tick") for assistive technology; read out, those
    // words say nothing, and a label on a plain <g> is not allowed. The chart is one image.
    for (const named of chart.querySelectorAll("[aria-label]")) named.removeAttribute("aria-label");
    chart.setAttribute("role", "img");
    node.replaceChildren(chart);
    onDraw?.(chart);
    return () => chart.remove();
  }, [draw, onDraw, width]);

  return (
    <div ref={box} className="plot-box">
      <div ref={chartBox} />
      {children}
    </div>
  );
}
