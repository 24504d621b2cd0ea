// Settings: every office and general setting, checked at the field before it is saved, and never lost
// silently: leaving with unsaved changes asks first.
import { useEffect, useId, useRef, useState } from 'react'
import { applySettingsPatch, type AppSettings } from '@shared/app-settings'
import { freeWorkPeriod, type OfficeSettings, type WorkHours } from '@shared/office-settings'
import { limber } from '../api'
import { PlayerSettings } from '../components/PlayerSettings'
import { DataFolderSettings } from '../components/DataFolderSettings'
import { UnsavedChangesDialog } from '../components/UnsavedChangesDialog'
import { DesktopSignalsSettings } from '../components/DesktopSignalsSettings'
import { useLiveValue } from '../hooks/use-channel'
import { ErrorList } from '../components/FormMessages'
import { setLeaveGuard } from '../router'
import { NumberField, WorkDaysField, WorkHoursSwitch } from '../settings/ReminderFields'
import { settingsFieldErrors } from '../settings/settings-field-errors'

type NumberFieldKey = Exclude<keyof OfficeSettings, 'workHours' | 'desktopSignals'>
const NUMBER_FIELDS: { key: NumberFieldKey; label: string; hint: string }[] = [
  {
    key: 'sitLimitMinutes',
    label: 'Remind me to stand up after (minutes)',
    hint: 'Physiotherapists often suggest every 25 minutes.'
  },
  {
    key: 'naturalBreakMinutes',
    label: 'Away this long counts as a break, even without a reminder (minutes)',
    hint: 'Step away from the keyboard for at least this long and the sitting clock starts again. Shorter pauses, like reading, still count as sitting.'
  },
  {
    key: 'breakLengthMinutes',
    label: 'After a reminder, a break lasts (minutes)',
    hint: 'Away this long after a reminder, or a finished stretch, counts as the break taken.'
  },
  { key: 'snoozeMinutes', label: 'Snooze for (minutes)', hint: '' },
  { key: 'maxSnoozesInRow', label: 'Snoozes in a row before the reminder stays', hint: '' },
  {
    key: 'meetingMaxMinutes',
    label: 'Longest meeting (minutes)',
    hint: 'Reminders come back after this, even if you forget to end the meeting.'
  }
]

/** The name each setting has in the list of reasons, the same as the labels above, short. */
const SHORT_NAMES: Record<string, string> = {
  sitLimitMinutes: 'Stand-up reminder',
  naturalBreakMinutes: 'Away time that counts as a break',
  breakLengthMinutes: 'Break length',
  snoozeMinutes: 'Snooze length',
  maxSnoozesInRow: 'Snoozes in a row',
  meetingMaxMinutes: 'Longest meeting',
  days: 'Work days',
  capMinutes: 'Longest automatic hold'
}

function sameSettings(a: AppSettings, b: AppSettings): boolean {
  return (
    JSON.stringify(a.office) === JSON.stringify(b.office) && JSON.stringify(a.general) === JSON.stringify(b.general)
  )
}

export function SettingsScreen() {
  const saved = useLiveValue('settings:get', 'settings:changed')
  // The form starts from the saved settings once they arrive, then keeps its own draft.
  return saved ? <SettingsForm initial={saved} /> : <p>Loading…</p>
}

