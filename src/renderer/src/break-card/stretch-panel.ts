// The stretch on the break card: what to do (drawing, steps, feel, precautions) and a guided timer
// (Start, then Back / Pause / Next). `body` scrolls with the card's content; `dock` stays in view.
import { findExercise } from '@shared/content/catalogue'
import type { BreakSuggestionView } from '@shared/contract'
import { drawingSideAt, drawingTreeFor, type DrawingSide } from '@shared/drawings'
import { currentRep, exerciseScript, segmentLabel, type Segment } from '@shared/player/exercise-script'
import { initialTimer, secondsLeft, timerReducer, type TimerAction, type TimerState } from '@shared/player/guided-timer'
import { doseText } from '../home/dose-text'
import { prefersStillDrawings, svgElement } from '../components/drawing-dom'
import '../components/ExerciseDrawing.css'
import { button, el } from './dom'

const TICK_MS = 250

export class StretchPanel {
  /** What to do and what to watch for: scrolls inside the card when the window is short. */
  readonly body: HTMLElement
  /** The timer and its controls: always in view, next to the card's answers. */
  readonly dock: HTMLElement
  private readonly script: Segment[]
  private timer: TimerState = initialTimer(false)
  private interval: ReturnType<typeof setInterval> | null = null
  private lastTick = 0
  private readonly timerBox = el('div', { class: 'timer', hidden: true })
  private readonly controls = el('div', { class: 'button-row stretch-controls' })
  /** The precautions: with the steps before the stretch, beside the timer while it runs. */
  private readonly takeCare: HTMLElement | null
  private readonly art = el('div', { class: 'drawing card-drawing' })
  private drawnSide: DrawingSide | null = null

  constructor(
    readonly suggestion: BreakSuggestionView,
    private readonly onStart: () => void,
    /** The timer has run out: the card asks how it felt. */
    private readonly onTimerDone: () => void,
    /** Extra buttons shown beside Start before the stretch begins (Another stretch). */
    beforeStart: HTMLElement[] = []
  ) {
    this.script = exerciseScript(suggestion.dose)
    const exercise = findExercise(suggestion.exerciseId)
    this.drawSide(drawingSideAt(this.script, 0))
    const { timesPerDay: _perDay, ...once } = suggestion.dose
    // The same words as the Exercise page's "Take care", from the one source: the exercise's precautions.
    this.takeCare = exercise
      ? el(
          'section',
          { class: 'take-care', 'aria-labelledby': 'take-care-title' },
          el('h3', { id: 'take-care-title' }, 'Take care'),
          el('ul', {}, ...exercise.precautions.map((p) => el('li', {}, p)))
        )
      : null
    this.body = el(
      'section',
      { class: 'stretch', 'aria-labelledby': 'stretch-name', 'data-exercise': suggestion.exerciseId },
      el('h2', { id: 'stretch-name' }, suggestion.name),
      el('p', { class: 'dose-line' }, doseText(once)),
      this.art,
      suggestion.gentler && exercise
        ? el('p', { class: 'hint' }, `Dialled back after a sharp rating: ${exercise.gentlerVariant.text}`)
        : null,
      // The steps stay in view once started: a glance back at them mid-hold is the point.
      exercise ? el('ol', { class: 'steps' }, ...exercise.steps.map((step) => el('li', {}, step))) : null,
      exercise ? el('p', { class: 'hint feel' }, exercise.feel) : null,
      this.takeCare
    )
    this.dock = el('div', { class: 'stretch-dock' }, this.timerBox, this.controls)
    this.controls.append(
      button('Start', () => this.start(), { class: 'primary', id: 'start' }),
      ...beforeStart
    )
  }

  get started(): boolean {
    return this.interval !== null || this.timer.running || this.timer.index > 0 || this.timer.elapsedMs > 0
  }

  get done(): boolean {
    return this.timer.done
  }

