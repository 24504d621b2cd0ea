// Settings' "Calls and presentations": which desktop signals hold reminders, the longest hold, and what works on this computer.
import { useEffect, useId, useState } from 'react'
import type { BusyReason, SignalSource, SignalSourceStatus } from '@shared/desktop-signals'
import type { DesktopSignalsSettings as Value } from '@shared/office-settings'
import { limber } from '../api'

const REASONS: { key: BusyReason; label: string }[] = [
  { key: 'call', label: 'Wait while I am in a call (microphone or camera in use)' },
  { key: 'presenting', label: 'Wait while I present or another app is fullscreen' },
  { key: 'dnd', label: 'Wait while Do Not Disturb (Focus) is on' }
]

const SOURCE_NAMES: Record<SignalSource, string> = {
  microphone: 'Microphone',
  camera: 'Camera',
  fullscreen: 'Fullscreen',
  dnd: 'Do Not Disturb'
}

/** One plain line per source, e.g. "Microphone: detected" or "Fullscreen: not available on this desktop". */
export function sourceLine(status: SignalSourceStatus): string {
  const name = SOURCE_NAMES[status.source]
  switch (status.state) {
    case 'working':
      return `${name}: detected${status.active ? ', in use now' : ''}`
    case 'off':
      return `${name}: off`
    case 'unavailable':
      return `${name}: ${lowerFirst(status.note || 'Not available on this computer')}`
    case 'failed':
      return `${name}: stopped working (${lowerFirst(status.note || 'no answer')}); Limber no longer checks it`
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

interface Props {
  value: Value
  onChange: (next: Value) => void
  /** The cap's problem after a refused save, shown and announced at the field (Settings checks it). */
  capError?: string | null
  capErrorId?: string
}

export function DesktopSignalsSettings({ value, onChange, capError = null, capErrorId }: Props) {
  const [statuses, setStatuses] = useState<SignalSourceStatus[] | null>(null)
  const hereId = useId()
  useEffect(() => {
    let live = true
    const load = (): void => {
      limber()
        .invoke('office:signal-statuses')
        .then((s) => live && setStatuses(s))
        .catch(() => live && setStatuses([]))
    }
    load()
    // Saving switches sources on or off: read again what works.
    const off = limber().on('settings:changed', load)
    return () => {
      live = false
      off()
    }
  }, [])

  return (
    <fieldset className="card">
      <legend>Calls and presentations</legend>
      <p>
        Limber can notice when you are busy and hold reminders until you are done. Sitting still counts. A break that
        fell due comes two minutes after.
      </p>
      {REASONS.map(({ key, label }) => (
        <label key={key} className="check">
          <input
            type="checkbox"
            checked={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.checked })}
          />
          <span>{label}</span>
        </label>
      ))}
      <label className="field">
        <span>Stop waiting after (minutes)</span>
        <input
          type="number"
          inputMode="numeric"
          value={Number.isFinite(value.capMinutes) ? value.capMinutes : ''}
          onChange={(e) => onChange({ ...value, capMinutes: e.target.valueAsNumber })}
          aria-invalid={capError !== null ? true : undefined}
          aria-describedby={capError !== null ? capErrorId : undefined}
        />
        {capError !== null && (
          <span id={capErrorId} className="field-error">
            {capError}
          </span>
        )}
        <small>Then one quiet notification reminds you; no break card covers your screen.</small>
      </label>
      <p id={hereId}>
        <strong>On this computer</strong>
      </p>
      {statuses === null ? (
        <p>Checking…</p>
      ) : statuses.length === 0 ? (
        <p>This version of Limber cannot notice calls or presentations on this computer.</p>
      ) : (
        <ul aria-labelledby={hereId}>
          {statuses.map((s) => (
            <li key={s.source}>{sourceLine(s)}</li>
          ))}
        </ul>
      )}
      <p>
        <small>All of this is checked on this computer only. Nothing is recorded or sent anywhere.</small>
      </p>
    </fieldset>
  )
}
