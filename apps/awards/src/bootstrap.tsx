import { createRoot } from 'react-dom/client';

// A desk is used inside the shell (http://127.0.0.1:4200/awards); opened alone it says so.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <p style={{ fontFamily: 'sans-serif', padding: 24 }}>
      This is the awards desk of dx-suite. Open it through the shell: <a href="http://127.0.0.1:4200/awards">/awards</a>
    </p>,
  );
}
