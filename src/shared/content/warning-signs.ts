// The warning signs, what Limber says about each, and whether exercise advice may go on.
import type { WarningSign } from '../progress-events'

export type Severity = 'emergency' | 'doctor-promptly' | 'doctor' | 'physio'

/** The same ids the progress log stores in its safety-answers events. */
export type WarningSignId = WarningSign

export interface WarningSignInfo {
  id: WarningSignId
  /** asked at first run and in the weekly check-in; "yes" means the sign is present */
  question: string
  severity: Severity
  /** a "yes" stops exercise advice until a professional has cleared it */
  stopsExercise: boolean
  /** what to do, in our words */
  advice: string
}

export const WARNING_SIGN_INFO: readonly WarningSignInfo[] = [
  {
    id: 'bladder-bowel-control',
    question: 'Have you lost control of your bladder or bowels, or found it hard to pass urine?',
    severity: 'emergency',
    stopsExercise: true,
    advice: 'Get emergency care now: call your emergency number or go to an emergency department.'
  },
  {
    id: 'saddle-numbness',
    question: 'Is there numbness around your groin, buttocks or inner thighs (where you would sit on a saddle)?',
    severity: 'emergency',
    stopsExercise: true,
    advice: 'Get emergency care now: call your emergency number or go to an emergency department.'
  },
  {
    id: 'foot-drop',
    question: 'Is it very hard to lift the front of your foot, so that it drags or slaps as you walk?',
    severity: 'doctor-promptly',
    stopsExercise: true,
    advice: 'See a doctor promptly, today if you can. Leave the exercises until they have checked you.'
  },
  {
    id: 'worsening-pain',
    question: 'Does your pain keep getting worse, even when you rest?',
    severity: 'doctor-promptly',
    stopsExercise: true,
    advice: 'See a doctor in the next day or two. Rest from the exercises until they have checked you.'
  },
  {
    id: 'both-legs',
    question: 'Do you have pain going down both legs?',
    severity: 'doctor',
    stopsExercise: false,
    advice: 'Have it checked by a doctor or a physiotherapist.'
  },
  {
    id: 'both-legs-nerve',
    question:
      'With pain in both legs, do you also have numbness, weakness in the legs, or changes in how you pass urine?',
    severity: 'emergency',
    stopsExercise: true,
    advice: 'Get urgent care today: call your emergency number or go to an emergency department.'
  },
  {
    id: 'fever',
    question: 'Do you have a fever, or feel hot and unwell, along with the back pain?',
    severity: 'doctor-promptly',
    stopsExercise: true,
    advice: 'See a doctor today or tomorrow. Rest from the exercises until they have checked you.'
  },
  {
    id: 'fall-injury',
    question: 'Did this pain start after a fall, an accident or another injury?',
    severity: 'doctor-promptly',
    stopsExercise: true,
    advice: 'Have a doctor check you after the fall or injury before you exercise, today if you can.'
  },
  {
    id: 'night-pain',
    question: 'Is the pain there all the time, even at night, whatever position you lie in?',
    severity: 'doctor-promptly',
    stopsExercise: true,
    advice: 'See a doctor in the next few days about pain that never lets up. Rest from the exercises until then.'
  },
  {
    id: 'weight-loss',
    question: 'Have you lost weight lately without trying?',
    severity: 'doctor',
    stopsExercise: false,
    advice: 'Book an appointment with your doctor and mention the weight loss along with your back pain.'
  },
  {
    id: 'cancer-history',
    question: 'Have you ever been treated for cancer?',
    severity: 'doctor',
    stopsExercise: false,
    advice: 'Tell your doctor about this back pain and your past treatment, so they can decide whether to check it.'
  },
  {
    id: 'no-improvement',
    question: 'Have you exercised regularly for 4 weeks or more without feeling any better?',
    severity: 'physio',
    stopsExercise: false,
    advice: 'See a physiotherapist: they can find out why and adjust your exercises.'
  }
]

const SEVERITY_ORDER: readonly Severity[] = ['emergency', 'doctor-promptly', 'doctor', 'physio']

/** Yes/no per sign; a missing answer counts as no. */
export type WarningAnswers = Partial<Record<WarningSignId, boolean>>

export interface SafetyVerdict {
  /** false: show no exercise advice; break reminders say only "stand up and walk" */
  exerciseAllowed: boolean
  /** the most serious sign present, or 'none' */
  level: Severity | 'none'
  /** what to do, most serious first; each different piece of advice once */
  messages: string[]
  /** the signs answered yes, most serious first */
  signs: WarningSignId[]
  /**
   * An emergency sign is present and not cleared: nothing at all is offered, not even standing up
   * and walking, and no stand-up reminders go out. The only message is to get urgent care.
   */
  emergency: boolean
}