  /** Space pauses, arrows step: only once the stretch is under way and focus is not on a control. */
  handleKey(event: KeyboardEvent): void {
    if (!this.started || this.timer.done) return
    if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLInputElement) return
    const action: TimerAction | null =
      event.key === ' '
        ? { type: 'toggle' }
        : event.key === 'ArrowRight'
          ? { type: 'next' }
          : event.key === 'ArrowLeft'
            ? { type: 'back' }
            : null
    if (!action) return
    event.preventDefault()
    this.dispatch(action)
  }

  dispose(): void {
    this.stopTicking()
  }

  private start(): void {
    this.onStart()
    // During the hold the precautions sit by the timer, so a short (or zoomed) window never scrolls them away.
    if (this.takeCare) this.dock.prepend(this.takeCare)
    this.timerBox.hidden = false
    this.controls.replaceChildren(
      button('Back', () => this.dispatch({ type: 'back' }), { id: 'back' }),
      button('Pause', () => this.dispatch({ type: 'toggle' }), { class: 'primary', id: 'toggle' }),
      button('Next', () => this.dispatch({ type: 'next' }), { id: 'next' })
    )
    this.dispatch({ type: 'resume' })
    this.controls.querySelector<HTMLButtonElement>('#toggle')?.focus()
  }

  /** The same drawing as the home window, built as SVG nodes (no markup), showing the side being worked. */
  private drawSide(side: DrawingSide): void {
    if (side === this.drawnSide) return
    this.drawnSide = side
    const mode = prefersStillDrawings() ? 'panels' : 'animated'
    const drawing = drawingTreeFor(this.suggestion.exerciseId, { mode, side })
    this.art.replaceChildren(...(drawing ? [svgElement(drawing)] : []))
  }

  private dispatch(action: TimerAction): void {
    const wasDone = this.timer.done
    this.timer = timerReducer(this.script, this.timer, action)
    if (this.timer.running) this.startTicking()
    else this.stopTicking()
    this.render()
    if (this.timer.done && !wasDone) {
      this.controls.replaceChildren()
      this.timerBox.hidden = true
      if (this.takeCare) this.body.append(this.takeCare)
      this.onTimerDone()
    }
  }

  private startTicking(): void {
    if (this.interval !== null) return
    this.lastTick = performance.now()
    this.interval = setInterval(() => {
      const now = performance.now()
      const ms = now - this.lastTick
      this.lastTick = now
      this.dispatch({ type: 'tick', ms })
    }, TICK_MS)
  }

  private stopTicking(): void {
    if (this.interval !== null) clearInterval(this.interval)
    this.interval = null
  }

  private render(): void {
    const segment = this.script[this.timer.index]
    if (!segment) return
    this.drawSide(drawingSideAt(this.script, this.timer.index))
    const sets = this.suggestion.dose.sets
    const left = secondsLeft(this.script, this.timer)
    const big =
      segment.kind === 'reps' ? `${currentRep(segment, this.timer.elapsedMs)} / ${segment.reps}` : String(left)
    const unit = segment.kind === 'reps' ? 'repetition' : left === 1 ? 'second' : 'seconds'
    const fraction = Math.min(1, this.timer.elapsedMs / (segment.seconds * 1000))
    const label = segmentLabel(segment, sets)
    const spoken = this.timer.done ? 'Finished.' : `${label}${this.timer.running ? '' : ', paused'}`
    let live = this.timerBox.querySelector<HTMLElement>('[aria-live]')
    if (!this.timerBox.firstChild) {
      live = el('p', { class: 'visually-hidden', 'aria-live': 'polite' })
      this.timerBox.append(
        el(
          'div',
          { class: 'timer-line' },
          el('p', { class: 'timer-step' }),
          el(
            'p',
            { class: 'timer-big', 'aria-hidden': 'true' },
            el('span', { class: 'timer-value' }),
            el('span', { class: 'timer-unit' })
          )
        ),
        live,
        el(
          'div',
          {
            class: 'timer-bar',
            role: 'progressbar',
            'aria-label': 'Step progress',
            'aria-valuemin': 0,
            'aria-valuemax': 100
          },
          el('div', { class: 'timer-bar-fill' })
        )
      )
    }
    this.timerBox.querySelector('.timer-step')!.textContent = label
    this.timerBox.querySelector('.timer-value')!.textContent = big
    this.timerBox.querySelector('.timer-unit')!.textContent = ` ${unit}`
    // Announce a change of step, not every second.
    if (live && live.textContent !== spoken) live.textContent = spoken
    const bar = this.timerBox.querySelector<HTMLElement>('.timer-bar')!
    bar.setAttribute('aria-valuenow', String(Math.round(fraction * 100)))
    bar.querySelector<HTMLElement>('.timer-bar-fill')!.style.width = `${fraction * 100}%`
    const toggle = this.controls.querySelector<HTMLButtonElement>('#toggle')
    if (toggle) toggle.textContent = this.timer.running ? 'Pause' : 'Resume'
  }
}
