// The first run: what Limber does and where it lives, the reminders, the safety questions and a
// baseline check-in, in four short steps (about two minutes). Skippable at every step; ends on Today.
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { HomeState } from '@shared/home/home-state'
import { limber } from '../api'
import { WarningSignQuestions } from '../components/WarningSignQuestions'
import { navigate } from '../router'
import { BaselineCheckIn } from './BaselineCheckIn'
import { ReminderStep } from './ReminderStep'
import { TrayPlace } from './TrayPlace'

/** Set when the user skips the welcome, so it is not shown again on this computer. */
export const WELCOME_SKIPPED_KEY = 'limber.welcome-skipped' // App.tsx reads the same key

const STEPS = ['Welcome to Limber', 'Your reminders', 'A few safety questions', 'Your starting point'] as const

export function skipWelcome(): void {
  try {
    window.localStorage.setItem(WELCOME_SKIPPED_KEY, 'yes')
  } catch {
    // Storage refused (private mode): the welcome simply shows again next time.
  }
  navigate('today')
}

export function welcomeSkipped(): boolean {
  try {
    return window.localStorage.getItem(WELCOME_SKIPPED_KEY) === 'yes'
  } catch {
    return false
  }
}

export function WelcomeScreen() {
  const [step, setStep] = useState(0)
  const [announcement, setAnnouncement] = useState('')
  const [home, setHome] = useState<HomeState | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)

  useEffect(() => {
    void limber().invoke('home:get-state').then(setHome)
  }, [])

  // Each new step's heading takes focus, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    headingRef.current?.focus()
  }, [step])

  const go = (next: number, said = '') => {
    setAnnouncement(said)
    setStep(next)
  }

  let body: ReactNode
  let next: ReactNode = null
  if (step === 0) {
    body = (
      <>
        <p className="welcome-lead">
          Limber helps your back through the working day. It counts how long you sit and reminds you to stand up, with
          one gentle stretch you can do at your desk. At home it guides a short exercise programme and keeps a log of
          how you are doing.
        </p>
        <TrayPlace />
        <h2 className="welcome-coming-title">Coming up, in about two minutes</h2>
        <ol className="welcome-coming">
          {STEPS.slice(1).map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ol>
        <p className="hint">Everything here can be changed later in Settings.</p>
      </>
    )
    next = (
      <button type="button" className="primary" onClick={() => go(1)}>
        Next: your reminders
      </button>
    )
  } else if (step === 1) {
    body = <ReminderStep onSaved={(said) => go(2, said)} />
  } else if (step === 2) {
    body = (
      <>
        <p>
          Limber is not a medical device and cannot diagnose anything. These questions look for the rare signs that need
          a doctor rather than exercise. Answer for how you are now.
        </p>
        <WarningSignQuestions
          {...(home?.firstRunDone ? { initial: home.safety.signs } : {})}
          submitLabel="Save my answers"
          onSubmit={async (signs) => {
            const state = await limber().invoke('home:answer-safety', { signs, context: 'first-run' })
            setHome(state)
            if (!state.safety.verdict.exerciseAllowed) {
              // Nothing else matters until this is seen: Today shows what to do now.
              navigate('today', 'welcomed')
              return
            }
            go(3, 'Your answers are saved.')
          }}
        />
      </>
    )
  } else {
    body = <BaselineCheckIn onSaved={() => navigate('today', 'welcomed')} />
  }

  return (
    <section className="screen welcome" aria-labelledby="welcome-title">
      <p className="step-count">
        Step {step + 1} of {STEPS.length}
      </p>
      <div className="step-bar" aria-hidden="true">
        {STEPS.map((title, i) => (
          <span key={title} className={i <= step ? 'step-bar-done' : undefined} />
        ))}
      </div>
      <h1 id="welcome-title" tabIndex={-1} ref={headingRef}>
        {STEPS[step]}
      </h1>
      <p role="status" className="welcome-announce">
        {announcement}
      </p>
      <div className="welcome-body">{body}</div>
      <div className="button-row welcome-nav">
        {step > 0 && (
          <button type="button" onClick={() => go(step - 1)}>
            Back
          </button>
        )}
        {next}
        <button type="button" className="link-button" onClick={skipWelcome}>
          Skip the welcome
        </button>
      </div>
    </section>
  )
}
