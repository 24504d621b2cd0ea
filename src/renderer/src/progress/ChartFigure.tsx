// A chart with what makes it readable without seeing it: a text summary (also the SVG's label) and
// the numbers as a table behind "Show the numbers", built only once opened (ten years of rows would
// otherwise be thousands of hidden nodes).
import { useId, useState, type ReactNode } from 'react'

export interface ChartTable {
  readonly caption: string
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

export function ChartFigure({
  title,
  summary,
  table,
  children,
  legend,
  note,
  footer
}: {
  title: string
  summary: ReactNode
  table: ChartTable
  /** The SVG; it gets role="img" and the summary as its description from here. */
  children: (labelIds: { titleId: string; summaryId: string }) => ReactNode
  legend?: ReactNode
  /** How to read the chart, shown under it. */
  note?: string
  /** More words under the chart (skip reasons, say). */
  footer?: ReactNode
}) {
  const titleId = useId()
  const summaryId = useId()
  const [open, setOpen] = useState(false)
  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      {legend}
      {children({ titleId, summaryId })}
      {note && <p className="hint chart-note">{note}</p>}
      {footer}
      <details className="chart-numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show the numbers</summary>
        {open && (
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    )
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  )
}

/** A coloured key for the series of a chart. */
export function ChartLegend({ items }: { items: readonly { name: string; className: string; dashed?: boolean }[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.name}>
          <svg width="24" height="12" aria-hidden="true" className={item.className}>
            <line x1="0" y1="6" x2="24" y2="6" strokeWidth="3" strokeDasharray={item.dashed ? '4 3' : undefined} />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  )
}
