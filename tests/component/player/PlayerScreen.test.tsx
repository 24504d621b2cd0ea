import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS, type GeneralSettings } from '@shared/app-settings'
import { findExercise } from '@shared/content/catalogue'
import { FEEDBACK_MESSAGES } from '@shared/content/feedback'
import type { FeedbackResult, PlayerSession } from '@shared/home/home-state'
import { PlayerScreen } from '../../../src/renderer/src/screens/PlayerScreen'
import { installFakeLimber } from '../../support/fake-limber-api'
import { homeState } from '../home/home-state-fixture'

// Knee-to-chest with a short dose: hold 5 s, once per side, alternating; then pelvic tilts, 2 reps of 2 s.
const session: PlayerSession = {
  sessionId: 's1',
  routineId: 'morning',
  routineName: 'Morning routine',
  note: null,
  flareDoses: false,
  items: [
    {
      exerciseId: 'knee-to-chest',
      gentler: false,
      dose: { reps: 1, holdSeconds: 5, repSeconds: 3, sets: 1, sides: 2, alternate: true, restSeconds: 0 }
    },
    {
      exerciseId: 'pelvic-tilt',
      gentler: false,
      dose: { reps: 2, repSeconds: 2, sets: 1, sides: 1, alternate: false, restSeconds: 0 }
    }
  ],
  skipped: []
}

const sharp: FeedbackResult = {
  message: FEEDBACK_MESSAGES.sharp,
  dialBack: true,
  endSession: false,
  linkToSafety: false
}
const ended: FeedbackResult = {
  message: FEEDBACK_MESSAGES.sessionEnded,
  dialBack: true,
  endSession: true,
  linkToSafety: true
}
const fine: FeedbackResult = { message: null, dialBack: false, endSession: false, linkToSafety: false }

function setup(
  results: FeedbackResult[] = [fine, fine],
  general: Partial<GeneralSettings> = {},
  props: { routineId: string | null; exerciseId?: string } = { routineId: 'morning' }
) {
  const queue = [...results]
  const fake = installFakeLimber({
    'home:start-session': () => ({ ok: true, session }),
    'home:start-exercise': () => ({
      ok: true,
      session: {
        ...session,
        routineId: 'cat-cow',
        routineName: 'Cat-cow',
        items: [{ ...session.items[1]!, exerciseId: 'cat-cow' }]
      }
    }),
    'settings:get': () => ({ ...DEFAULT_SETTINGS, general: { ...DEFAULT_SETTINGS.general, ...general } }),
    'home:exercise-done': () => queue.shift() ?? fine,
    'home:finish-session': () => undefined
  })
  const view = render(<PlayerScreen {...props} />)
  return { fake, view }
}

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }))
/** Advances the clock a quarter second at a time, rendering in between as a browser would. */
async function wait(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 250) await act(() => void vi.advanceTimersByTime(Math.min(250, left)))
}
const step = () => document.querySelector('.timer-step')?.textContent
const countdown = () => document.querySelector('.timer-big')?.firstChild?.textContent
/** Lets the fake main's promises resolve (waitFor-based queries do not run on fake timers). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve())
}
async function find(role: 'heading' | 'alert' | 'button', name?: string, level?: number): Promise<HTMLElement> {
  await settle()
  return name === undefined ? screen.getByRole(role) : screen.getByRole(role, { name, ...(level ? { level } : {}) })
}
/** Start, then the whole 10-second lead-in: the first hold is running after this. */
async function startFirstHold(): Promise<void> {
  await find('heading', 'Knee to chest')
  press(' ')
  await wait(10_000)
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] })
  window.location.hash = '#/player/morning'
})
afterEach(() => {
  vi.useRealTimers()
  Reflect.deleteProperty(window, 'speechSynthesis')
  Reflect.deleteProperty(window, 'AudioContext')
})

