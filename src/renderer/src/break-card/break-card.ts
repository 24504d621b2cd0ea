// The break card: "time to stand up", one desk-safe stretch with a guided timer, and the four answers
// (Start, Snooze, Skip, In a meeting). Shown without taking focus; fully usable by keyboard once
// the user tabs or clicks into it. Plain DOM: it opens every 25 minutes, so it must be small and fast.
import type { BreakSuggestionView, LimberApi } from '@shared/contract'
import type { OfficeStatus, UserAction } from '@shared/office-status'
import type { AppSettings } from '@shared/app-settings'
import { minutesLabel } from '@shared/office-text'
import { button, el } from './dom'
import { StretchPanel } from './stretch-panel'

export class BreakCardView {
  private status: OfficeStatus | null = null
  private snoozeMinutes = 5
  private panel: StretchPanel | null = null
  private readonly title = el('h1', { id: 'card-title' }, 'A short break')
  private readonly subtitle = el('p', { class: 'status-line' })
  private readonly sticky = el('p', { class: 'hint', hidden: true }, 'This reminder stays until you answer it.')
  private readonly stretchSlot = el('div')
  private readonly answers = el('div', { class: 'button-row answers' })
  private readonly snooze = button('Snooze 5 min', () => this.act({ type: 'snooze' }), { id: 'snooze' })

  constructor(
    private readonly root: HTMLElement,
    private readonly api: LimberApi
  ) {
    this.answers.append(
      this.snooze,
      button('Skip', () => this.showSkipForm(), { id: 'skip' }),
      button('In a meeting', () => this.act({ type: 'meeting' }), { id: 'meeting' })
    )
    // Every screen that gives exercise advice leads to the safety advice.
    const safety = button('Safety: when to stop', () => void this.api.invoke('window:open-main', { route: 'safety' }), {
      class: 'link-button',
      id: 'safety'
    })
    root.replaceChildren(
      el(
        'main',
        { class: 'break-card', 'aria-labelledby': 'card-title' },
        el('header', {}, this.title, this.subtitle, this.sticky),
        this.stretchSlot,
        this.answers,
        el('p', { class: 'card-footer' }, safety)
      )
    )
    root.ownerDocument.addEventListener('keydown', (e) => this.panel?.handleKey(e))
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
    return () => {
      for (const off of offs) off()
      this.panel?.dispose()
    }
  }

  setStatus(status: OfficeStatus): void {
    this.status = status
    const prompted = status.phase === 'due'
    this.title.textContent = prompted ? 'Time to stand up' : 'A short break'
    this.subtitle.textContent = prompted ? `You have been sitting for ${minutesLabel(status.sittingMinutes)}.` : ''
    this.sticky.hidden = !status.promptSticky
    this.snooze.disabled = !status.snoozeAllowed
  }

  setSettings(settings: AppSettings): void {
    this.snoozeMinutes = settings.office.snoozeMinutes
    this.snooze.textContent = `Snooze ${this.snoozeMinutes} min`
  }

  setSuggestion(suggestion: BreakSuggestionView | null): void {
    if (this.panel && suggestion && this.panel.root.dataset['exercise'] === suggestion.exerciseId) return
    this.panel?.dispose()
    if (!suggestion) {
      this.panel = null
      this.stretchSlot.replaceChildren(el('p', {}, 'Stand up, walk a few steps and stretch gently.'))
      return
    }
    this.panel = new StretchPanel(
      suggestion,
      () => this.act({ type: 'start-break' }),
      () => this.act({ type: 'finish-break' })
    )
    this.panel.root.dataset['exercise'] = suggestion.exerciseId
    this.stretchSlot.replaceChildren(this.panel.root)
  }

  private act(action: UserAction): void {
    void this.api.invoke('office:act', action)
  }

  private showSkipForm(): void {
    const reason = el('input', { id: 'skip-reason', maxlength: 200, autocomplete: 'off' })
    const cancel = button('Cancel', () => {
      this.answers.hidden = false
      form.remove()
      this.answers.querySelector<HTMLButtonElement>('#skip')?.focus()
    })
    const form = el(
      'form',
      {
        class: 'skip-form',
        onsubmit: (event: Event) => {
          event.preventDefault()
          const text = reason.value.trim().slice(0, 200)
          this.act(text ? { type: 'skip', reason: text } : { type: 'skip' })
        }
      },
      el('label', { class: 'field', for: 'skip-reason' }, 'Why skip? (optional)'),
      reason,
      el('div', { class: 'button-row' }, el('button', { type: 'submit', class: 'primary' }, 'Skip this break'), cancel)
    )
    this.answers.hidden = true
    this.answers.after(form)
    reason.focus()
  }
}
