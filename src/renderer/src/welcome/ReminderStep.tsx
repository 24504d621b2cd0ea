// The welcome's reminder step: how often to stand up, and whether reminders keep to work hours.
import { useEffect, useId, useRef, useState } from 'react'
import type { AppSettings } from '@shared/app-settings'
import type { WorkHours } from '@shared/office-settings'
import { limber } from '../api'
import { DAY_NAMES, NumberField, WorkDaysField, WorkHoursSwitch } from '../settings/ReminderFields'
import { settingsFieldErrors } from '../settings/settings-field-errors'

/** "Monday to Friday" for a run of days, else the names joined. */
function daysText(days: readonly number[]): string {
  const sorted = [...days].sort()
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (first !== undefined && last !== undefined && sorted.length > 2 && last - first === sorted.length - 1) {
    return `${DAY_NAMES[first]} to ${DAY_NAMES[last]}`
  }
  return sorted.map((d) => DAY_NAMES[d]).join(', ')
}

export function ReminderStep({ onSaved }: { onSaved: (said: string) => void }) {
  const [settings, setSettings] = useState<AppSettings | null>(null)
  const [minutes, setMinutes] = useState(25)
  const [wh, setWh] = useState<WorkHours | null>(null)
  const [checking, setChecking] = useState(false)
  const [refusals, setRefusals] = useState(0)
  const [saveError, setSaveError] = useState('')
  const ids = useId()
  const formRef = useRef<HTMLFormElement>(null)

  useEffect(() => {
    void limber()
      .invoke('settings:get')
      .then((s) => {
        setSettings(s)
        setMinutes(s.office.sitLimitMinutes)
        // Work hours are offered on: off means reminders at any hour the computer is in use.
        setWh({ ...s.office.workHours, enabled: true })
      })
  }, [])

  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"]')?.focus()
  }, [refusals])

  if (!settings || !wh) return <p>Loading…</p>
  const office = { ...settings.office, sitLimitMinutes: minutes, workHours: wh }
  const errors = checking ? settingsFieldErrors(office) : new Map<string, string>()
  const range = wh.ranges[0] ?? { start: '09:00', end: '17:30' }
  const errorId = (key: string) => `${ids}-${key}-error`
  const fieldError = (key: string) =>
    errors.has(key) ? (
      <p id={errorId(key)} className="field-error">
        {errors.get(key)}
      </p>
    ) : null
  const a11y = (key: string, hint?: string) => ({
    'aria-invalid': errors.has(key) ? true : undefined,
    'aria-describedby': [errors.has(key) ? errorId(key) : '', hint ?? ''].filter(Boolean).join(' ') || undefined
  })

  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    if (settingsFieldErrors(office).size > 0) {
      setChecking(true)
      setRefusals((n) => n + 1)
      return
    }
    const result = await limber().invoke('settings:update', { office: { sitLimitMinutes: minutes, workHours: wh } })
    if (!result.ok) {
      setSaveError(result.errors.join(' '))
      return
    }
    const when = wh.enabled ? `, ${daysText(wh.days)}, ${range.start} to ${range.end}` : ', at any hour'
    onSaved(`Saved: a reminder to stand up every ${minutes} minutes${when}.`)
  }

  return (
    <form ref={formRef} className="welcome-form" onSubmit={(e) => void save(e)} noValidate aria-label="Your reminders">
      <NumberField
        id={`${ids}-sitLimitMinutes`}
        label="Remind me to stand up after (minutes)"
        value={minutes}
        onChange={setMinutes}
        error={errors.get('sitLimitMinutes')}
        hint="Many physiotherapists suggest standing up at least every 25 minutes. A minute on your feet is enough."
      />
      <fieldset className="card welcome-hours">
        <legend>Work hours</legend>
        <WorkHoursSwitch enabled={wh.enabled} onChange={(enabled) => setWh({ ...wh, enabled })} />
        {wh.enabled && (
          <>
            <WorkDaysField
              id={`${ids}-days`}
              days={wh.days}
              onChange={(days) => setWh({ ...wh, days })}
              error={errors.get('days')}
            />
            <div className="range-row">
              {(['start', 'end'] as const).map((part) => (
                <div key={part} className="field inline">
                  <label htmlFor={`${ids}-${part}`}>{part === 'start' ? 'From' : 'to'}</label>
                  <input
                    id={`${ids}-${part}`}
                    type="time"
                    value={range[part]}
                    onChange={(e) =>
                      setWh({ ...wh, ranges: [{ ...range, [part]: e.target.value }, ...wh.ranges.slice(1)] })
                    }
                    {...a11y(`range-0-${part}`)}
                  />
                </div>
              ))}
            </div>
            {fieldError('range-0-start')}
            {fieldError('range-0-end')}
          </>
        )}
      </fieldset>
      {saveError && (
        <p role="alert" className="errors">
          {saveError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          Save and continue
        </button>
      </div>
    </form>
  )
}
