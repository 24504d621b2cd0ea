// Today's "your day" card: routine done, breaks taken of those prompted, walking, the check-in, and the
// one thing to do next.
import { findBuiltInRoutine } from '@shared/content/routines'
import type { HomeState } from '@shared/home/home-state'
import { href } from '../router'

function routineName(state: HomeState, id: string): string {
  return findBuiltInRoutine(id)?.name ?? state.customRoutines.find((r) => r.id === id)?.name ?? 'A routine'
}

/** "09:12" from an ISO time, in the user's local time. */
function clock(iso: string): string {
  const d = new Date(iso)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

function Done({ done, children }: { done: boolean; children: React.ReactNode }) {
  return (
    <li className={done ? 'day-item done' : 'day-item'}>
      <span className="day-mark" aria-hidden="true">
        {done ? '✓' : '○'}
      </span>
      <span>{children}</span>
    </li>
  )
}

/** The next step, in order of what helps most: the daily check-in, today's routine, the walk. */
function nextStep(state: HomeState): { text: string; link: string; label: string } | null {
  const { day, programme } = state
  const exercise = state.firstRunDone && state.safety.verdict.exerciseAllowed
  if (day.checkInAt === null) {
    return { text: 'Do today’s check-in. It takes under a minute.', link: href('checkin'), label: 'Check in now' }
  }
  const routine = programme ? findBuiltInRoutine(programme.today.routineId) : undefined
  if (exercise && routine && !day.routinesDone.includes(routine.id)) {
    return {
      text: `When you have a few minutes, play today’s ${routine.name.toLowerCase()}.`,
      link: href('player', routine.id),
      label: `Start the ${routine.name.toLowerCase()}`
    }
  }
  const walk = programme?.today.walkMinutes ?? 0
  if (walk > 0 && day.walkingMinutes < walk) {
    return {
      text: `Go for an easy walk: ${walk - day.walkingMinutes} more minutes would meet today’s ${walk}.`,
      link: href('checkin'),
      label: 'Log a walk'
    }
  }
  return null
}

export function DayCard({ state }: { state: HomeState }) {
  const { day } = state
  const next = nextStep(state)
  const routines = day.routinesDone.map((id) => routineName(state, id))
  return (
    <section className="card day-card" aria-labelledby="day-title">
      <h2 id="day-title">Your day so far</h2>
      <ul className="day-list">
        <Done done={routines.length > 0}>
          {routines.length > 0 ? `${[...new Set(routines)].join(', ')}: done` : 'No routine played yet today'}
        </Done>
        <Done done={day.breaksTaken > 0 || day.naturalBreaks > 0}>
          {day.breaksPrompted > 0
            ? `${day.breaksTaken} of ${day.breaksPrompted} ${day.breaksPrompted === 1 ? 'reminder' : 'reminders'} answered with a break`
            : 'No stand-up reminder yet today'}
          {day.naturalBreaks > 0 &&
            `, and ${day.naturalBreaks} ${day.naturalBreaks === 1 ? 'break' : 'breaks'} on your own`}
        </Done>
        <Done done={day.walkingMinutes > 0}>
          {day.walkingMinutes > 0 ? `${day.walkingMinutes} min walked` : 'No walk logged yet'}
        </Done>
        <Done done={day.checkInAt !== null}>
          {day.checkInAt !== null ? `Checked in at ${clock(day.checkInAt)}` : 'Check-in due today'}
        </Done>
      </ul>
      <p className="next-step">
        <strong>Next: </strong>
        {next ? (
          <>
            {next.text} <a href={next.link}>{next.label}</a>
          </>
        ) : (
          'You have done today’s plan. Keep standing up when Limber reminds you.'
        )}
      </p>
    </section>
  )
}
