// The main window: navigation plus one screen per route. Every screen can reach Safety.
import { useEffect, useRef } from 'react'
import { limber } from './api'
import { NoticeBar } from './components/NoticeBar'
import { navigate, useRoute, type Route } from './router'
import { SettingsScreen } from './screens/SettingsScreen'
import { TodayScreen } from './screens/TodayScreen'
import { ExerciseScreen } from './screens/ExerciseScreen'
import { HabitsScreen } from './screens/HabitsScreen'
import { PlayerScreen } from './screens/PlayerScreen'
import { RoutineEditScreen } from './screens/RoutineEditScreen'
import { RoutinesScreen } from './screens/RoutinesScreen'
import { SafetyScreen } from './screens/SafetyScreen'
import { CheckInScreen } from './screens/CheckInScreen'
import { ProgressScreen } from './screens/ProgressScreen'

interface NavItem {
  route: string
  label: string
}

const NAV: NavItem[] = [
  { route: 'today', label: 'Today' },
  // ----- Home mode -----
  { route: 'routines', label: 'Routines' },
  { route: 'habits', label: 'Daily habits' },
  { route: 'safety', label: 'Safety' },
  // ----- end Home mode -----
  // ----- Progress log -----
  { route: 'checkin', label: 'Check-in' },
  { route: 'progress', label: 'Progress' },
  // ----- end Progress log -----
  { route: 'settings', label: 'Settings' }
]

/** The nav item a route belongs to: an exercise, the player and the editor sit under Routines. */
function navSection(name: string): string {
  return ['exercise', 'player', 'routine-edit'].includes(name) ? 'routines' : name
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'settings':
      return <SettingsScreen />
    // ----- Home mode -----
    case 'routines':
      return <RoutinesScreen />
    case 'routine-edit':
      return <RoutineEditScreen routineId={route.param === 'new' ? null : route.param} />
    case 'exercise':
      return <ExerciseScreen exerciseId={route.param} />
    case 'player':
      return <PlayerScreen key={route.param} routineId={route.param} />
    case 'safety':
      return <SafetyScreen />
    case 'habits':
      return <HabitsScreen />
    // ----- end Home mode -----
    // ----- Progress log -----
    case 'checkin':
      return <CheckInScreen />
    case 'progress':
      return <ProgressScreen />
    // ----- end Progress log -----
    default:
      return <TodayScreen />
  }
}

export function App() {
  const route = useRoute()
  const mainRef = useRef<HTMLElement>(null)

  useEffect(() => limber().on('app:navigate', (target) => navigate(target.replace(/^#?\/?/, ''))), [])
  // Move focus to the new screen's heading so keyboard and screen-reader users know where they are.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [route.name, route.param])

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus() }}>
        Skip to content
      </a>
      <nav className="app-nav" aria-label="Limber">
        <span className="brand" aria-hidden="true">Limber</span>
        <ul>
          {NAV.map((item) => (
            <li key={item.route}>
              <a href={`#/${item.route}`} aria-current={navSection(route.name) === item.route ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <NoticeBar />
        <Screen route={route} />
      </main>
    </div>
  )
}