function SettingsForm({ initial }: { initial: AppSettings }) {
  const status = useLiveValue('office:get-status', 'office:status')
  const [baseline, setBaseline] = useState<AppSettings>(initial)
  const [draft, setDraft] = useState<AppSettings>(initial)
  /** After a refused save the messages follow every edit, so a fixed field loses its message at once. */
  const [checking, setChecking] = useState(false)
  const [serverErrors, setServerErrors] = useState<string[]>([])
  const [message, setMessage] = useState('')
  const [focusFirstError, setFocusFirstError] = useState(0)
  const [leavingTo, setLeavingTo] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const ids = useId()

  const fieldErrors = checking ? settingsFieldErrors(draft.office) : new Map<string, string>()
  const dirty = !sameSettings(draft, baseline)

  // Leaving with unsaved changes asks first (Save, Discard, Stay).
  useEffect(() => {
    if (!dirty) return undefined
    return setLeaveGuard((target) => {
      setLeavingTo(target)
      return false
    })
  }, [dirty])

  useEffect(() => {
    if (focusFirstError === 0) return
    formRef.current?.querySelector<HTMLElement>('input[aria-invalid="true"]')?.focus()
  }, [focusFirstError])

  const update = (next: AppSettings) => {
    setDraft(next)
    setMessage('')
    setServerErrors([])
  }
  const setOffice = (patch: Partial<OfficeSettings>) => update({ ...draft, office: { ...draft.office, ...patch } })
  const setWorkHours = (patch: Partial<WorkHours>) => setOffice({ workHours: { ...draft.office.workHours, ...patch } })

  /** Saves the draft; true when it was saved. */
  const save = async (): Promise<boolean> => {
    const problems = settingsFieldErrors(draft.office)
    const local = applySettingsPatch(draft, draft)
    if (problems.size > 0 || !local.ok) {
      setChecking(true)
      setServerErrors(problems.size > 0 ? [] : local.ok ? [] : local.errors)
      setMessage('')
      setFocusFirstError((n) => n + 1)
      return false
    }
    const result = await limber().invoke('settings:update', draft)
    if (!result.ok) {
      setServerErrors(result.errors)
      return false
    }
    setChecking(false)
    setServerErrors([])
    setDraft(result.settings)
    setBaseline(result.settings)
    setMessage('Settings saved.')
    return true
  }

  const leave = (target: string) => {
    setLeaveGuard(null)
    setLeavingTo(null)
    window.location.hash = target
  }

  const errorId = (key: string) => `${ids}-${key}-error`
  const hintId = (key: string) => `${ids}-${key}-hint`
  const describedBy = (key: string, hint: boolean) =>
    [fieldErrors.has(key) ? errorId(key) : '', hint ? hintId(key) : ''].filter(Boolean).join(' ') || undefined
  const fieldError = (key: string) =>
    fieldErrors.has(key) ? (
      <p id={errorId(key)} className="field-error">
        {fieldErrors.get(key)}
      </p>
    ) : null
  const invalid = (key: string) => (fieldErrors.has(key) ? true : undefined)

  const summary = [...fieldErrors.entries()].map(([key, text]) => {
    const range = /^range-(\d+)-/.exec(key)
    return `${range ? `Work period ${Number(range[1]) + 1}` : (SHORT_NAMES[key] ?? 'Settings')}: ${text}`
  })

  const wh = draft.office.workHours
  const nextFree = freeWorkPeriod(wh.ranges)
  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>
        Settings
      </h1>
      {status && !status.idleSourceReliable && (
        <p className="notice notice-warning" role="note">
          Your desktop does not tell Limber when you stop typing, so Limber counts time on its own. Locking the screen
          or putting the computer to sleep still counts as a break.
        </p>
      )}
      {status && status.idleSourceReliable && !status.idleSourceVerified && (
        <div className="notice notice-info" role="note" aria-label="Idle time not seen yet">
          <div>
            <p>
              <strong>Limber has not yet seen this desktop report idle time.</strong> Some Wayland desktops never do.
              Until it does, time away from the keyboard may be counted as sitting. Locking the screen or putting the
              computer to sleep still counts as a break.
            </p>
            <p>
              What helps: lock the screen when you step away, and use “Take a break now” or pause reminders on the Today
              screen. Or choose an X11 (Xorg) session on the login screen, where idle time is reported.
            </p>
          </div>
        </div>
      )}
      <form ref={formRef} onSubmit={(e) => (e.preventDefault(), void save())} noValidate aria-label="Settings">
        <fieldset className="card">
          <legend>Stand-up reminders</legend>
          {NUMBER_FIELDS.map((field) => (
            <NumberField
              key={field.key}
              id={`${ids}-${field.key}`}
              label={field.label}
              value={draft.office[field.key]}
              onChange={(value) => setOffice({ [field.key]: value } as Partial<OfficeSettings>)}
              error={fieldErrors.get(field.key)}
              hint={field.hint}
            />
          ))}
        </fieldset>

        <fieldset className="card">
          <legend>Work hours</legend>
          <WorkHoursSwitch enabled={wh.enabled} onChange={(enabled) => setWorkHours({ enabled })} />
          <WorkDaysField
            id={`${ids}-days`}
            days={wh.days}
            onChange={(days) => setWorkHours({ days })}
            error={fieldErrors.get('days')}
            disabled={!wh.enabled}
          />
          {wh.ranges.map((range, i) => (
            <div key={i} className="range-block">
              <div className="range-row">
                {(['start', 'end'] as const).map((part) => {
                  const key = `range-${i}-${part}`
                  return (
                    <div key={part} className="field inline">
                      <label htmlFor={`${ids}-${key}`}>{part === 'start' ? `Work period ${i + 1} from` : 'to'}</label>
                      <input
                        id={`${ids}-${key}`}
                        type="time"
                        disabled={!wh.enabled}
                        value={range[part]}
                        aria-invalid={invalid(key)}
                        aria-describedby={describedBy(key, false)}
                        onChange={(e) =>
                          setWorkHours({
                            ranges: wh.ranges.map((r, j) => (j === i ? { ...r, [part]: e.target.value } : r))
                          })
                        }
                      />
                    </div>
                  )
                })}
                {wh.ranges.length > 1 && (
                  <button
                    type="button"
                    disabled={!wh.enabled}
                    onClick={() => setWorkHours({ ranges: wh.ranges.filter((_, j) => j !== i) })}
                  >
                    Remove period {i + 1}
                  </button>
                )}
              </div>
              {fieldError(`range-${i}-start`)}
              {fieldError(`range-${i}-end`)}
            </div>
          ))}
          {wh.ranges.length < 4 && nextFree && (
            <button
              type="button"
              disabled={!wh.enabled}
              onClick={() => setWorkHours({ ranges: [...wh.ranges, nextFree] })}
            >
              Add a work period
            </button>
          )}
        </fieldset>

        <DesktopSignalsSettings
          value={draft.office.desktopSignals}
          onChange={(desktopSignals) => setOffice({ desktopSignals })}
          capError={fieldErrors.get('capMinutes') ?? null}
          capErrorId={errorId('capMinutes')}
        />

        <fieldset className="card">
          <legend>General</legend>
          {(
            [
              ['notifications', 'Show a desktop notification when it is time to stand up'],
              ['soundCues', 'Sound cues in the guided player, at the start and end of each hold'],
              ['checkInReminder', 'Remind me once a day to do the check-in'],
              ['openAtLogin', 'Start Limber when I log in']
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="check">
              <input
                type="checkbox"
                checked={draft.general[key]}
                onChange={(e) => update({ ...draft, general: { ...draft.general, [key]: e.target.checked } })}
              />
              <span>{label}</span>
            </label>
          ))}
          <PlayerSettings
            value={draft.general}
            onChange={(patch) => setDraft({ ...draft, general: { ...draft.general, ...patch } })}
          />
        </fieldset>

        <ErrorList title="Nothing was saved. Please fix:" errors={[...summary, ...serverErrors]} />
        <div className="button-row">
          <button type="submit" className="primary">
            Save settings
          </button>
          <p role="status" className="saved-message">
            {message || (dirty ? 'You have unsaved changes.' : '')}
          </p>
        </div>
      </form>
      <DataFolderSettings />
      {leavingTo !== null && (
        <UnsavedChangesDialog
          onSave={async () => {
            setLeavingTo(null)
            if (await save()) leave(leavingTo)
          }}
          onDiscard={() => leave(leavingTo)}
          onStay={() => setLeavingTo(null)}
        />
      )}
    </section>
  )
}
