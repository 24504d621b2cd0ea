// Safety: what Limber is not, the warning signs and what to do, the stop and resume rules, flare mode.
import { useState } from 'react'
import { COMMON_MISTAKES } from '@shared/content/tips'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'
import { limber } from '../api'
import { FlareAdvice } from '../components/FlareAdvice'
import { SafetyStopCard } from '../components/SafetyStopCard'
import { WarningSignQuestions } from '../components/WarningSignQuestions'
import { useHomeState } from '../hooks/use-home-state'
import { ResumeForm } from '../home/ResumeForm'
import { href } from '../router'

const SEVERITY_WORDS = {
  emergency: 'Emergency',
  'doctor-promptly': 'See a doctor promptly',
  doctor: 'See a doctor',
  physio: 'See a physiotherapist'
} as const

export function SafetyScreen() {
  const [state, setState] = useHomeState()
  const [saved, setSaved] = useState(false)
  const verdict = state?.safety.verdict
  const stopped = verdict !== undefined && !verdict.exerciseAllowed
  const pushingThrough = COMMON_MISTAKES.find((t) => t.id === 'pushing-through')
  return (
    <section className="screen safety" aria-labelledby="safety-title">
      <h1 id="safety-title" tabIndex={-1}>
        Safety
      </h1>
      <p>
        Limber is not a medical device and gives no diagnosis. If you are worried about your symptoms, talk to a doctor
        or physiotherapist.
      </p>
      {verdict && stopped && <SafetyStopCard verdict={verdict} />}
      {state && stopped && <ResumeForm onState={setState} verdict={state.safety.verdict} />}
      {verdict && !stopped && verdict.messages.length > 0 && (
        <section className="card notice-warning" aria-labelledby="your-signs-title">
          <h2 id="your-signs-title">About what you told Limber</h2>
          <ul>
            {verdict.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      {state?.worsening && (
        <section className="card notice-warning" aria-labelledby="worsening-title">
          <h2 id="worsening-title">Things look worse lately</h2>
          <ul>
            {state.worsening.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          <p>{state.worsening.message}</p>
        </section>
      )}
      {state?.noImprovement && (
        <section className="card notice-warning" aria-labelledby="no-improvement-title">
          <h2 id="no-improvement-title">Worth seeing a physiotherapist</h2>
          <p>{state.noImprovement.message}</p>
        </section>
      )}
      <section className="card" aria-labelledby="signs-title">
        <h2 id="signs-title">Warning signs</h2>
        <dl className="sign-list">
          {WARNING_SIGN_INFO.map((s) => (
            <div key={s.id}>
              <dt>{s.question}</dt>
              <dd>
                <strong>{SEVERITY_WORDS[s.severity]}:</strong> {s.advice}
                {s.severity === 'emergency'
                  ? ' Limber stops all exercise advice and stand-up reminders until you are cleared.'
                  : s.stopsExercise
                    ? ' Limber pauses exercise advice.'
                    : ''}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="during-title">
        <h2 id="during-title">While you exercise</h2>
        {pushingThrough && <p>{pushingThrough.text}</p>}
        <p>
          After each exercise, tell the player how it felt. If something feels sharp once, the player dials it back;
          twice in one day, exercise rests until tomorrow: no routine starts again that day.
        </p>
        <p>
          If a back-bending exercise (such as the prone press-up) feels sharp, all back-bending exercises are left out
          until a check-in shows your pain moving toward your back again, because sharp can mean the pain is spreading
          down the leg.
        </p>
      </section>
      {state && (
        <section className="card" aria-labelledby="recheck-title">
          <h2 id="recheck-title">
            {state.firstRunDone ? 'Check the warning signs again' : 'Answer the warning-sign questions'}
          </h2>
          <WarningSignQuestions
            {...(state.firstRunDone ? { initial: state.safety.signs } : {})}
            submitLabel="Save my answers"
            onSubmit={async (signs) => {
              setState(
                await limber().invoke('home:answer-safety', {
                  signs,
                  context: state.firstRunDone ? 'on-demand' : 'first-run'
                })
              )
              setSaved(true)
            }}
          />
          <p role="status" className="hint">
            {saved ? 'Your answers are saved. What Limber offers now follows them.' : ''}
          </p>
        </section>
      )}
      <section className="card" aria-labelledby="flare-title">
        <h2 id="flare-title">Flare-ups</h2>
        {state && (
          <label className="check">
            <input
              type="checkbox"
              checked={state.flare}
              onChange={(e) => void limber().invoke('home:set-flare', { on: e.target.checked }).then(setState)}
            />
            Flare-up mode
          </label>
        )}
        <FlareAdvice />
      </section>
      <p>
        <a href={href('habits')}>Daily habits that protect your back</a>
      </p>
    </section>
  )
}