describe('PlayerScreen lead-in', () => {
  it('gives ten seconds to get into position before the first hold, counting down', async () => {
    setup()
    await find('heading', 'Knee to chest')
    expect(screen.getByRole('button', { name: 'Start' })).toBeInTheDocument()
    press(' ')
    expect(step()).toBe('Get into position')
    expect(countdown()).toBe('10')
    await wait(6_000)
    expect(countdown()).toBe('4')
    await wait(3_800)
    expect(step()).toBe('Get into position')
    await wait(400)
    expect(step()).toBe('Left side: hold')
    expect(countdown()).toBe('5')
  })

  it('carries one long tick (a hidden window) from the lead-in straight on into the hold', async () => {
    setup()
    await find('heading', 'Knee to chest')
    press(' ')
    await act(() => void vi.advanceTimersByTime(12_000))
    expect(step()).toBe('Left side: hold')
    expect(countdown()).toBe('3')
  })

  it('uses the lead-in length from Settings, and starts at once when it is 0', async () => {
    setup([fine, fine], { leadInSeconds: 0 })
    await find('heading', 'Knee to chest')
    press(' ')
    expect(step()).toBe('Left side: hold')
  })

  it('skips the lead-in with S or the right arrow, and pauses it with Space', async () => {
    setup()
    await find('heading', 'Knee to chest')
    press(' ')
    await wait(2_000)
    press(' ')
    await wait(30_000)
    expect(step()).toBe('Get into position')
    expect(countdown()).toBe('8')
    press('s')
    expect(step()).toBe('Left side: hold')
    await wait(5_200)
    expect(step()).toBe('Relax, then right side')
  })

  it('begins the next exercise with its own lead-in as soon as the last one is rated', async () => {
    setup()
    await startFirstHold()
    await wait(13_500)
    press('1')
    expect(await find('heading', 'Pelvic tilts')).toBeInTheDocument()
    expect(step()).toBe('Get into position')
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull()
    press('ArrowRight')
    expect(step()).toBe('2 slow repetitions')
  })

  it("shows the exercise's precautions before the hold and its stop rule during it, in the page's own words", async () => {
    setup()
    const precautions = findExercise('knee-to-chest')!.precautions
    const stopRule = precautions.find((p) => /stop/i.test(p))!
    await find('heading', 'Knee to chest')
    press(' ')
    const care = () => screen.getByRole('note', { name: 'Take care' }).textContent
    for (const p of precautions) expect(care()).toContain(p)
    await wait(10_000)
    expect(step()).toBe('Left side: hold')
    expect(care()).toBe(stopRule)
  })
})

describe('PlayerScreen timing', () => {
  it('ends a hold on time, then switches to the other side', async () => {
    setup()
    await startFirstHold()
    expect(step()).toBe('Left side: hold')
    await wait(4_800)
    expect(step()).toBe('Left side: hold')
    await wait(400)
    expect(step()).toBe('Relax, then right side')
    await wait(3_000)
    expect(step()).toBe('Right side: hold')
  })

  it('stops time while paused, by Space or the Pause button', async () => {
    setup()
    await startFirstHold()
    await wait(2_000)
    press(' ')
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument()
    await wait(30_000)
    expect(step()).toBe('Left side: hold')
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }))
    await wait(3_200)
    expect(step()).toBe('Relax, then right side')
  })

  it('moves on and back with the arrow keys', async () => {
    setup()
    await startFirstHold()
    press('ArrowRight')
    expect(step()).toBe('Relax, then right side')
    press('ArrowRight')
    expect(step()).toBe('Right side: hold')
    press('ArrowLeft')
    expect(step()).toBe('Relax, then right side')
  })
})

/** The smallest stand-in for the browser's Web Audio API: counts the tones started. */
function installAudio(): { tones: number } {
  const played = { tones: 0 }
  const param = { value: 0, setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined }
  class FakeAudioContext {
    currentTime = 0
    destination = {}
    createOscillator() {
      return {
        type: 'sine',
        frequency: { value: 0 },
        connect: (n: unknown) => n,
        start: () => void (played.tones += 1),
        stop: () => undefined
      }
    }
    createGain() {
      return { gain: param, connect: (n: unknown) => n }
    }
  }
  Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true, writable: true })
  return played
}

/** The Web Speech API as a computer with `voices` voices has it: records what is said. */
function installSpeech(voices: number): string[] {
  const said: string[] = []
  class Utterance {
    rate = 1
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true })
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => Array.from({ length: voices }, (_, i) => ({ name: `voice ${i}` })),
      speak: (u: Utterance) => void said.push(u.text),
      cancel: () => undefined
    },
    configurable: true,
    writable: true
  })
  return said
}

