// The break card in jsdom: what it shows for a prompt and for a break asked for, the answers it sends,
// its guided timer, the rating after it, "Another stretch", the urgent-care card and its keyboard use.
// Fake timers drive the timer; the window.limber fake records what was sent.
import { getByRole, screen, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/app-settings'
import { getExercise } from '@shared/content/catalogue'
import type { BreakSuggestionView, InvokeChannel } from '@shared/contract'
import type { OfficeStatus } from '@shared/office-status'
import { BreakCardView, FINISHED_CARD_CLOSES_MS } from '../../../src/renderer/src/break-card/break-card'
import { fakeLimber, type FakeLimber } from '../../support/fake-limber-api'
import { officeStatus } from '../../support/office-status-fixture'

const piriformis: BreakSuggestionView = {
  exerciseId: 'seated-piriformis',
  name: 'Seated piriformis stretch',
  dose: { reps: 1, holdSeconds: 45, repSeconds: 5, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
  gentler: false,
  canSwap: true
}
const glide: BreakSuggestionView = {
  exerciseId: 'seated-nerve-glide',
  name: 'Seated nerve glide',
  dose: { reps: 10, repSeconds: 4, sets: 1, sides: 2, alternate: false, restSeconds: 0 },
  gentler: false,
  canSwap: true
}
const DUE = officeStatus({ phase: 'due', sittingMinutes: 25, progress: 1 })
const ON_BREAK = officeStatus({ phase: 'on-break', sittingMinutes: 0, progress: 0 })

let fake: FakeLimber
let disconnect: () => void

async function mount(
  status: OfficeStatus = DUE,
  suggestion: BreakSuggestionView = piriformis,
  shows = suggestion.name
) {
  fake = fakeLimber({
    'office:get-status': () => status,
    'office:get-break': () => suggestion,
    'settings:get': () => DEFAULT_SETTINGS,
    'office:act': () => status,
    'window:open-main': () => undefined,
    'card:another-stretch': () => glide,
    'card:feedback': (request) =>
      (request as { rating: string }).rating === 'sharp'
        ? { message: 'Dial back now: ease off and keep to a gentler range.', linkToSafety: false }
        : { message: null, linkToSafety: false },
    'card:close': () => undefined,
    'card:fit': () => undefined
  })
  document.body.innerHTML = '<div id="root"></div>'
  disconnect = new BreakCardView(document.getElementById('root')!, fake.api).connect()
  await vi.waitFor(() => expect(screen.getByText(shows)).toBeInTheDocument())
  await vi.waitFor(() => expect(fake.calls.map((c) => c.channel)).toContain('settings:get'))
}

const step = () => document.querySelector('.timer-step')?.textContent
const requests = (channel: InvokeChannel) => fake.calls.filter((c) => c.channel === channel).map((c) => c.request)
const sent = () => requests('office:act')
const buttonNames = () =>
  within(document.querySelector('main')!)
    .queryAllByRole('button')
    .map((b) => b.textContent)

/** Runs a started stretch to its end: piriformis is 45 s a side with 5 s to switch. */
function runToEnd() {
  vi.advanceTimersByTime(2 * 50_000 + 1_000)
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] }))
afterEach(() => {
  disconnect?.()
  vi.useRealTimers()
})

