// The break card: "time to stand up", one desk-safe stretch with a guided timer and its precautions,
// the answers (Snooze, Skip, In a meeting), and a one-tap rating after the stretch. Shown without
// taking focus; fully usable by keyboard once the user tabs or clicks into it. Plain DOM: it opens
// every 25 minutes, so it must be small and fast.
//
// The window is sized to the card's content (it reports its height on 'card:fit'); where the work
// area is too short, the stretch scrolls and the timer and answers stay in view below it.
import type { BreakSuggestionView, LimberApi } from '@shared/contract'
import type { OfficeStatus, UserAction } from '@shared/office-status'
import type { AppSettings } from '@shared/app-settings'
import type { ExerciseFeedback } from '@shared/progress-events'
import { WARNING_SIGN_INFO } from '@shared/content/warning-signs'
import { minutesLabel } from '@shared/office-text'
import { SKIP_REASON_MAX } from '@shared/user-text-limits'
import { button, el } from './dom'
import { StretchPanel } from './stretch-panel'

/** A finished card closes itself after this long, so an always-on-top window never lingers. */
export const FINISHED_CARD_CLOSES_MS = 60_000

/** offer: before Start; stretching: the timer runs; rate: the timer ran out; finished: Done or rated. */
type Stage = 'offer' | 'stretching' | 'rate' | 'finished'

/** The same three answers, words and keys as the player's after-exercise prompt. */
const RATINGS: { rating: ExerciseFeedback; key: string; label: string }[] = [
  { rating: 'fine', key: '1', label: 'Fine' },
  { rating: 'sore', key: '2', label: 'Sore' },
  { rating: 'sharp', key: '3', label: 'Sharp' }
]

const URGENT_ADVICE =
  WARNING_SIGN_INFO.find((s) => s.severity === 'emergency')?.advice ??
  'Get emergency care now: call your emergency number or go to an emergency department.'

export class BreakCardView {
  private status: OfficeStatus | null = null
  private suggestion: BreakSuggestionView | null = null
  private stage: Stage = 'offer'
  private snoozeMinutes = 5
  private panel: StretchPanel | null = null
  private skipForm: HTMLFormElement | null = null
  private lastFit = 0
  private closeTimer: ReturnType<typeof setTimeout> | null = null
  private readonly title = el('h1', { id: 'card-title' }, 'A short break')
  private readonly subtitle = el('p', { class: 'status-line' })
  private readonly sticky = el('p', { class: 'hint', hidden: true }, 'This reminder stays until you answer it.')
  private readonly header = el('header', { class: 'card-header' }, this.title, this.subtitle, this.sticky)
  private readonly stretchSlot = el('div', { class: 'stretch-slot' })
  private readonly content: HTMLElement
  private readonly dockSlot = el('div', { class: 'dock-slot' })
  private readonly answers = el('div', { class: 'button-row answers' })
  private readonly live = el('p', { class: 'visually-hidden', 'aria-live': 'polite' })
  private readonly dock: HTMLElement
  private readonly snooze = button('Snooze 5 min', () => this.act({ type: 'snooze' }), {
    id: 'snooze',
    'aria-keyshortcuts': 'Escape'
  })
  private readonly skip = button('Skip', () => this.showSkipForm(), { id: 'skip' })
  private readonly meeting = button('In a meeting', () => this.act({ type: 'meeting' }), { id: 'meeting' })
  private readonly close = button('Close', () => this.closeCard(), { id: 'close', 'aria-keyshortcuts': 'Escape' })
  private readonly another = button('Another stretch', () => void this.anotherStretch(), { id: 'another' })

