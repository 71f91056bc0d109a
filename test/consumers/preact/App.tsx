import { render } from 'preact';
import { useState } from 'preact/hooks';
import 'migration-widgets/preact';

function App() {
  const [pausedAt, setPausedAt] = useState<number>();
  return (
    <main>
      <migration-stat-card fact="international-migrants" variant="compact" noAnimation />
      <migration-summary-panel headingLevel={3} collapsed />
      <migration-remittance-counter onmigration-counter-pause={(event) => setPausedAt(event.amount)} />
      <output>{pausedAt === undefined ? '' : `Paused at ${pausedAt}`}</output>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