describe('PlayerScreen cues', () => {
  it('speaks get-into-position, go, each hold, the side switch and the end when the computer has a voice', async () => {
    const said = installSpeech(2)
    const audio = installAudio()
    setup()
    await find('heading', 'Knee to chest')
    press(' ')
    expect(said).toEqual(['Get into position for knee to chest. Starting in 10 seconds.'])
    await wait(10_000)
    expect(said.at(-1)).toBe('Go. Left side. Hold.')
    await wait(5_000)
    expect(said.at(-1)).toBe('Relax. Change to the right side.')
    await wait(3_000)
    expect(said.at(-1)).toBe('Right side. Hold.')
    await wait(5_000)
    expect(said.at(-1)).toBe('Relax. That exercise is done.')
    expect(said).toHaveLength(5)
    // The last three seconds of the lead-in tick, so the "go" never comes as a surprise.
    expect(audio.tones).toBe(3)
  })

  it('plays sounds instead when there is no voice, with a different pattern for each moment', async () => {
    const said = installSpeech(0)
    const audio = installAudio()
    setup()
    await find('heading', 'Knee to chest')
    press(' ')
    expect(audio.tones).toBe(1) // get into position
    await wait(10_000)
    expect(audio.tones).toBe(1 + 3 + 1) // three ticks, then go
    await wait(5_000)
    expect(audio.tones).toBe(5 + 2) // switch side: two tones
    await wait(3_000)
    expect(audio.tones).toBe(7 + 2) // hold: two rising tones
    expect(said).toEqual([])
  })

  it('plays sounds, not a voice, when voice cues are off in Settings', async () => {
    const said = installSpeech(2)
    const audio = installAudio()
    setup([fine, fine], { voiceCues: false })
    await startFirstHold()
    expect(said).toEqual([])
    expect(audio.tones).toBeGreaterThan(0)
  })

  it('stays silent, voice and sound, when sound cues are off in Settings', async () => {
    const said = installSpeech(2)
    const audio = installAudio()
    setup([fine, fine], { soundCues: false })
    await startFirstHold()
    await wait(14_000)
    expect(said).toEqual([])
    expect(audio.tones).toBe(0)
  })
})

