// Keyboard control for the player: a key map active while the player is on screen. Keys typed into a
// button or field keep their usual meaning (Space presses the focused button).
import { useEffect, useRef } from 'react'

export function usePlayerKeys(keys: Record<string, () => void>, active = true): void {
  const latest = useRef(keys)
  useEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    if (!active) return
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const target = e.target
      if (
        target instanceof HTMLButtonElement ||
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLAnchorElement
      ) {
        if (e.key === ' ' || e.key === 'Enter') return
      }
      const action = latest.current[e.key]
      if (!action) return
      e.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [active])
}