  constructor(
    private readonly root: HTMLElement,
    private readonly api: LimberApi
  ) {
    // Every screen that gives exercise advice leads to the safety advice.
    const safety = button('Safety: when to stop', () => void this.api.invoke('window:open-main', { route: 'safety' }), {
      class: 'link-button',
      id: 'safety'
    })
    this.content = el('div', { class: 'card-content' }, this.stretchSlot, el('p', { class: 'card-footer' }, safety))
    this.dock = el('div', { class: 'card-dock' }, this.dockSlot, this.answers, this.live)
    root.replaceChildren(
      el(
        'main',
        { class: 'break-card', 'aria-labelledby': 'card-title' },
        this.header,
        el('div', { class: 'card-scroll' }, this.content),
        this.dock
      )
    )
    root.ownerDocument.addEventListener('keydown', (e) => this.handleKey(e))
    this.renderAnswers()
  }

  /** Loads the current state and follows main's pushes. Returns a function that stops following. */
  connect(): () => void {
    const offs = [
      this.api.on('office:status', (s) => this.setStatus(s)),
      this.api.on('office:break', (b) => this.setSuggestion(b)),
      this.api.on('settings:changed', (s) => this.setSettings(s))
    ]
    void this.api.invoke('office:get-status').then((s) => this.setStatus(s))
    void this.api.invoke('office:get-break').then((b) => this.setSuggestion(b))
    void this.api.invoke('settings:get').then((s) => this.setSettings(s))
    const stopFitting = this.fitWindow()
    return () => {
      for (const off of offs) off()
      stopFitting()
      this.cancelAutoClose()
      this.panel?.dispose()
    }
  }

  setStatus(status: OfficeStatus): void {
    this.status = status
    // A new prompt reaches a card left open after its break: start afresh, even with the same stretch.
    if (status.phase === 'due' && this.stage === 'finished' && this.suggestion) {
      const again = this.suggestion
      this.suggestion = null
      this.setSuggestion(again)
    }
    this.renderHeader()
    this.renderAnswers()
  }

  setSettings(settings: AppSettings): void {
    this.snoozeMinutes = settings.office.snoozeMinutes
    this.snooze.textContent = `Snooze ${this.snoozeMinutes} min`
  }

  setSuggestion(suggestion: BreakSuggestionView | null): void {
    if (suggestion && this.suggestion?.exerciseId === suggestion.exerciseId && this.panel) return
    const swapped = this.suggestion !== null && suggestion !== null && this.stage === 'offer'
    this.panel?.dispose()
    this.panel = null
    this.suggestion = suggestion
    this.stage = 'offer'
    this.cancelAutoClose()
    this.hideSkipForm(false)
    if (!suggestion) {
      this.stretchSlot.replaceChildren(el('p', {}, 'Stand up, walk a few steps and stretch gently.'))
      this.dockSlot.replaceChildren()
    } else if (suggestion.urgentCare) {
      // An emergency warning sign: no stretch, no walk; what to do now and how reminders come back.
      this.stretchSlot.replaceChildren(
        el(
          'section',
          { class: 'urgent', 'aria-labelledby': 'urgent-title' },
          el('h2', { id: 'urgent-title' }, 'No stretch for now'),
          el('p', { class: 'urgent-advice' }, URGENT_ADVICE),
          el(
            'p',
            {},
            'Limber has stopped exercise advice and stand-up reminders. Once a doctor has checked you, the Safety page says how to switch them back on.'
          )
        )
      )
      this.dockSlot.replaceChildren()
    } else {
      this.panel = new StretchPanel(
        suggestion,
        () => this.startStretch(),
        () => this.askRating(),
        suggestion.canSwap ? [this.another] : []
      )
      this.stretchSlot.replaceChildren(this.panel.body)
      this.dockSlot.replaceChildren(this.panel.dock)
      if (swapped) this.live.textContent = `Now: ${suggestion.name}.`
    }
    this.renderHeader()
    this.renderAnswers()
  }

