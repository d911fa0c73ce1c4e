import { createRoot } from 'react-dom/client';

// A desk is used inside the shell (http://127.0.0.1:4200/tasks); opened alone it says so.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <p style={{ fontFamily: 'sans-serif', padding: 24 }}>
      This is the tasks desk of dx-suite. Open it through the shell: <a href="http://127.0.0.1:4200/tasks">/tasks</a>
    </p>,
  );
}
