import { currentPath } from './router.js';

/** Keeps a list page's filters in its address (so back, reload and a shared link show the same list). */
export function replaceQuery(values) {
  const path = currentPath().split('?')[0];
  const query = new URLSearchParams();
  Object.entries(values).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '' && value !== false) query.set(key, value);
  });
  const search = query.toString();
  history.replaceState(null, '', `#${path}${search ? `?${search}` : ''}`);
}
