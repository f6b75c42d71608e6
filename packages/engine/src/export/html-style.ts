/** The printable page's stylesheet: compact on screen, one A4 column on paper. */
export const htmlStyle = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.3rem; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.why { font-style: italic; color: #555; margin: 0.2rem 0; }
.steps { font-size: 0.9em; color: #333; }
.key { font-weight: bold; }
.rest { color: #888; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  section.week { break-inside: avoid; }
  th { background: none; }
}
`;