describe('PlayerScreen feedback', () => {
  it('asks how it felt after each exercise, and takes the answer from keys 1, 2, 3', async () => {
    const { fake } = setup([fine, fine])
    await startFirstHold()
    await wait(13_500)
    expect(screen.getByRole('heading', { name: 'How did knee to chest feel?' })).toBeInTheDocument()
    press('1')
    expect(await find('heading', 'Pelvic tilts')).toBeInTheDocument()
    expect(fake.calls.find((c) => c.channel === 'home:exercise-done')?.request).toEqual({
      sessionId: 's1',
      itemIndex: 0,
      rating: 'fine'
    })
    await wait(10_000)
    await wait(4_500)
    press('2')
    expect(await find('heading', 'Well done')).toBeInTheDocument()
    expect(fake.calls.some((c) => c.channel === 'home:finish-session')).toBe(true)
  })

  it('says to dial back now after a sharp rating, then carries on', async () => {
    setup([sharp, fine])
    await find('heading', 'Knee to chest')
    press(' ')
    press('s')
    for (let i = 0; i < 3; i++) press('ArrowRight')
    press('3')
    expect(await find('alert')).toHaveTextContent('Dial back now')
    fireEvent.click(screen.getByRole('button', { name: 'Carry on' }))
    expect(await find('heading', 'Pelvic tilts')).toBeInTheDocument()
  })

  it('ends the session kindly on the second sharp rating, with a link to Safety', async () => {
    setup([ended])
    await find('heading', 'Knee to chest')
    press(' ')
    press('s')
    for (let i = 0; i < 3; i++) press('ArrowRight')
    press('3')
    expect(await find('heading', 'Let us stop here for today')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Read the Safety page' })).toHaveAttribute('href', '#/safety')
    expect(screen.queryByRole('heading', { name: 'Pelvic tilts' })).toBeNull()
  })
})

describe('PlayerScreen "Stop: this hurts"', () => {
  it('mid-hold, records sharp feedback for that exercise and follows the sharp path', async () => {
    const { fake } = setup([sharp, fine])
    await startFirstHold()
    await wait(2_000)
    fireEvent.click(screen.getByRole('button', { name: 'Stop: this hurts' }))
    expect(await find('alert')).toHaveTextContent('Dial back now')
    expect(screen.getByRole('heading', { name: 'You stopped knee to chest' })).toBeInTheDocument()
    expect(fake.calls.filter((c) => c.channel === 'home:exercise-done').map((c) => c.request)).toEqual([
      { sessionId: 's1', itemIndex: 0, rating: 'sharp' }
    ])
    expect(screen.queryByRole('heading', { name: /How did/ })).toBeNull()
  })

  it('during the lead-in, records sharp too, and a second sharp ends the session', async () => {
    const { fake } = setup([ended])
    await find('heading', 'Knee to chest')
    press(' ')
    fireEvent.click(screen.getByRole('button', { name: 'Stop: this hurts' }))
    expect(await find('heading', 'Let us stop here for today')).toBeInTheDocument()
    expect(fake.calls.find((c) => c.channel === 'home:exercise-done')?.request).toMatchObject({ rating: 'sharp' })
  })
})

describe('PlayerScreen after feedback', () => {
  it('asks the rules again before the next exercise, and leaves out one no longer allowed, saying why', async () => {
    const withExtension: PlayerSession = {
      ...session,
      items: [session.items[0]!, { ...session.items[0]!, exerciseId: 'prone-press-up' }]
    }
    const fake = installFakeLimber({
      'home:start-session': () => ({ ok: true, session: withExtension }),
      'settings:get': () => DEFAULT_SETTINGS,
      'home:exercise-done': () => sharp,
      // After the sharp rating main says the pain is spreading down the leg: extension is not allowed.
      'home:get-state': () => {
        const state = homeState()
        return { ...state, gating: { ...state.gating, latestSymptomTrend: 'peripheralizing' } }
      },
      'home:finish-session': () => undefined
    })
    render(<PlayerScreen routineId="morning" />)
    await startFirstHold()
    fireEvent.click(screen.getByRole('button', { name: 'Stop: this hurts' }))
    fireEvent.click(await find('button', 'Carry on'))
    await settle()
    expect(screen.getByRole('region', { name: 'Left out for now' }).textContent ?? '').toContain(
      'Prone press-up is left out now. Not now: your last check-in says the pain is spreading down the leg.'
    )
    expect(screen.queryByRole('heading', { name: 'Prone press-up' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }))
    expect(await find('heading', 'Well done')).toBeInTheDocument()
    expect(fake.calls.filter((c) => c.channel === 'home:exercise-done')).toHaveLength(1)
  })
})

describe('PlayerScreen window and keys', () => {
  it('takes the whole window while playing and gives it back when it closes', async () => {
    const { view } = setup()
    await find('heading', 'Knee to chest')
    expect(document.body).toHaveClass('player-mode')
    view.unmount()
    expect(document.body).not.toHaveClass('player-mode')
  })

  it('shows the steps and precautions with I, and hides them again', async () => {
    setup()
    await startFirstHold()
    expect(screen.queryByRole('complementary', { name: 'Steps and care' })).toBeNull()
    press('i')
    const panel = screen.getByRole('complementary', { name: 'Steps and care' })
    for (const s of findExercise('knee-to-chest')!.steps) expect(panel).toHaveTextContent(s)
    expect(screen.getByRole('button', { name: /Show the drawing/ })).toHaveAttribute('aria-expanded', 'true')
    expect(step()).toBe('Left side: hold')
    press('I')
    expect(screen.queryByRole('complementary', { name: 'Steps and care' })).toBeNull()
  })

  it('leaves with Esc: back to routines from a routine, back to the page from one exercise', async () => {
    setup()
    await startFirstHold()
    press('Escape')
    expect(window.location.hash).toBe('#/routines')
  })

  it('plays one exercise from its page and Esc returns there', async () => {
    const { fake } = setup([fine], {}, { routineId: null, exerciseId: 'cat-cow' })
    expect(await find('heading', 'Cat-cow', 2)).toBeInTheDocument()
    expect(fake.calls.find((c) => c.channel === 'home:start-exercise')?.request).toEqual({ exerciseId: 'cat-cow' })
    expect(fake.calls.some((c) => c.channel === 'home:start-session')).toBe(false)
    press('Escape')
    expect(window.location.hash).toBe('#/exercise/cat-cow')
  })
})

describe('PlayerScreen refusal', () => {
  it('shows why a routine cannot start during a safety stop, and offers no Start', async () => {
    installFakeLimber({
      'home:start-session': () => ({ ok: false, reason: 'safety-stop', message: 'Limber has paused exercise advice.' }),
      'settings:get': () => DEFAULT_SETTINGS
    })
    render(<PlayerScreen routineId="morning" />)
    expect(await find('alert')).toHaveTextContent('Limber has paused exercise advice.')
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull()
    expect(screen.getByRole('link', { name: /Safety/ })).toHaveAttribute('href', '#/safety')
    expect(document.body).not.toHaveClass('player-mode')
  })
})
