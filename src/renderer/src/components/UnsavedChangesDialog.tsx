// Asks what to do with unsaved changes before leaving a screen: save, discard, or stay. A modal dialog
// that holds the keyboard (Tab cycles its three buttons, Esc means stay) and gives focus back when closed.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'

interface Props {
  onSave: () => void | Promise<void>
  onDiscard: () => void
  onStay: () => void
}

export function UnsavedChangesDialog({ onSave, onDiscard, onStay }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const ids = useId()

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    ref.current?.querySelector<HTMLElement>('button')?.focus()
    return () => {
      if (before?.isConnected) before.focus()
    }
  }, [])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onStay()
      return
    }
    if (e.key !== 'Tab') return
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button') ?? [])]
    const first = buttons[0]
    const last = buttons[buttons.length - 1]
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last?.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first?.focus()
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={ref}
        className="dialog card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${ids}-title`}
        aria-describedby={`${ids}-text`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${ids}-title`}>Save your changes?</h2>
        <p id={`${ids}-text`}>You changed some settings and have not saved them yet.</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void onSave()}>
            Save and leave
          </button>
          <button type="button" onClick={onDiscard}>
            Leave without saving
          </button>
          <button type="button" onClick={onStay}>
            Stay here
          </button>
        </div>
      </div>
    </div>
  )
}
