// The stretch on the break card: drawing, cues, and a guided timer (Start, then Back / Pause / Next).
import { findExercise } from '@shared/content/catalogue'
import type { BreakSuggestionView } from '@shared/contract'
import { drawingSideAt, drawingTreeFor, type DrawingSide } from '@shared/drawings'
import { currentRep, exerciseScript, segmentLabel, type Segment } from '@shared/player/exercise-script'
import { initialTimer, secondsLeft, timerReducer, type TimerAction, type TimerState } from '@shared/player/guided-timer'
import { prefersStillDrawings, svgElement } from '../components/drawing-dom'
import '../components/ExerciseDrawing.css'
import { button, el } from './dom'

const TICK_MS = 250

export class StretchPanel {
  readonly root: HTMLElement
  private readonly script: Segment[]
  private timer: TimerState = initialTimer(false)
  private interval: ReturnType<typeof setInterval> | null = null
  private lastTick = 0
  private readonly timerBox = el('div', { class: 'timer' })
  private readonly controls = el('div', { class: 'button-row' })
  private readonly art = el('div', { class: 'drawing card-drawing' })
  private drawnSide: DrawingSide | null = null

  constructor(
    private readonly suggestion: BreakSuggestionView,
    private readonly onStart: () => void,
    private readonly onFinish: () => void
  ) {
    this.script = exerciseScript(suggestion.dose)
    const exercise = findExercise(suggestion.exerciseId)
    this.drawSide(drawingSideAt(this.script, 0))
    this.root = el(
      'section',
      { class: 'stretch', 'aria-labelledby': 'stretch-name' },
      el('h2', { id: 'stretch-name' }, suggestion.name),
      this.art,
      suggestion.gentler && exercise ? el('p', { class: 'hint' }, exercise.gentlerVariant.text) : null,
      exercise ? el('ol', { class: 'steps' }, ...exercise.steps.map((step) => el('li', {}, step))) : null,
      exercise ? el('p', { class: 'hint' }, exercise.feel) : null,
      this.timerBox,
      this.controls
    )
    this.controls.append(button('Start', () => this.start(), { class: 'primary', id: 'start' }))
  }

  get started(): boolean {
    return this.interval !== null || this.timer.running || this.timer.index > 0 || this.timer.elapsedMs > 0
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
    this.root.querySelector('.steps')?.setAttribute('hidden', '')
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
    this.timer = timerReducer(this.script, this.timer, action)
    if (this.timer.running) this.startTicking()
    else this.stopTicking()
    this.render()
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
        el('p', { class: 'timer-step' }),
        el(
          'p',
          { class: 'timer-big', 'aria-hidden': 'true' },
          el('span', { class: 'timer-value' }),
          el('span', { class: 'timer-unit' })
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
    if (this.timer.done && !this.controls.querySelector('#done')) {
      const done = button('Done', () => this.onFinish(), { class: 'primary', id: 'done' })
      this.controls.replaceChildren(done)
      this.root.append(el('p', { class: 'well-done' }, 'Well done. Your back thanks you.'))
      done.focus()
    }
  }
}
