import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import { FEEDBACK_MESSAGES } from '@shared/content/feedback'
import type { FeedbackResult, PlayerSession } from '@shared/home/home-state'
import { PlayerScreen } from '../../../src/renderer/src/screens/PlayerScreen'
import { installFakeLimber } from '../../support/fake-limber-api'

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

function setup(results: FeedbackResult[] = [fine, fine], soundCues = true) {
  const queue = [...results]
  const fake = installFakeLimber({
    'home:start-session': () => ({ ok: true, session }),
    'settings:get': () => ({ ...DEFAULT_SETTINGS, general: { ...DEFAULT_SETTINGS.general, soundCues } }),
    'home:exercise-done': () => queue.shift() ?? fine,
    'home:finish-session': () => undefined
  })
  render(<PlayerScreen routineId="morning" />)
  return fake
}

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }))
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms))
const step = () => document.querySelector('.timer-step')?.textContent
/** Lets the fake main's promises resolve (waitFor-based queries do not run on fake timers). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await Promise.resolve())
}
async function find(role: 'heading' | 'alert' | 'button', name?: string): Promise<HTMLElement> {
  await settle()
  return name === undefined ? screen.getByRole(role) : screen.getByRole(role, { name })
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] })
})
afterEach(() => vi.useRealTimers())

describe('PlayerScreen timing', () => {
  it('ends a hold on time, then switches to the other side', async () => {
    setup()
    await find('heading', 'Knee to chest')
    press(' ')
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
    await find('heading', 'Knee to chest')
    press(' ')
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
    await find('heading', 'Knee to chest')
    press(' ')
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

describe('PlayerScreen sound cue', () => {
  it('plays a short tone when each hold ends, and none while the setting is off', async () => {
    const audio = installAudio()
    setup()
    await find('heading', 'Knee to chest')
    press(' ')
    await wait(4_500)
    expect(audio.tones).toBe(0)
    await wait(1_000)
    expect(audio.tones).toBe(1)
    await wait(8_500)
    expect(audio.tones).toBe(2)
  })

  it('stays quiet when sound cues are off in Settings', async () => {
    const audio = installAudio()
    setup([fine, fine], false)
    await find('heading', 'Knee to chest')
    press(' ')
    await wait(14_000)
    expect(audio.tones).toBe(0)
  })
})

describe('PlayerScreen feedback', () => {
  it('asks how it felt after each exercise, and takes the answer from keys 1, 2, 3', async () => {
    const fake = setup([fine, fine])
    await find('heading', 'Knee to chest')
    press(' ')
    await wait(13_500)
    expect(screen.getByRole('heading', { name: 'How did knee to chest feel?' })).toBeInTheDocument()
    press('1')
    expect(await find('heading', 'Pelvic tilts')).toBeInTheDocument()
    expect(fake.calls.find((c) => c.channel === 'home:exercise-done')?.request).toEqual({
      sessionId: 's1',
      itemIndex: 0,
      rating: 'fine'
    })
    press(' ')
    await wait(4_500)
    press('2')
    expect(await find('heading', 'Well done')).toBeInTheDocument()
    expect(fake.calls.some((c) => c.channel === 'home:finish-session')).toBe(true)
  })

  it('says to dial back now after a sharp rating, then carries on', async () => {
    setup([sharp, fine])
    await find('heading', 'Knee to chest')
    press('ArrowRight')
    press(' ')
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
    for (let i = 0; i < 3; i++) press('ArrowRight')
    press('3')
    expect(await find('heading', 'Let us stop here for today')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Read the Safety page' })).toHaveAttribute('href', '#/safety')
    expect(screen.queryByRole('heading', { name: 'Pelvic tilts' })).toBeNull()
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
  })
})
