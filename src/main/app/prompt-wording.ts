// The words of a stand-up prompt. Varied, so a reminder seen forty times a week still reads as new.
import type { DesktopNotification } from './ports'

const TITLES = ['Time to stand up', 'Your back would like a break', 'Up you get', 'A moment for your back']

const OPENERS = [
  (m: number) => `You have been sitting for ${m} minutes.`,
  (m: number) => `${m} minutes in the chair.`,
  (m: number) => `That is ${m} minutes of sitting.`,
  (m: number) => `${m} minutes without standing.`
]

/** The walk is the whole suggestion; anything else comes after standing up ("Stand up and try: Stand up and walk." read badly). */
function suggestion(stretchName: string): string {
  if (/walk/i.test(stretchName)) return 'Stand up and walk for a minute or two, at an easy pace.'
  return `Stand up for a moment, then try: ${stretchName}.`
}

/** `n` is the prompt's number since start, so consecutive prompts never read the same. */
export function promptNotification(n: number, sittingMinutes: number, stretchName: string): DesktopNotification {
  const i = Math.abs(Math.trunc(n)) % TITLES.length
  const opener = OPENERS[(i + 1) % OPENERS.length] ?? OPENERS[0]!
  return {
    title: TITLES[i] ?? TITLES[0]!,
    message: `${opener(Math.round(sittingMinutes))} ${suggestion(stretchName)}`
  }
}
