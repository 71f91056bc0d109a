import { Widgets } from './widgets';

export default function Page() {
  return (
    <main>
      <Widgets />
    </main>
  );
}
