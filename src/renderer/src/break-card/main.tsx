// Entry of the break card window.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BreakCard } from './BreakCard'
import '../styles.css'
import './break-card.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BreakCard />
  </StrictMode>
)
