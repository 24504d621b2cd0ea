// The guided player for a whole routine or one exercise: asks main to start a session (main refuses
// while a safety stop or the first-run questions stand), takes the whole window while it plays (Esc
// leaves), plays each exercise, asks for feedback, and ends kindly.
import { useCallback, useEffect, useRef, useState } from 'react'
import { findExercise } from '@shared/content/catalogue'
import { exerciseAvailability } from '@shared/content/gating'
import type { FeedbackResult, PlayerSession, StartSessionResult } from '@shared/home/home-state'
import type { ExerciseFeedback } from '@shared/progress-events'
import { limber } from '../api'
import { FlareAdvice } from '../components/FlareAdvice'
import { SafetyLink } from '../components/SafetyLink'
import { useLiveValue } from '../hooks/use-channel'
import { ExercisePlayer } from '../player/ExercisePlayer'
import { FeedbackPrompt } from '../player/FeedbackPrompt'
import { SessionMessage } from '../player/SessionMessage'
import { usePlayerKeys } from '../player/use-player-keys'
import { href } from '../router'
import { DEFAULT_SETTINGS } from '@shared/app-settings'

/** While a session plays, the player takes the whole window: the app's navigation steps aside. */
function useFullWindow(on: boolean): void {
  useEffect(() => {
    if (!on) return
    document.body.classList.add('player-mode')
    return () => document.body.classList.remove('player-mode')
  }, [on])
}

type Step =
  | { kind: 'exercise'; index: number }
  | { kind: 'feedback'; index: number }
  | { kind: 'message'; index: number; result: FeedbackResult; stopped: boolean }
  | { kind: 'ended'; result: FeedbackResult }
  /** what feedback just changed (a sharp rating, a new block) left out of the rest of this session */
  | { kind: 'left-out'; next: number; message: string }
  | { kind: 'finished' }

function Refused({ result }: { result: Extract<StartSessionResult, { ok: false }> }) {
  return (
    <div className="card stop-card" role="alert">
      <h2>This routine cannot start</h2>
      <p>{result.message}</p>
      <p>
        {result.reason === 'first-run' ? (
          <a href={href('today')}>Answer the safety questions on Today</a>
        ) : (
          <a href={href('routines')}>Back to routines</a>
        )}
      </p>
    </div>
  )
}

interface PlayerScreenProps {
  routineId: string | null
  /** play this one exercise instead of a routine (the Play button on an exercise's page) */
  exerciseId?: string | null
}

