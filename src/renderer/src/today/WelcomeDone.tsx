// Shown on Today right after the welcome: what is set up, and what happens next.
import type { HomeState } from '@shared/home/home-state'
import type { OfficeStatus } from '@shared/office-status'

export function WelcomeDone({ state, status }: { state: HomeState; status: OfficeStatus | null }) {
  const stopped = !state.safety.verdict.exerciseAllowed
  return (
    <section className="card welcome-done" aria-labelledby="welcome-done-title" role="status">
      <h2 id="welcome-done-title">You are set up</h2>
      {stopped ? (
        <p>Your answers are saved. Please read the advice below first; reminders to stand up carry on.</p>
      ) : (
        <p>
          Limber will remind you to stand up
          {status ? ` every ${status.sitLimitMinutes} minutes` : ''}. Your first check-in is saved, so Progress can show
          what changes from today. Your next step is under “Your day so far”.
        </p>
      )}
    </section>
  )
}