function bySeverity(a: WarningSignInfo, b: WarningSignInfo): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
}

export const EXERCISE_PAUSED_MESSAGE =
  'Limber has paused exercise advice. Standing up and walking gently is still fine.'

/** Said once, instead of any exercise or movement advice, while an emergency sign is present. */
export const EMERGENCY_STOP_MESSAGE =
  'Limber has stopped all exercise advice and stand-up reminders so you can get care first. ' +
  'Once a doctor has checked you, open the Safety page to switch Limber back on.'

/** The one notification sent when an emergency answer silences the stand-up reminders. */
export const EMERGENCY_NOTIFICATION = {
  title: 'Limber: please get urgent care',
  message:
    'You told Limber about a sign that needs urgent care. Reminders are off until a doctor has checked ' +
    'you; then open the Safety page in Limber to switch them back on.'
} as const

/**
 * The verdict for the answers given. `clearedSignIds` are stop signs a professional has checked and the
 * user has confirmed (see resumeExerciseAdvice): they no longer stop exercise advice, but a reminder stays.
 */
export function safetyVerdict(answers: WarningAnswers, clearedSignIds: readonly WarningSignId[] = []): SafetyVerdict {
  const present = WARNING_SIGN_INFO.filter((s) => answers[s.id] === true).sort(bySeverity)
  const stopping = present.filter((s) => s.stopsExercise && !clearedSignIds.includes(s.id))
  const messages = present.map((s) =>
    s.stopsExercise && clearedSignIds.includes(s.id)
      ? `A professional has checked this. If it is new or getting worse: ${s.advice}`
      : s.advice
  )
  const emergency = stopping.some((s) => s.severity === 'emergency')
  if (emergency) messages.push(EMERGENCY_STOP_MESSAGE)
  else if (stopping.length > 0) messages.push(EXERCISE_PAUSED_MESSAGE)
  return {
    exerciseAllowed: stopping.length === 0,
    level: present[0]?.severity ?? 'none',
    messages: [...new Set(messages)],
    signs: present.map((s) => s.id),
    emergency
  }
}

/** What the Safety screen says about resuming once exercise advice has stopped. */
export const RESUME_STEPS: readonly string[] = [
  'Get checked by a doctor or physiotherapist first.',
  'Ask them whether exercise is right for you now, and which kind.',
  'When they have cleared it, come back here and confirm to switch exercise advice back on.',
  'Until then, standing up and walking gently is still fine.'
]

/** The resume steps after an emergency answer: get care first, nothing about moving meanwhile. */
export const EMERGENCY_RESUME_STEPS: readonly string[] = [
  'Get urgent care first: call your emergency number or go to an emergency department.',
  'Once a doctor has checked you, ask them whether exercise is right for you now, and which kind.',
  'When they have cleared it, come back here and confirm to switch Limber back on.'
]

/** The steps that fit the verdict: the emergency list while an emergency sign stops everything. */
export function resumeStepsFor(verdict: SafetyVerdict): readonly string[] {
  return verdict.emergency ? EMERGENCY_RESUME_STEPS : RESUME_STEPS
}

export interface ResumeConfirmation {
  /** the user says a doctor or physiotherapist has cleared them to exercise */
  professionalCleared: boolean
  /** the user has read the resume steps and confirms */
  userConfirmed: boolean
}

export type ResumeResult =
  { resumed: true; clearedSignIds: WarningSignId[]; message: string } | { resumed: false; message: string }

/**
 * Turns exercise advice back on after a stop: only when a professional has cleared it and the user
 * confirms. Returns the stop signs to pass to safetyVerdict as cleared from now on.
 */
export function resumeExerciseAdvice(answers: WarningAnswers, confirmation: ResumeConfirmation): ResumeResult {
  if (!confirmation.professionalCleared) {
    return { resumed: false, message: 'Exercise advice stays off until a doctor or physiotherapist has cleared you.' }
  }
  if (!confirmation.userConfirmed) {
    return { resumed: false, message: 'Please confirm to switch exercise advice back on.' }
  }
  const clearedSignIds = WARNING_SIGN_INFO.filter((s) => s.stopsExercise && answers[s.id] === true).map((s) => s.id)
  return {
    resumed: true,
    clearedSignIds,
    message: 'Exercise advice is back on. Start gently, and stop if any warning sign returns or worsens.'
  }
}
