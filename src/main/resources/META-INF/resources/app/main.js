import { loadMessages } from './lib/i18n.js';
import { currentPath, resolve } from './lib/router.js';
import './routes.js';

// The messages, the frame and the page the address asks for load side by side rather than one after another;
// the frame is defined once the messages are there, so it never shows a message key.
const page = resolve(currentPath());
const [, { AppShell }] = await Promise.all([
  loadMessages(),
  import('./components/app-shell.js'),
  page && !page.route.isPublic ? page.route.load().catch(() => null) : null,
]);
customElements.define('vt-app', AppShell);
