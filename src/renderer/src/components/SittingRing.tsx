// The same ring as the tray icon, large: how much of the sitting limit has passed.
interface Props {
  progress: number
  label: string
}

export function SittingRing({ progress, label }: Props) {
  const radius = 52
  const circumference = 2 * Math.PI * radius
  const filled = Math.min(1, Math.max(0, progress)) * circumference
  return (
    <svg className="sitting-ring" viewBox="0 0 120 120" width="120" height="120" role="img" aria-label={label}>
      <circle className="ring-track" cx="60" cy="60" r={radius} fill="none" strokeWidth="12" />
      {filled > 0 && (
        <circle
          className="ring-fill"
          cx="60"
          cy="60"
          r={radius}
          fill="none"
          strokeWidth="12"
          strokeLinecap="round"
          strokeDasharray={`${filled} ${circumference}`}
          transform="rotate(-90 60 60)"
        />
      )}
    </svg>
  )
}
