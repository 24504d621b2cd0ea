// Today's programme: week and phase, today's routine and walk, what unlocks next, flare mode and phase choices.
import { findExercise } from '@shared/content/catalogue'
import { resolveRoutine, roundedMinutes } from '@shared/content/routine-plan'
import { findBuiltInRoutine } from '@shared/content/routines'
import type { HomeState, ProgrammeAction } from '@shared/home/home-state'
import { limber } from '../api'
import { FlareAdvice } from '../components/FlareAdvice'
import { SafetyLink } from '../components/SafetyLink'
import { href } from '../router'
import { localDateLabel } from './date-label'

const HELD_BACK: Record<string, string> = {
  hold: 'You chose to stay in this phase.',
  'step-back': 'You stepped back a phase.',
  sharp: 'Held here because something felt sharp recently.',
  worsening: 'Held here because your recent check-ins show things getting worse.',
  marker: 'Held here until this phase feels comfortable (your weekly check-in answer).'
}

export function ProgrammeCard({ state, onState }: { state: HomeState; onState: (s: HomeState) => void }) {
  const programme = state.programme
  if (!programme) return null
  const routine = findBuiltInRoutine(programme.today.routineId)
  const act = async (action: ProgrammeAction) => onState(await limber().invoke('home:programme', { action }))
  const setFlare = async (on: boolean) => onState(await limber().invoke('home:set-flare', { on }))
  const next = programme.next
  return (
    <section className="card programme-card" aria-labelledby="programme-title">
      <h2 id="programme-title">Your programme</h2>
      <p className="programme-week">
        Week {programme.week}, phase {programme.phase} of 4: {programme.focus}
      </p>
      <p>{programme.changes}</p>
      <p className="hint">How often: {programme.rhythm}</p>
      {programme.heldBack && <p className="hint">{HELD_BACK[programme.heldBack]}</p>}
      {programme.weekThreeMessage && <p className="encourage">{programme.weekThreeMessage}</p>}
      {programme.pausedMessage && <p className="notice-warning inline-notice">{programme.pausedMessage}</p>}
      {state.worsening && (
        <div className="notice-warning inline-notice" role="status">
          <p>{state.worsening.details.join(' ')}</p>
          <p>{state.worsening.message}</p>
          {!state.flare && (
            <button type="button" onClick={() => void setFlare(true)}>
              Turn on flare-up mode
            </button>
          )}
        </div>
      )}
      {state.safety.verdict.messages.length > 0 && (
        <div className="notice-warning inline-notice">
          <ul>
            {state.safety.verdict.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}

      <h3>Today</h3>
      <ul className="today-list">
        {state.stoppedForToday ? (
          <li className="notice-warning inline-notice">{state.stoppedForToday}</li>
        ) : (
          routine && (
            <li>
              <a className="button primary" href={href('player', routine.id)}>
                Start the {routine.name.toLowerCase()}
              </a>{' '}
              <span className="hint">
                about{' '}
                {roundedMinutes(
                  resolveRoutine(routine, { ...state.gating, dialBackIds: state.dialBackIds }).totalSeconds
                )}{' '}
                min
              </span>
            </li>
          )
        )}
        <li>Walk for {programme.today.walkMinutes} minutes, at an easy pace.</li>
      </ul>

      <label className="check flare-toggle">
        <input type="checkbox" checked={state.flare} onChange={(e) => void setFlare(e.target.checked)} />
        Flare-up mode (a bad day: only the gentle flare-up routine and walking)
      </label>
      {state.flare && <FlareAdvice />}

      <h3>What comes next</h3>
      {next ? (
        <p>
          Phase {next.phase}, {next.focus.toLowerCase()}
          {next.startsOn ? `, from ${localDateLabel(next.startsOn)}` : ''}
          {next.unlocks.length > 0 && `: ${next.unlocks.map((id) => findExercise(id)?.name ?? id).join(', ')} join in`}.
          {next.waitingFor && <span className="hint"> Waiting for: {next.waitingFor}</span>}
        </p>
      ) : (
        <p>
          You are on the maintenance plan now: {programme.rhythm.toLowerCase()} Keep walking, and check in once a week
          so Limber can spot any change.
        </p>
      )}
      <p className="hint">{programme.encouragement}</p>
      <fieldset className="button-row">
        <legend>Your pace</legend>
        {state.choices.heldPhase === null ? (
          <button type="button" onClick={() => void act('hold')}>
            Stay in this phase
          </button>
        ) : (
          <button type="button" onClick={() => void act('release-hold')}>
            Move on with the calendar
          </button>
        )}
        {programme.phase > 1 && (
          <button type="button" onClick={() => void act('step-back')}>
            Step back a phase
          </button>
        )}
        {state.choices.stepBack > 0 && (
          <button type="button" onClick={() => void act('step-forward')}>
            Step forward again
          </button>
        )}
      </fieldset>
      {state.noImprovement && (
        <p className="notice-warning inline-notice">
          {state.noImprovement.message} <a href={href('safety')}>More on the Safety page</a>
        </p>
      )}
      <SafetyLink />
    </section>
  )
}
