// A short soft tone made with the Web Audio API (no audio files): the player's sound cues are made of these.
let context: AudioContext | null = null

export function playTone(frequency = 660, seconds = 0.25, delaySeconds = 0): void {
  const Ctor = typeof window !== 'undefined' ? window.AudioContext : undefined
  if (!Ctor) return
  try {
    if (!(context instanceof Ctor)) context = new Ctor()
    const now = context.currentTime + delaySeconds
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequency
    // A quick fade in and out, so it chimes rather than clicks.
    gain.gain.setValueAtTime(0, now)
    gain.gain.linearRampToValueAtTime(0.2, now + 0.02)
    gain.gain.linearRampToValueAtTime(0, now + seconds)
    oscillator.connect(gain).connect(context.destination)
    oscillator.start(now)
    oscillator.stop(now + seconds + 0.05)
  } catch {
    // Sound is optional: a machine without audio simply stays quiet.
  }
}
