import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import 'migration-widgets/solid';

function App() {
  const [pausedAt, setPausedAt] = createSignal<number>();
  return (
    <main>
      <migration-stat-card fact="international-migrants" variant="compact" no-animation />
      <migration-summary-panel prop:headingLevel={3} collapsed />
      <migration-remittance-counter on:migration-counter-pause={(event) => setPausedAt(event.amount)} />
      <output>{pausedAt() === undefined ? '' : `Paused at ${pausedAt()}`}</output>
    </main>
  );
}

render(() => <App />, document.getElementById('app')!);