  /** The title says what the card is for now: a prompt, a break asked for, or urgent care. */
  private renderHeader(): void {
    const status = this.status
    const prompted = status?.phase === 'due'
    if (this.suggestion?.urgentCare) {
      this.title.textContent = 'Please get checked first'
      this.subtitle.textContent = ''
      this.sticky.hidden = true
      return
    }
    this.title.textContent = prompted ? 'Time to stand up' : 'A short break'
    this.subtitle.textContent =
      prompted && status ? `You have been sitting for ${minutesLabel(status.sittingMinutes)}.` : ''
    this.subtitle.hidden = this.subtitle.textContent === ''
    this.sticky.hidden = !(prompted && status?.promptSticky)
  }

  /**
   * A pending prompt offers Snooze, Skip and In a meeting. A break under way (asked for with "Take a
   * break now", or started from the prompt), a finished one and the urgent-care card offer Close only.
   */
  private renderAnswers(): void {
    // Until main's status arrives, a card is taken to be a prompt: that is why nearly every card opens.
    const due = this.status === null || this.status.phase === 'due'
    const prompted = due && this.stage === 'offer' && !this.suggestion?.urgentCare
    this.snooze.disabled = !(this.status?.snoozeAllowed ?? true)
    const wanted = this.stage === 'rate' ? [] : prompted ? [this.snooze, this.skip, this.meeting] : [this.close]
    const current = [...this.answers.children]
    if (current.length !== wanted.length || current.some((c, i) => c !== wanted[i])) {
      const hadFocus = current.some((c) => c === this.root.ownerDocument.activeElement)
      this.answers.replaceChildren(...wanted)
      if (hadFocus) wanted[0]?.focus()
    }
    this.answers.hidden = wanted.length === 0 || this.skipForm !== null
  }

  private startStretch(): void {
    this.stage = 'stretching'
    this.act({ type: 'start-break' })
    this.renderAnswers()
  }

  /** The timer ran out: one tap says how it felt and finishes the break; Done finishes without a rating. */
  private askRating(): void {
    this.stage = 'rate'
    const heading = el('h2', { id: 'rate-title', tabindex: -1 }, 'How did that feel?')
    const choices = RATINGS.map((r) =>
      button(r.label, () => void this.finish(r.rating), {
        class: `rating rating-${r.rating}`,
        'aria-keyshortcuts': r.key,
        'aria-describedby': r.rating === 'sharp' ? 'sharp-hint' : undefined
      })
    )
    this.dockSlot.replaceChildren(
      el(
        'section',
        { class: 'rate', 'aria-labelledby': 'rate-title' },
        el('p', { class: 'well-done' }, 'Well done. Your back thanks you.'),
        heading,
        el('div', { class: 'button-row ratings' }, ...choices),
        el('p', { class: 'hint', id: 'sharp-hint' }, 'Sharp: shooting pain, or pain spreading down the leg.'),
        el(
          'div',
          { class: 'button-row' },
          button('Done', () => void this.finish(null), { id: 'done' })
        )
      )
    )
    this.renderAnswers()
    choices[0]?.focus()
  }

  /** Done, with or without a rating: the break is finished; afterwards the card offers Close only. */
  private async finish(rating: ExerciseFeedback | null): Promise<void> {
    if (this.stage !== 'rate') return
    this.stage = 'finished'
    this.act({ type: 'finish-break' })
    const said = el('p', { class: 'rating-reply', role: 'status' })
    this.dockSlot.replaceChildren(
      el('section', { class: 'finished' }, el('p', { class: 'well-done' }, 'Break done. Well done.'), said)
    )
    this.renderAnswers()
    this.close.focus()
    this.closeTimer = setTimeout(() => this.closeCard(), FINISHED_CARD_CLOSES_MS)
    const exerciseId = this.suggestion?.exerciseId
    if (rating === null || !exerciseId) return
    try {
      const reply = await this.api.invoke('card:feedback', { exerciseId, rating })
      said.textContent = reply.message ?? 'Thanks: noted as fine.'
      if (rating === 'sharp' || reply.linkToSafety) said.classList.add('rating-sharp-reply')
    } catch (error) {
      said.textContent = error instanceof Error ? error.message : 'The rating could not be saved.'
    }
  }

