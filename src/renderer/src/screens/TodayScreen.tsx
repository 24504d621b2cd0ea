// Today: how long you have been sitting, what to do about it, what you have done today and what is
// next, and (at home) today's programme.
import { statusLine } from '@shared/office-text'
import { FirstRunQuestions } from '../components/FirstRunQuestions'
import { OfficeActions } from '../components/OfficeActions'
import { SafetyStopCard } from '../components/SafetyStopCard'
import { SittingRing } from '../components/SittingRing'
import { useLiveValue } from '../hooks/use-channel'
import { useHomeState } from '../hooks/use-home-state'
import { ProgrammeCard } from '../home/ProgrammeCard'
import { href } from '../router'
import { DayCard } from '../today/DayCard'
import { WelcomeDone } from '../today/WelcomeDone'

/** justWelcomed: the welcome just ended here, so Today says what was set up. */
export function TodayScreen({ justWelcomed = false }: { justWelcomed?: boolean }) {
  const status = useLiveValue('office:get-status', 'office:status')
  const [home, setHome] = useHomeState()
  const stopped = home !== null && !home.safety.verdict.exerciseAllowed
  return (
    <section className="screen" aria-labelledby="today-title">
      <h1 id="today-title" tabIndex={-1}>
        Today
      </h1>
      {home && justWelcomed && <WelcomeDone state={home} status={status} />}
      {home && !home.firstRunDone && (
        <>
          <p className="hint">
            New to Limber? <a href={href('welcome')}>Take the two-minute welcome</a>.
          </p>
          <FirstRunQuestions onAnswered={setHome} />
        </>
      )}
      {home && stopped && <SafetyStopCard verdict={home.safety.verdict} />}
      <section className="card office-card" aria-labelledby="office-title">
        <h2 id="office-title">At the desk</h2>
        {status ? (
          <div className="office-status">
            <SittingRing
              progress={status.progress}
              label={`${Math.round(status.progress * 100)}% of your ${status.sitLimitMinutes}-minute sitting limit`}
            />
            <div>
              <p className="status-line" aria-live="polite">
                {statusLine(status)}
              </p>
              <p className="hint">Limber reminds you to stand up every {status.sitLimitMinutes} minutes.</p>
              <OfficeActions status={status} />
            </div>
          </div>
        ) : (
          <p>Loading…</p>
        )}
      </section>
      {home && home.firstRunDone && <DayCard state={home} />}
      {home && home.firstRunDone && !stopped && <ProgrammeCard state={home} onState={setHome} />}
    </section>
  )
}
