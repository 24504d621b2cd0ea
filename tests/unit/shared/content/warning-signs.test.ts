import { describe, expect, it } from 'vitest'
import { WARNING_SIGNS as LOGGED_SIGN_IDS } from '@shared/progress-events'
import {
  EXERCISE_PAUSED_MESSAGE,
  RESUME_STEPS,
  resumeExerciseAdvice,
  safetyVerdict,
  WARNING_SIGN_INFO
} from '@shared/content'

describe('the warning signs', () => {
  it('are the six of the guide, with their severities, and only emergencies and foot drop stop exercise', () => {
    expect(WARNING_SIGN_INFO.map((s) => [s.id, s.severity, s.stopsExercise])).toEqual([
      ['bladder-bowel-control', 'emergency', true],
      ['saddle-numbness', 'emergency', true],
      ['foot-drop', 'doctor-promptly', true],
      ['worsening-pain', 'doctor', false],
      ['both-legs', 'doctor', false],
      ['no-improvement', 'physio', false]
    ])
  })

  it('use the same ids as the progress log stores', () => {
    expect(WARNING_SIGN_INFO.map((s) => s.id)).toEqual([...LOGGED_SIGN_IDS])
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
    expect(safetyVerdict({})).toEqual({ exerciseAllowed: true, level: 'none', messages: [], signs: [] })
    expect(safetyVerdict({ 'foot-drop': false }).exerciseAllowed).toBe(true)
  })

  it('stops exercise advice and sends the user to emergency care for bladder or bowel loss or saddle numbness', () => {
    for (const id of ['bladder-bowel-control', 'saddle-numbness'] as const) {
      const verdict = safetyVerdict({ [id]: true })
      expect(verdict).toMatchObject({ exerciseAllowed: false, level: 'emergency' })
      expect(verdict.messages[0]).toMatch(/emergency care now/)
      expect(verdict.messages).toContain(EXERCISE_PAUSED_MESSAGE)
    }
  })

  it('stops exercise advice for foot drop and says to see a doctor promptly', () => {
    const verdict = safetyVerdict({ 'foot-drop': true })
    expect(verdict).toMatchObject({ exerciseAllowed: false, level: 'doctor-promptly' })
    expect(verdict.messages[0]).toMatch(/doctor promptly/)
  })

  it('lets exercise go on for worsening pain, both legs, or no improvement, with advice to get it checked', () => {
    expect(safetyVerdict({ 'worsening-pain': true })).toMatchObject({ exerciseAllowed: true, level: 'doctor' })
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
