// Entry of the break card window.
import '../styles.css'
import './break-card.css'
import { BreakCardView } from './break-card'

new BreakCardView(document.getElementById('root')!, window.limber).connect()
