// Today: how long you have been sitting, what to do about it, and (at home) today's programme.
import { statusLine } from '@shared/office-text'
import { FirstRunQuestions } from '../components/FirstRunQuestions'
import { OfficeActions } from '../components/OfficeActions'
import { SafetyStopCard } from '../components/SafetyStopCard'
import { SittingRing } from '../components/SittingRing'
import { useLiveValue } from '../hooks/use-channel'
import { useHomeState } from '../hooks/use-home-state'
import { ProgrammeCard } from '../home/ProgrammeCard'

export function TodayScreen() {
  const status = useLiveValue('office:get-status', 'office:status')
  const [home, setHome] = useHomeState()
  const stopped = home !== null && !home.safety.verdict.exerciseAllowed
  return (
    <section className="screen" aria-labelledby="today-title">
      <h1 id="today-title" tabIndex={-1}>
        Today
      </h1>
      {home && !home.firstRunDone && <FirstRunQuestions onAnswered={setHome} />}
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
      {home && home.firstRunDone && !stopped && <ProgrammeCard state={home} onState={setHome} />}
    </section>
  )
}