  private async anotherStretch(): Promise<void> {
    if (this.stage !== 'offer') return
    const next = await this.api.invoke('card:another-stretch')
    this.setSuggestion(next)
    this.another.focus()
  }

  private cancelAutoClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer)
    this.closeTimer = null
  }

  private closeCard(): void {
    this.cancelAutoClose()
    // A card closed while asking for the rating was still a finished stretch.
    if (this.stage === 'rate') this.act({ type: 'finish-break' })
    void this.api.invoke('card:close')
  }

  /**
   * Esc: closes the Skip form; on a pending prompt it snoozes (and, once snoozing is used up, does
   * nothing: the prompt stays until answered); on any other card (a break under way, finished, or the
   * urgent-care card) it closes the card. 1, 2, 3 rate the stretch once it is done.
   */
  private handleKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault()
      if (this.skipForm) return this.hideSkipForm(true)
      if (this.answers.contains(this.snooze)) {
        if (!this.snooze.disabled) this.act({ type: 'snooze' })
        return
      }
      return this.closeCard()
    }
    if (this.stage === 'rate' && !(event.target instanceof HTMLInputElement)) {
      const rating = RATINGS.find((r) => r.key === event.key)
      if (rating) {
        event.preventDefault()
        void this.finish(rating.rating)
        return
      }
    }
    this.panel?.handleKey(event)
  }

  private act(action: UserAction): void {
    void this.api.invoke('office:act', action)
  }

  private showSkipForm(): void {
    const reason = el('input', {
      id: 'skip-reason',
      class: 'skip-input',
      maxlength: SKIP_REASON_MAX,
      autocomplete: 'off',
      'aria-describedby': 'skip-hint'
    })
    const cancel = button('Cancel', () => this.hideSkipForm(true))
    const form = el(
      'form',
      {
        class: 'skip-form',
        onsubmit: (event: Event) => {
          event.preventDefault()
          const text = reason.value.trim().slice(0, SKIP_REASON_MAX)
          this.act(text ? { type: 'skip', reason: text } : { type: 'skip' })
        }
      },
      el('label', { class: 'field-label', for: 'skip-reason' }, 'Why skip? (optional)'),
      reason,
      el('p', { class: 'hint', id: 'skip-hint' }, 'Your reasons show up in Progress and the report.'),
      el('div', { class: 'button-row' }, el('button', { type: 'submit', class: 'primary' }, 'Skip this break'), cancel)
    )
    this.skipForm = form
    this.dockSlot.hidden = true
    this.answers.hidden = true
    this.answers.after(form)
    reason.focus()
  }

  private hideSkipForm(restoreFocus: boolean): void {
    if (!this.skipForm) return
    this.skipForm.remove()
    this.skipForm = null
    this.dockSlot.hidden = false
    this.renderAnswers()
    if (restoreFocus) this.skip.focus()
  }

  /** Tells main how tall the card's content is, whenever it changes, so the window fits it. */
  private fitWindow(): () => void {
    const view = this.root.ownerDocument.defaultView
    if (!view || typeof view.ResizeObserver !== 'function') return () => undefined
    const card = this.root.querySelector<HTMLElement>('.break-card')!
    const measure = () => {
      const style = view.getComputedStyle(card)
      const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const
      const padding = edges.reduce((sum, edge) => sum + (parseFloat(style[edge]) || 0), 0)
      const gaps = parseFloat(style.rowGap) || 0
      const height = Math.ceil(
        this.header.getBoundingClientRect().height +
          this.content.getBoundingClientRect().height +
          this.dock.getBoundingClientRect().height +
          padding +
          2 * gaps
      )
      if (Math.abs(height - this.lastFit) < 2) return
      this.lastFit = height
      void this.api.invoke('card:fit', { height }).catch(() => undefined)
    }
    const observer = new view.ResizeObserver(measure)
    for (const part of [this.header, this.content, this.dock]) observer.observe(part)
    return () => observer.disconnect()
  }
}