export function PlayerScreen({ routineId, exerciseId = null }: PlayerScreenProps) {
  const [start, setStart] = useState<StartSessionResult | null>(null)
  const [step, setStep] = useState<Step>({ kind: 'exercise', index: 0 })
  const settings = useLiveValue('settings:get', 'settings:changed')
  const requested = useRef<string | null>(null)

  useEffect(() => {
    // One session per visit, even when React runs effects twice in development.
    const key = exerciseId ? `exercise/${exerciseId}` : routineId
    if (!key || requested.current === key) return
    requested.current = key
    setStep({ kind: 'exercise', index: 0 })
    const request = exerciseId
      ? limber().invoke('home:start-exercise', { exerciseId })
      : limber().invoke('home:start-session', { routineId: routineId! })
    void request.then(setStart, (error: Error) =>
      setStart({ ok: false, reason: 'unknown-routine', message: error.message })
    )
  }, [routineId, exerciseId])

  const playing = start?.ok === true
  useFullWindow(playing)
  const exit = useCallback(() => {
    window.location.hash = exerciseId ? href('exercise', exerciseId) : href('routines')
  }, [exerciseId])
  usePlayerKeys({ Escape: exit }, playing)

  const session: PlayerSession | null = start?.ok ? start.session : null
  const goTo = useCallback(
    (index: number) => {
      if (!session) return
      if (index < session.items.length) setStep({ kind: 'exercise', index })
      else {
        setStep({ kind: 'finished' })
        void limber().invoke('home:finish-session', { sessionId: session.sessionId })
      }
    },
    [session]
  )
  // Before the next exercise, the rules are asked again: what was allowed at the start may not be now
  // (a sharp rating can block extension exercises until a later check-in).
  const advance = useCallback(
    async (index: number) => {
      if (!session) return
      const gating = await limber()
        .invoke('home:get-state')
        .then(
          (state) => state.gating,
          () => null
        )
      const leftOut: string[] = []
      let next = index + 1
      for (; next < session.items.length; next++) {
        const exercise = findExercise(session.items[next]!.exerciseId)
        const availability = exercise && gating ? exerciseAvailability(exercise, gating) : null
        if (!exercise || !availability || availability.allowed) break
        leftOut.push(`${exercise.name} is left out now. ${availability.message}`)
      }
      if (leftOut.length > 0) setStep({ kind: 'left-out', next, message: leftOut.join(' ') })
      else goTo(next)
    },
    [session, goTo]
  )
  const rate = useCallback(
    async (index: number, rating: ExerciseFeedback, stopped = false) => {
      if (!session) return
      const result = await limber().invoke('home:exercise-done', {
        sessionId: session.sessionId,
        itemIndex: index,
        rating
      })
      if (result.endSession) setStep({ kind: 'ended', result })
      else if (result.message) setStep({ kind: 'message', index, result, stopped })
      else await advance(index)
    },
    [session, advance]
  )
  const onExerciseDone = useCallback((index: number) => setStep({ kind: 'feedback', index }), [])

  const heading = (
    <h1 id="player-title" tabIndex={-1}>
      {session ? session.routineName : 'Player'}
    </h1>
  )
  if (!start)
    return (
      <section className="screen" aria-labelledby="player-title">
        {heading}
        <p>Getting ready…</p>
      </section>
    )
  if (!start.ok || !session) {
    return (
      <section className="screen" aria-labelledby="player-title">
        {heading}
        {!start.ok && <Refused result={start} />}
        <SafetyLink />
      </section>
    )
  }
  const itemAt = (index: number) => session.items[index]
  const current =
    step.kind === 'exercise' || step.kind === 'feedback' || step.kind === 'message' ? itemAt(step.index) : undefined
  const exercise = current ? findExercise(current.exerciseId) : undefined
  return (
    <section className="screen player player-full" aria-labelledby="player-title">
      <div className="play-bar">
        {heading}
        <SafetyLink />
        <button type="button" className="play-exit" onClick={exit} aria-keyshortcuts="Escape">
          Exit{' '}
          <span className="key-badge" aria-hidden="true">
            Esc
          </span>
        </button>
      </div>
      {step.kind === 'exercise' && exercise && current && (
        <ExercisePlayer
          key={step.index}
          exercise={exercise}
          item={current}
          position={step.index + 1}
          total={session.items.length}
          cues={{ sound: settings?.general.soundCues ?? false, voice: settings?.general.voiceCues ?? false }}
          leadInSeconds={settings?.general.leadInSeconds ?? DEFAULT_SETTINGS.general.leadInSeconds}
          autoStart={step.index > 0}
          onDone={() => onExerciseDone(step.index)}
          onHurts={() => void rate(step.index, 'sharp', true)}
          notes={
            step.index === 0 ? (
              <>
                {session.note && <p className="notice-info inline-notice">{session.note}</p>}
                {session.flareDoses && <FlareAdvice headingLevel={3} />}
                {session.skipped.length > 0 && (
                  <ul className="hint skipped">
                    {session.skipped.map((s) => (
                      <li key={s.exerciseId}>
                        {findExercise(s.exerciseId)?.name ?? s.exerciseId} is left out today. {s.message}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : null
          }
        />
      )}
      {step.kind === 'feedback' && exercise && (
        <FeedbackPrompt key={step.index} exerciseName={exercise.name} onRate={(r) => void rate(step.index, r)} />
      )}
      {step.kind === 'message' && (
        <SessionMessage
          {...(step.stopped && exercise ? { title: `You stopped ${exercise.name.toLowerCase()}` } : {})}
          message={step.result.message ?? ''}
          urgent={step.result.dialBack}
          actionLabel="Carry on"
          onAction={() => void advance(step.index)}
        />
      )}
      {step.kind === 'left-out' && (
        <SessionMessage
          title="Left out for now"
          message={step.message}
          actionLabel={step.next < session.items.length ? 'Carry on' : 'Finish'}
          onAction={() => goTo(step.next)}
        />
      )}
      {step.kind === 'ended' && (
        <section className="card stop-card" aria-labelledby="ended-title">
          <h2 id="ended-title" tabIndex={-1}>
            Let us stop here for today
          </h2>
          <p>{step.result.message}</p>
          <p>
            <a href={href('safety')}>Read the Safety page</a> · <a href={href('today')}>Back to Today</a>
          </p>
        </section>
      )}
      {step.kind === 'finished' && (
        <SessionMessage
          title="Well done"
          message={
            exerciseId
              ? `You finished ${session.routineName.toLowerCase()}. It is in your progress log.`
              : `You finished the ${session.routineName.toLowerCase()}. It is in your progress log.`
          }
          actionLabel={exerciseId ? 'Back to the exercise page' : 'Back to Today'}
          onAction={() => (window.location.hash = exerciseId ? href('exercise', exerciseId) : href('today'))}
        />
      )}
    </section>
  )
}
