// Check-in: pain now, how far symptoms reach, numbness, stiffness, walking, and up to three activities
// the user finds hard (PSFS), their names remembered from last time. Made to take under 30 seconds.
// Walking is entered in one place, the walk log below the form: walks happen through the day and are
// logged as they happen, so the check-in shows today's total from the log instead of asking again.
import { useEffect, useId, useState } from 'react'
import { ACTIVITY_NAME_MAX } from '@shared/user-text-limits'
import type { CheckInForm } from '@shared/progress-channels'
import { limber } from '../api'
import { PhaseMarkerQuestions, type MarkerAnswers } from '../components/PhaseMarkerQuestions'
import { SaddleNumbnessQuestion } from '../components/SaddleNumbnessQuestion'
import { href } from '../router'
import {
  checkInFieldErrors,
  FurthestPointQuestion,
  PainQuestions,
  RefusedSaveSummary
} from '../progress/CheckInQuestions'
import { ScoreScale } from '../progress/ScoreScale'
import { WalkLog } from '../progress/WalkLog'
import { WeeklySafetyReview } from '../progress/WeeklySafetyReview'
import { validateCheckIn, type CheckInDraft, type FieldError } from '../progress/check-in-validation'

const MAX_ACTIVITIES = 3

function startDraft(form: CheckInForm): CheckInDraft {
  const names = form.lastActivities.slice(0, MAX_ACTIVITIES)
  return {
    back: null,
    leg: null,
    furthest: null,
    numb: false,
    numbWhere: '',
    stiffness: '0',
    walking: String(form.walkedTodayMinutes),
    activities: (names.length > 0 ? names : ['']).map((name) => ({ name, score: null }))
  }
}

export function CheckInScreen() {
  const [form, setForm] = useState<CheckInForm | null>(null)
  const [loadError, setLoadError] = useState('')
  /** Minutes walked today: from the log when the form loads, plus walks logged on this screen since. */
  const [walked, setWalked] = useState(0)
  useEffect(() => {
    limber()
      .invoke('progress:check-in-form')
      .then(
        (f) => {
          setForm(f)
          setWalked(f.walkedTodayMinutes)
        },
        (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e))
      )
  }, [])
  return (
    <section className="screen check-in" aria-labelledby="check-in-title">
      <h1 id="check-in-title" tabIndex={-1}>
        Check-in
      </h1>
      {loadError && (
        <p role="alert" className="errors">
          {loadError}
        </p>
      )}
      <WeeklySafetyReview />
      {form ? <CheckInFormView form={form} walked={walked} /> : !loadError && <p>Loading…</p>}
      <WalkLog onSaved={(minutes) => setWalked((w) => w + minutes)} />
    </section>
  )
}

