// Settings: every office and general setting, validated before it is saved.
import { useId, useState } from 'react'
import { applySettingsPatch, type AppSettings } from '@shared/app-settings'
import type { OfficeSettings, WorkHours } from '@shared/office-settings'
import { limber } from '../api'
import { PlayerSettings } from '../components/PlayerSettings'
import { DataFolderSettings } from '../components/DataFolderSettings'
import { useLiveValue } from '../hooks/use-channel'
import { ErrorList } from '../components/FormMessages'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

type NumberField = Exclude<keyof OfficeSettings, 'workHours'>
const NUMBER_FIELDS: { key: NumberField; label: string; hint: string }[] = [
  {
    key: 'sitLimitMinutes',
    label: 'Remind me to stand up after (minutes)',
    hint: 'Physiotherapists often suggest every 25 minutes.'
  },
  {
    key: 'naturalBreakMinutes',
    label: 'Time away that counts as a break (minutes)',
    hint: 'Shorter pauses, like reading, still count as sitting.'
  },
  {
    key: 'breakLengthMinutes',
    label: 'Break length (minutes)',
    hint: 'Away this long, or a finished stretch, counts as a break taken.'
  },
  { key: 'snoozeMinutes', label: 'Snooze for (minutes)', hint: '' },
  { key: 'maxSnoozesInRow', label: 'Snoozes in a row before the reminder stays', hint: '' },
  {
    key: 'meetingMaxMinutes',
    label: 'Longest meeting (minutes)',
    hint: 'Reminders come back after this, even if you forget to end the meeting.'
  }
]

export function SettingsScreen() {
  const saved = useLiveValue('settings:get', 'settings:changed')
  // The form starts from the saved settings once they arrive, then keeps its own draft.
  return saved ? <SettingsForm initial={saved} /> : <p>Loading…</p>
}

function SettingsForm({ initial }: { initial: AppSettings }) {
  const status = useLiveValue('office:get-status', 'office:status')
  const [draft, setDraft] = useState<AppSettings>(initial)
  const [errors, setErrors] = useState<string[]>([])
  const [message, setMessage] = useState('')
  const formId = useId()

  const setOffice = (patch: Partial<OfficeSettings>) => {
    setDraft({ ...draft, office: { ...draft.office, ...patch } })
    setMessage('')
  }
  const setWorkHours = (patch: Partial<WorkHours>) => setOffice({ workHours: { ...draft.office.workHours, ...patch } })

  const save = async (event: React.FormEvent) => {
    event.preventDefault()
    const local = applySettingsPatch(draft, draft)
    if (!local.ok) {
      setErrors(local.errors)
      setMessage('')
      return
    }
    const result = await limber().invoke('settings:update', draft)
    if (result.ok) {
      setErrors([])
      setDraft(result.settings)
      setMessage('Settings saved.')
    } else {
      setErrors(result.errors)
    }
  }

  const wh = draft.office.workHours
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
      <form id={formId} onSubmit={(e) => void save(e)} noValidate>
        <fieldset className="card">
          <legend>Stand-up reminders</legend>
          {NUMBER_FIELDS.map((field) => (
            <label key={field.key} className="field">
              <span>{field.label}</span>
              <input
                type="number"
                inputMode="numeric"
                value={Number.isFinite(draft.office[field.key]) ? draft.office[field.key] : ''}
                onChange={(e) => setOffice({ [field.key]: e.target.valueAsNumber } as Partial<OfficeSettings>)}
              />
              {field.hint && <small>{field.hint}</small>}
            </label>
          ))}
        </fieldset>

        <fieldset className="card">
          <legend>Work hours</legend>
          <label className="check">
            <input type="checkbox" checked={wh.enabled} onChange={(e) => setWorkHours({ enabled: e.target.checked })} />
            <span>Only remind me during work hours</span>
          </label>
          <fieldset className="days" disabled={!wh.enabled}>
            <legend>Work days</legend>
            {DAYS.map((day, i) => (
              <label key={day} className="check day">
                <input
                  type="checkbox"
                  aria-label={DAY_NAMES[i]}
                  checked={wh.days.includes(i)}
                  onChange={(e) =>
                    setWorkHours({
                      days: e.target.checked ? [...wh.days, i].sort() : wh.days.filter((d) => d !== i)
                    })
                  }
                />
                <span aria-hidden="true">{day}</span>
              </label>
            ))}
          </fieldset>
          {wh.ranges.map((range, i) => (
            <div key={i} className="range-row">
              <label className="field inline">
                <span>From</span>
                <input
                  type="time"
                  disabled={!wh.enabled}
                  value={range.start}
                  onChange={(e) =>
                    setWorkHours({ ranges: wh.ranges.map((r, j) => (j === i ? { ...r, start: e.target.value } : r)) })
                  }
                />
              </label>
              <label className="field inline">
                <span>to</span>
                <input
                  type="time"
                  disabled={!wh.enabled}
                  value={range.end}
                  onChange={(e) =>
                    setWorkHours({ ranges: wh.ranges.map((r, j) => (j === i ? { ...r, end: e.target.value } : r)) })
                  }
                />
              </label>
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
          ))}
          {wh.ranges.length < 4 && (
            <button
              type="button"
              disabled={!wh.enabled}
              onClick={() => setWorkHours({ ranges: [...wh.ranges, { start: '13:00', end: '17:00' }] })}
            >
              Add a work period
            </button>
          )}
        </fieldset>

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
                onChange={(e) => setDraft({ ...draft, general: { ...draft.general, [key]: e.target.checked } })}
              />
              <span>{label}</span>
            </label>
          ))}
          <PlayerSettings
            value={draft.general}
            onChange={(patch) => setDraft({ ...draft, general: { ...draft.general, ...patch } })}
          />
        </fieldset>

        <ErrorList title="Nothing was saved. Please fix:" errors={errors} />
        <div className="button-row">
          <button type="submit" className="primary">
            Save settings
          </button>
          <p role="status" className="saved-message">
            {message}
          </p>
        </div>
      </form>
      <DataFolderSettings />
    </section>
  )
}
