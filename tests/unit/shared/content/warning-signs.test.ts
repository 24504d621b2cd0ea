import { describe, expect, it } from 'vitest'
import { WARNING_SIGNS as LOGGED_SIGN_IDS } from '@shared/progress-events'
import {
  EMERGENCY_STOP_MESSAGE,
  resumeStepsFor,
  EXERCISE_PAUSED_MESSAGE,
  RESUME_STEPS,
  resumeExerciseAdvice,
  safetyVerdict,
  WARNING_SIGN_INFO
} from '@shared/content'

describe('the warning signs', () => {
  it('are the guide six plus the general red flags, each with its urgency; "see a doctor soon" and up stop exercise', () => {
    expect(WARNING_SIGN_INFO.map((s) => [s.id, s.severity, s.stopsExercise])).toEqual([
      ['bladder-bowel-control', 'emergency', true],
      ['saddle-numbness', 'emergency', true],
      ['foot-drop', 'doctor-promptly', true],
      ['worsening-pain', 'doctor-promptly', true],
      ['both-legs', 'doctor', false],
      ['both-legs-nerve', 'emergency', true],
      ['fever', 'doctor-promptly', true],
      ['fall-injury', 'doctor-promptly', true],
      ['night-pain', 'doctor-promptly', true],
      ['weight-loss', 'doctor', false],
      ['cancer-history', 'doctor', false],
      ['no-improvement', 'physio', false]
    ])
  })

  it('use the same ids as the progress log stores', () => {
    expect(WARNING_SIGN_INFO.map((s) => s.id).sort()).toEqual([...LOGGED_SIGN_IDS].sort())
  })

  it('each ask a yes/no question and say what to do', () => {
    for (const sign of WARNING_SIGN_INFO) {
      expect(sign.question, sign.id).toMatch(/\?$/)
      expect(sign.advice.length, sign.id).toBeGreaterThan(20)
    }
  })
})

describe('safetyVerdict', () => {
  it('allows exercise advice when no sign is present', () => {
    expect(safetyVerdict({})).toEqual({
      exerciseAllowed: true,
      level: 'none',
      messages: [],
      signs: [],
      emergency: false
    })
    expect(safetyVerdict({ 'foot-drop': false }).exerciseAllowed).toBe(true)
  })

  it('stops everything for bladder or bowel loss, saddle numbness or both legs with nerve signs: urgent care, no walking advice', () => {
    for (const id of ['bladder-bowel-control', 'saddle-numbness', 'both-legs-nerve'] as const) {
      const verdict = safetyVerdict({ [id]: true })
      expect(verdict).toMatchObject({ exerciseAllowed: false, level: 'emergency', emergency: true })
      expect(verdict.messages[0]).toMatch(/emergency|urgent care/)
      expect(verdict.messages).toContain(EMERGENCY_STOP_MESSAGE)
      expect(verdict.messages).not.toContain(EXERCISE_PAUSED_MESSAGE)
      expect(verdict.messages.join(' ')).not.toMatch(/walking/i)
      expect(resumeStepsFor(verdict).join(' ')).not.toMatch(/walking/i)
    }
  })

  it('is no emergency once a professional has cleared the sign', () => {
    expect(safetyVerdict({ 'saddle-numbness': true }, ['saddle-numbness']).emergency).toBe(false)
  })

  it('pauses exercise for pain worsening despite rest, a fever, a fall or constant night pain, saying to see a doctor soon', () => {
    for (const id of ['worsening-pain', 'fever', 'fall-injury', 'night-pain'] as const) {
      const verdict = safetyVerdict({ [id]: true })
      expect(verdict, id).toMatchObject({ exerciseAllowed: false, level: 'doctor-promptly', emergency: false })
      expect(verdict.messages[0], id).toMatch(/doctor/)
      expect(verdict.messages, id).toContain(EXERCISE_PAUSED_MESSAGE)
    }
  })

  it('keeps exercise on for weight loss or past cancer, with advice to tell the doctor', () => {
    for (const id of ['weight-loss', 'cancer-history'] as const) {
      const verdict = safetyVerdict({ [id]: true })
      expect(verdict, id).toMatchObject({ exerciseAllowed: true, level: 'doctor' })
      expect(verdict.messages[0], id).toMatch(/doctor/)
    }
  })

  it('stops exercise advice for foot drop and says to see a doctor promptly', () => {
    const verdict = safetyVerdict({ 'foot-drop': true })
    expect(verdict).toMatchObject({ exerciseAllowed: false, level: 'doctor-promptly' })
    expect(verdict.messages[0]).toMatch(/doctor promptly/)
  })

  it('lets exercise go on for both legs (without nerve signs) or no improvement, with advice to get it checked', () => {
    expect(safetyVerdict({ 'both-legs': true })).toMatchObject({ exerciseAllowed: true, level: 'doctor' })
    expect(safetyVerdict({ 'both-legs': true }).messages[0]).toMatch(/doctor or a physiotherapist/)
    expect(safetyVerdict({ 'no-improvement': true })).toMatchObject({ exerciseAllowed: true, level: 'physio' })
  })

  it('puts the most serious sign first and says the same advice only once', () => {
    const verdict = safetyVerdict({ 'both-legs': true, 'saddle-numbness': true, 'bladder-bowel-control': true })
    expect(verdict.signs).toEqual(['bladder-bowel-control', 'saddle-numbness', 'both-legs'])
    expect(verdict.level).toBe('emergency')
    expect(verdict.messages).toHaveLength(3)
  })
})

describe('resuming exercise advice', () => {
  it('needs both a professional clearance and the user confirming', () => {
    const answers = { 'foot-drop': true }
    expect(resumeExerciseAdvice(answers, { professionalCleared: false, userConfirmed: true }).resumed).toBe(false)
    expect(resumeExerciseAdvice(answers, { professionalCleared: true, userConfirmed: false }).resumed).toBe(false)
    const result = resumeExerciseAdvice(answers, { professionalCleared: true, userConfirmed: true })
    expect(result).toMatchObject({ resumed: true, clearedSignIds: ['foot-drop'] })
  })

  it('keeps cleared signs from stopping advice again, while still reminding the user', () => {
    const verdict = safetyVerdict({ 'foot-drop': true }, ['foot-drop'])
    expect(verdict.exerciseAllowed).toBe(true)
    expect(verdict.messages[0]).toMatch(/professional has checked this/)
    // A new sign is not covered by an old clearance.
    expect(safetyVerdict({ 'foot-drop': true, 'saddle-numbness': true }, ['foot-drop']).exerciseAllowed).toBe(false)
  })

  it('explains the way back on the Safety screen', () => {
    expect(RESUME_STEPS.join(' ')).toMatch(/doctor or physiotherapist/)
    expect(RESUME_STEPS.join(' ')).toMatch(/confirm/)
  })
})
