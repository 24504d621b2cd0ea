// Says a player cue aloud: with the system's voice (Web Speech API) when the person wants it and the
// computer has one, otherwise as a short pattern of tones, so each kind of moment sounds different.
import type { CueKind } from '@shared/player/cue-plan'
import { playTone } from './tone-cue'

export interface CueSettings {
  /** the player may make any sound at all (Settings: sound cues) */
  sound: boolean
  /** speak when the computer has a voice, rather than play tones */
  voice: boolean
}

/** Each moment its own short pattern: [frequency, seconds, delay]. Rising means "go", falling "relax". */
const PATTERNS: Record<CueKind | 'tick', [number, number, number][]> = {
  ready: [[520, 0.3, 0]],
  go: [[880, 0.45, 0]],
  start: [
    [660, 0.15, 0],
    [880, 0.2, 0.18]
  ],
  end: [[660, 0.3, 0]],
  switch: [
    [660, 0.15, 0],
    [660, 0.15, 0.25]
  ],
  rest: [
    [660, 0.2, 0],
    [520, 0.4, 0.22]
  ],
  done: [
    [880, 0.15, 0],
    [660, 0.15, 0.18],
    [520, 0.3, 0.36]
  ],
  tick: [[440, 0.08, 0]]
}

function voiceAvailable(): SpeechSynthesis | null {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined
  if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') return null
  try {
    return synth.getVoices().length > 0 ? synth : null
  } catch {
    return null
  }
}

/** Asks for the system's voices early: some browsers load them only on the first request. */
export function warmUpVoices(): void {
  try {
    window.speechSynthesis?.getVoices()
  } catch {
    // no voices: the cues are sounds
  }
}

/** Speaks `words`, or plays the tones for `kind`; returns how the cue went out (for tests and no one else). */
export function announce(
  kind: CueKind | 'tick',
  words: string | null,
  settings: CueSettings
): 'voice' | 'sound' | 'quiet' {
  if (!settings.sound) return 'quiet'
  const synth = settings.voice && words ? voiceAvailable() : null
  if (synth && words) {
    try {
      // A new cue replaces one still being spoken: the newest moment is the one that matters.
      synth.cancel()
      const utterance = new SpeechSynthesisUtterance(words)
      utterance.rate = 0.95
      synth.speak(utterance)
      return 'voice'
    } catch {
      // fall through to the tones
    }
  }
  for (const [frequency, seconds, delay] of PATTERNS[kind]) playTone(frequency, seconds, delay)
  return 'sound'
}
