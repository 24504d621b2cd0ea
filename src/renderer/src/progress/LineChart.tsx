// Lines over time on a fixed scale (pain 0-10, activity scores 0-10, symptom location), with marked
// points (a change that matters) and dashed reference lines (the first check-in).
import { linear } from './chart-scale'

const W = 640
const H = 220
const M = { left: 64, right: 12, top: 12, bottom: 26 }

export interface LinePoint {
  /** Day number (days since 1970) of the point. */
  readonly x: number
  readonly y: number
  /** Drawn with a ring: this reading differs from the first by a change that matters. */
  readonly marked?: boolean
}

export interface LineSeries {
  readonly name: string
  readonly className: string
  readonly points: readonly LinePoint[]
}

export function LineChart({
  titleId,
  summaryId,
  series,
  xDomain,
  xLabels,
  yDomain,
  yTicks,
  yLabel = String,
  references = [],
  bands = [],
  step = false
}: {
  titleId: string
  summaryId: string
  series: readonly LineSeries[]
  xDomain: readonly [number, number]
  xLabels: readonly { x: number; label: string }[]
  yDomain: readonly [number, number]
  yTicks: readonly number[]
  yLabel?: (v: number) => string
  references?: readonly { y: number; className: string }[]
  /** Shaded spans of the y axis (changes smaller than this do not matter). */
  bands?: readonly { from: number; to: number; className: string }[]
  /** Draw steps (a category held until the next reading) instead of slopes. */
  step?: boolean
}) {
  const x = linear(xDomain[0], xDomain[1], M.left + 6, W - M.right - 6)
  const y = linear(yDomain[0], yDomain[1], H - M.bottom, M.top)
  const path = (points: readonly LinePoint[]): string =>
    points
      .map((p, i) => {
        const prev = points[i - 1]
        if (i === 0 || prev === undefined) return `M${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`
        return step ? `H${x(p.x).toFixed(1)}V${y(p.y).toFixed(1)}` : `L${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`
      })
      .join('')
  const dense = series.reduce((n, s) => n + s.points.length, 0) > 120
  return (
    <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
      {yTicks.map((v) => (
        <g key={v} className="chart-grid">
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
            {yLabel(v)}
          </text>
        </g>
      ))}
      {bands.map((b, i) => (
        <rect
          key={i}
          className={`chart-band ${b.className}`}
          x={M.left}
          width={W - M.left - M.right}
          y={y(Math.min(yDomain[1], b.to))}
          height={Math.max(0, y(Math.max(yDomain[0], b.from)) - y(Math.min(yDomain[1], b.to)))}
        />
      ))}
      {references.map((r, i) => (
        <line
          key={i}
          className={`chart-reference ${r.className}`}
          x1={M.left}
          x2={W - M.right}
          y1={y(r.y)}
          y2={y(r.y)}
        />
      ))}
      {series.map((s) => (
        <g key={s.name} className={s.className}>
          <path className="chart-line" d={path(s.points)} />
          {s.points.map((p, i) =>
            p.marked ? (
              <circle key={i} className="chart-mark" cx={x(p.x)} cy={y(p.y)} r={6} />
            ) : dense ? null : (
              <circle key={i} className="chart-point" cx={x(p.x)} cy={y(p.y)} r={3} />
            )
          )}
        </g>
      ))}
      {xLabels.map((l, i) => (
        <text
          key={i}
          className="chart-x-label"
          x={x(l.x)}
          y={H - 6}
          textAnchor={i === 0 ? 'start' : i === xLabels.length - 1 ? 'end' : 'middle'}
        >
          {l.label}
        </text>
      ))}
    </svg>
  )
}
