import type { PropsWithChildren } from 'react'
import './app.scss'

/** The app shell: pages render themselves inside `components/layout/Page`. */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