function CheckInFormView({ form, walked }: { form: CheckInForm; walked: number }) {
  const [draft, setDraft] = useState<CheckInDraft>(() => startDraft(form))
  /** Counts refused saves: the summary takes focus on a refused save, never while the user is typing. */
  const [refusals, setRefusals] = useState(0)
  const [saved, setSaved] = useState<string | null>(null)
  const [saveError, setSaveError] = useState('')
  // Issue 13: the weekly phase marker and the saddle question, saved with the check-in.
  const [markers, setMarkers] = useState<MarkerAnswers>([])
  const [saddle, setSaddle] = useState<boolean | null>(null)
  const ids = useId()
  // After a refused save the messages follow each edit: a fixed answer loses its message at once.
  const checked = validateCheckIn({ ...draft, walking: String(walked) })
  const errors: FieldError[] = refusals > 0 && !checked.ok ? checked.errors : []
  const fieldErrors = checkInFieldErrors(errors, ids)
  const { errorFor, errorId, fieldError } = fieldErrors
  const set = (patch: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const setActivity = (i: number, patch: Partial<CheckInDraft['activities'][number]>) =>
    setDraft((d) => ({ ...d, activities: d.activities.map((a, j) => (j === i ? { ...a, ...patch } : a)) }))

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setSaveError('')
    const result = checked
    if (!result.ok) {
      setRefusals((n) => n + 1)
      return
    }
    try {
      const entry = await limber().invoke('progress:save-check-in', {
        ...result.answers,
        ...(markers.length > 0 ? { phaseMarkers: markers } : {}),
        ...(draft.numb && saddle !== null ? { saddleNumbness: saddle } : {})
      })
      setSaved(entry.t.slice(11, 16))
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e))
    }
  }

  if (saved !== null) {
    return (
      <div className="card check-in-done" role="status">
        <h2>Check-in saved at {saved}</h2>
        <p>
          Thank you. <a href={href('progress')}>See your progress</a> or go back to <a href={href('today')}>Today</a>.
        </p>
        <p className="hint">Made a mistake? Correct or withdraw it under Recent entries on Progress.</p>
      </div>
    )
  }

  return (
    <form className="check-in-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Today's check-in">
      {form.checkedInToday && (
        <p className="hint">You already checked in today. Another check-in is saved as well, with its own time.</p>
      )}
      <RefusedSaveSummary errors={errors} refusals={refusals} />
      <div className="card">
        <PainQuestions
          back={draft.back}
          leg={draft.leg}
          onBack={(back) => set({ back })}
          onLeg={(leg) => set({ leg })}
          errors={fieldErrors}
        />
      </div>

      <div className="card furthest">
        <FurthestPointQuestion
          value={draft.furthest}
          onChange={(furthest) => set({ furthest })}
          name={`${ids}-furthest`}
          lastTime={form.lastFurthestPoint}
          errors={fieldErrors}
        />
        <label className="check">
          <input type="checkbox" checked={draft.numb} onChange={(e) => set({ numb: e.target.checked })} />
          <span>I have numbness or tingling</span>
        </label>
        {draft.numb && (
          <label className="field">
            <span>Where? (optional)</span>
            <input
              type="text"
              maxLength={200}
              value={draft.numbWhere}
              onChange={(e) => set({ numbWhere: e.target.value })}
            />
          </label>
        )}
        {draft.numb && <SaddleNumbnessQuestion onChange={setSaddle} />}
      </div>

      <div className="card range-row">
        {([['stiffness', 'Morning stiffness (minutes)']] as const).map(([field, label]) => (
          <div key={field} className="field inline">
            <label className="field">
              <span>{label}</span>
              <input
                type="text"
                inputMode="numeric"
                value={draft[field]}
                aria-invalid={errorFor(field) ? true : undefined}
                aria-describedby={errorId(field)}
                onChange={(e) => set({ [field]: e.target.value })}
              />
            </label>
            {fieldError(field)}
          </div>
        ))}
        <p className="walked-today">
          Walking today: <strong>{walked} min</strong>, from your walk log.{' '}
          <span className="hint">Log a walk below the form; it counts here too.</span>
        </p>
      </div>

      <fieldset className="card psfs">
        <legend>Activities you find hard</legend>
        <p className="hint">
          Up to three things your back makes hard (for example &quot;sit through a meeting&quot;). Rate how well you can
          do each today. Limber remembers them for next time.
        </p>
        {draft.activities.map((activity, i) => (
          <div key={i} className="psfs-activity">
            <label className="field">
              <span>Activity {i + 1}</span>
              <input
                type="text"
                maxLength={ACTIVITY_NAME_MAX}
                value={activity.name}
                aria-invalid={errorFor(`activity-${i + 1}`) ? true : undefined}
                aria-describedby={errorId(`activity-${i + 1}`)}
                onChange={(e) => setActivity(i, { name: e.target.value })}
              />
            </label>
            <ScoreScale
              legend={`How well can you ${activity.name.trim() || `do activity ${i + 1}`} today?`}
              low="unable to do it"
              high="as well as before the problem"
              value={activity.score}
              onChange={(score) => setActivity(i, { score })}
              errorId={errorId(`activity-${i + 1}`)}
            />
            {fieldError(`activity-${i + 1}`)}
            <button
              type="button"
              onClick={() => setDraft((d) => ({ ...d, activities: d.activities.filter((_, j) => j !== i) }))}
            >
              Remove activity {i + 1}
            </button>
          </div>
        ))}
        {draft.activities.length < MAX_ACTIVITIES && (
          <button
            type="button"
            onClick={() => setDraft((d) => ({ ...d, activities: [...d.activities, { name: '', score: null }] }))}
          >
            Add an activity
          </button>
        )}
      </fieldset>

      <PhaseMarkerQuestions onChange={setMarkers} />

      {saveError && (
        <p role="alert" className="errors">
          {saveError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          Save check-in
        </button>
      </div>
    </form>
  )
}
