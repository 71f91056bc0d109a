import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'migration-widgets/react';

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

createRoot(document.getElementById('app')!).render(<App />);
