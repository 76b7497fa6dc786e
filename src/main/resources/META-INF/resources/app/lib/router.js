// Hash routes (#/proposals/12): the server serves one page, so every address works on reload.
const routes = [];

/**
 * pattern: '/proposals/:id'; load: () => import(module) that defines tag; roles: who may open it
 * (empty = any signed-in user); public: no sign-in needed.
 */
export function route(pattern, tag, load, { roles = [], isPublic = false, nav } = {}) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return '([^/]+)'; })}$`);
  routes.push({ pattern, tag, load, roles, isPublic, nav, regex, names });
}

export function routeList() {
  return routes;
}

/** The current path (without '#') and query. */
export function currentPath() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  return hash;
}

export function resolve(fullPath) {
  const [path, search = ''] = fullPath.split('?');
  for (const candidate of routes) {
    const match = candidate.regex.exec(path);
    if (match) {
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      return { route: candidate, params, query: Object.fromEntries(new URLSearchParams(search)) };
    }
  }
  return null;
}

export function navigate(path) {
  if (currentPath() === path) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = `#${path}`;
  }
}

/** A link target for an in-app path. */
export const href = (path) => `#${path}`;
