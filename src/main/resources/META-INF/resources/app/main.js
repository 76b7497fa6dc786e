import { loadMessages } from './lib/i18n.js';
import './routes.js';

await loadMessages();
await import('./components/app-shell.js');
