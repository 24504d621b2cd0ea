// Bars per day, week or month, one or more series side by side, with an optional dot per group
// (the longest sitting bout). Colours come from CSS classes, so light and dark themes both work.
import { linear, niceMax } from './chart-scale'

const W = 640
const H = 200
// The top margin holds the unit, above the highest tick label rather than on it.
const M = { left: 44, right: 8, top: 26, bottom: 26 }
const H_UNIT = 12

export interface BarGroup {
  readonly label: string
  readonly values: readonly number[]
  readonly dot?: number
}

export function BarChart({
  titleId,
  summaryId,
  groups,
  series,
  unit,
  dotClassName = 'series-dot'
}: {
  titleId: string
  summaryId: string
  groups: readonly BarGroup[]
  series: readonly { name: string; className: string }[]
  unit: string
  dotClassName?: string
}) {
  const max = niceMax(Math.max(0, ...groups.flatMap((g) => [...g.values, g.dot ?? 0])))
  const y = linear(0, max, H - M.bottom, M.top)
  const plotW = W - M.left - M.right
  const slot = groups.length === 0 ? plotW : plotW / groups.length
  const barW = Math.max(1, (slot * 0.8) / Math.max(1, series.length))
  const labelAt = groups.length <= 1 ? [0] : [0, Math.floor((groups.length - 1) / 2), groups.length - 1]
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      preserveAspectRatio="xMidYMid meet"
    >
      {[0, max / 2, max].map((v) => (
        <g key={v} className="chart-grid">
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
            {Number.isInteger(v) ? v : v.toFixed(1)}
          </text>
        </g>
      ))}
      <text className="chart-axis-unit" x={4} y={H_UNIT} textAnchor="start">
        {unit}
      </text>
      {groups.map((g, i) => {
        const x0 = M.left + i * slot + slot * 0.1
        return (
          <g key={i}>
            {g.values.map((v, s) => (
              <rect
                key={s}
                className={series[s]?.className}
                x={x0 + s * barW}
                y={y(v)}
                width={barW}
                height={Math.max(0, y(0) - y(v))}
              />
            ))}
            {g.dot !== undefined && g.dot > 0 && (
              <circle
                className={dotClassName}
                cx={x0 + (barW * series.length) / 2}
                cy={y(g.dot)}
                r={Math.min(4, Math.max(2, barW / 2))}
              />
            )}
          </g>
        )
      })}
      {labelAt.map((i) => {
        const g = groups[i]
        if (!g) return null
        const anchor = i === 0 ? 'start' : i === groups.length - 1 ? 'end' : 'middle'
        const x = i === 0 ? M.left : i === groups.length - 1 ? W - M.right : M.left + (i + 0.5) * slot
        return (
          <text key={i} className="chart-x-label" x={x} y={H - 6} textAnchor={anchor}>
            {g.label}
          </text>
        )
      })}
    </svg>
  )
}