describe('break card', () => {
  it('says it is time to stand up, for how long the user sat, and names one stretch with its steps and dose', async () => {
    await mount()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Time to stand up')
    expect(screen.getByText('You have been sitting for 25 min.')).toBeInTheDocument()
    expect(screen.getByRole('img')).toHaveAccessibleName(/ankle/i)
    expect(screen.getByText('Hold 45 seconds, once on each side.')).toBeInTheDocument()
    const steps = document.querySelectorAll('.steps li')
    expect([...steps].map((li) => li.textContent)).toEqual(getExercise('seated-piriformis').steps)
  })

  it('shows the precautions in the Exercise page words, before and during the stretch, and keeps the steps', async () => {
    const user = userEvent.setup({ delay: null })
    await mount(DUE, glide)
    const takeCare = () => screen.getByRole('region', { name: 'Take care' })
    const words = getExercise('seated-nerve-glide').precautions
    expect(
      within(takeCare())
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(words)
    expect(words).toContain('Stop if tingling or numbness grows.')
    await user.click(screen.getByRole('button', { name: 'Start' }))
    vi.advanceTimersByTime(8_000)
    expect(takeCare()).toBeVisible()
    expect(within(takeCare()).getByText('Stop if tingling or numbness grows.')).toBeVisible()
    for (const li of document.querySelectorAll('.steps li')) expect(li).toBeVisible()
  })

  it('sends snooze, meeting and a skip with its reason', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Snooze 5 min' }))
    await user.click(screen.getByRole('button', { name: 'In a meeting' }))
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    await user.type(screen.getByLabelText('Why skip? (optional)'), '  on a call  ')
    await user.click(screen.getByRole('button', { name: 'Skip this break' }))
    expect(sent()).toEqual([{ type: 'snooze' }, { type: 'meeting' }, { type: 'skip', reason: 'on a call' }])
  })

  it('the Skip form hides the answers and Start, and Esc or Cancel brings them back', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Skip' }))
    expect(screen.getByLabelText('Why skip? (optional)')).toHaveFocus()
    expect(buttonNames().filter((n) => n !== 'Safety: when to stop')).toEqual(['Skip this break', 'Cancel'])
    expect(document.querySelector('.answers')).not.toBeVisible()
    await user.keyboard('{Escape}')
    expect(screen.queryByLabelText('Why skip? (optional)')).toBeNull()
    expect(screen.getByRole('button', { name: 'Skip' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Start' })).toBeVisible()
    expect(sent()).toEqual([])
  })

  it('Esc snoozes a prompt', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.keyboard('{Escape}')
    expect(sent()).toEqual([{ type: 'snooze' }])
  })

  it('once the prompt is sticky: Snooze is disabled, it says the prompt stays, and Esc sends nothing', async () => {
    const user = userEvent.setup({ delay: null })
    await mount(officeStatus({ phase: 'due', snoozeAllowed: false, promptSticky: true, snoozesInRow: 3 }))
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeDisabled()
    expect(screen.getByText('This reminder stays until you answer it.')).toBeVisible()
    await user.keyboard('{Escape}')
    expect(sent()).toEqual([])
    expect(requests('card:close')).toEqual([])
  })

  it('times each hold, then asks how it felt; Sharp finishes the break, is recorded, and leaves only Close', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(sent()).toEqual([{ type: 'start-break' }])
    expect(step()).toBe('Left side: hold')
    vi.advanceTimersByTime(44_000)
    expect(document.querySelector('.timer-value')).toHaveTextContent('1')
    vi.advanceTimersByTime(1_500)
    expect(step()).toBe('Relax, then right side')
    vi.advanceTimersByTime(5_000)
    expect(step()).toBe('Right side: hold')
    vi.advanceTimersByTime(45_000)
    expect(screen.getByRole('heading', { name: 'How did that feel?' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Fine' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Sharp' }))
    expect(sent().at(-1)).toEqual({ type: 'finish-break' })
    expect(requests('card:feedback')).toEqual([{ exerciseId: 'seated-piriformis', rating: 'sharp' }])
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Dial back now/))
    expect(buttonNames()).toEqual(['Safety: when to stop', 'Close'])
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(requests('card:close')).toHaveLength(1)
  })

  it('rates with the keys 1, 2, 3 as the player does; Done finishes without a rating', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    runToEnd()
    await user.keyboard('2')
    expect(requests('card:feedback')).toEqual([{ exerciseId: 'seated-piriformis', rating: 'sore' }])

    disconnect()
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    runToEnd()
    await user.click(screen.getByRole('button', { name: 'Done' }))
    expect(sent()).toEqual([{ type: 'start-break' }, { type: 'finish-break' }])
    expect(requests('card:feedback')).toEqual([])
    expect(buttonNames()).toEqual(['Safety: when to stop', 'Close'])
  })

  it('a finished card closes itself after a minute, and a new prompt on an open card starts afresh', async () => {
    await mount()
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] })
    const press = (name: string) => screen.getByRole('button', { name }).click()
    press('Start')
    runToEnd()
    press('Done')
    vi.advanceTimersByTime(FINISHED_CARD_CLOSES_MS - 1_000)
    expect(requests('card:close')).toEqual([])
    // The same stretch again (a safety stop leaves only the walk): the card offers it anew.
    fake.emit('office:status', DUE)
    expect(screen.getByRole('button', { name: 'Start' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Snooze 5 min' })).toBeVisible()
    vi.advanceTimersByTime(5_000)
    expect(requests('card:close')).toEqual([])

    press('Start')
    runToEnd()
    press('Done')
    vi.advanceTimersByTime(FINISHED_CARD_CLOSES_MS)
    expect(requests('card:close')).toHaveLength(1)
  })

  it('a break under way (Take a break now, or started) offers Close, never Snooze or Skip; Esc closes it', async () => {
    const user = userEvent.setup({ delay: null })
    await mount(ON_BREAK)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A short break')
    expect(buttonNames()).toEqual(['Safety: when to stop', 'Start', 'Another stretch', 'Close'])
    await user.click(screen.getByRole('button', { name: 'Start' }))
    expect(buttonNames()).toEqual(['Safety: when to stop', 'Back', 'Pause', 'Next', 'Close'])
    await user.keyboard('{Escape}')
    expect(requests('card:close')).toHaveLength(1)
    expect(sent()).toEqual([{ type: 'start-break' }])
  })

  it('a prompt started from the card drops its Snooze/Skip/In a meeting once the break is under way', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    fake.emit('office:status', ON_BREAK)
    expect(screen.queryByRole('button', { name: 'Snooze 5 min' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Close' })).toBeVisible()
  })

  it('"Another stretch" asks main for a different one, shows it, and keeps focus on the button', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Another stretch' }))
    await vi.waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Seated nerve glide' })).toBeVisible())
    expect(requests('card:another-stretch')).toHaveLength(1)
    expect(screen.queryByText('Seated piriformis stretch')).toBeNull()
    expect(screen.getByRole('button', { name: 'Another stretch' })).toHaveFocus()
    expect(screen.getByText('Now: Seated nerve glide.')).toBeInTheDocument()
  })

  it('offers no "Another stretch" when nothing else is allowed', async () => {
    await mount(DUE, { ...piriformis, canSwap: false })
    expect(screen.queryByRole('button', { name: 'Another stretch' })).toBeNull()
  })

  it('with an emergency warning sign it offers no stretch, says to get urgent care, and offers Close', async () => {
    const user = userEvent.setup({ delay: null })
    await mount(
      DUE,
      {
        exerciseId: 'stand-and-walk',
        name: 'Stand up and walk',
        dose: { reps: 1, durationSeconds: 120, repSeconds: 0, sets: 1, sides: 1, alternate: false, restSeconds: 0 },
        gentler: false,
        canSwap: false,
        urgentCare: true
      },
      'No stretch for now'
    )
    expect(screen.getByText(/Get emergency care now/)).toBeVisible()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Please get checked first')
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull()
    expect(screen.queryByText('Stand up and walk')).toBeNull()
    expect(screen.queryByRole('img')).toBeNull()
    expect(buttonNames()).toEqual(['Safety: when to stop', 'Close'])
    await user.keyboard('{Escape}')
    expect(requests('card:close')).toHaveLength(1)
  })

  it('pause stops time; Space and the arrow keys control the timer from the keyboard', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Start' }))
    vi.advanceTimersByTime(10_000)
    await user.click(screen.getByRole('button', { name: 'Pause' }))
    const value = document.querySelector('.timer-value')!.textContent
    vi.advanceTimersByTime(30_000)
    expect(document.querySelector('.timer-value')!.textContent).toBe(value)
    ;(document.activeElement as HTMLElement).blur()
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument()
    ;(document.activeElement as HTMLElement).blur()
    await user.keyboard('{ArrowRight}')
    expect(step()).toBe('Relax, then right side')
    await user.keyboard('{ArrowLeft}')
    expect(step()).toBe('Left side: hold')
  })

  it('leads to the Safety screen in the main window', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    await user.click(screen.getByRole('button', { name: 'Safety: when to stop' }))
    expect(requests('window:open-main')).toEqual([{ route: 'safety' }])
  })

  it('every answer is reachable with Tab alone, in reading order', async () => {
    const user = userEvent.setup({ delay: null })
    await mount()
    const names: string[] = []
    for (let i = 0; i < 6; i++) {
      await user.tab()
      names.push((document.activeElement as HTMLElement).textContent ?? '')
    }
    expect(names).toEqual(['Safety: when to stop', 'Start', 'Another stretch', 'Snooze 5 min', 'Skip', 'In a meeting'])
    expect(getByRole(document.body, 'main')).toBeInTheDocument()
  })
})
