// A message between exercises (soreness, dial back) or at the end, with one button that takes focus.
import { useEffect, useRef } from 'react'

interface Props {
  title?: string
  message: string
  urgent?: boolean
  actionLabel: string
  onAction: () => void
}

export function SessionMessage({ title, message, urgent = false, actionLabel, onAction }: Props) {
  const buttonRef = useRef<HTMLButtonElement>(null)
  useEffect(() => buttonRef.current?.focus(), [])
  return (
    <section className={`card session-message ${urgent ? 'notice-warning' : ''}`} aria-label={title ?? 'Message'}>
      {title && <h2>{title}</h2>}
      <p role={urgent ? 'alert' : 'status'}>{message}</p>
      <div className="button-row">
        <button ref={buttonRef} type="button" className="primary" onClick={onAction}>
          {actionLabel}
        </button>
      </div>
    </section>
  )
}
