// The bearer token lives in sessionStorage: readable only by this origin, gone when the tab closes or on
// sign-out, and never sent automatically (so no cross-site request can use it, unlike a cookie).
const KEY = 'vt.session';
const RETURN_KEY = 'vt.returnTo';

export function session() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

export function startSession(tokenResponse, username) {
  sessionStorage.setItem(KEY, JSON.stringify({
    token: tokenResponse.accessToken,
    username,
    roles: tokenResponse.roles || [],
    agency: tokenResponse.agency || null,
    expiresAt: Date.now() + tokenResponse.expiresIn * 1000,
  }));
}

export function endSession() {
  sessionStorage.removeItem(KEY);
}

export function hasRole(...roles) {
  const current = session();
  return !!current && roles.some((role) => current.roles.includes(role));
}

/** Where to go back to after signing in again. */
export function rememberReturn(path) {
  if (path && !path.startsWith('/sign-in')) sessionStorage.setItem(RETURN_KEY, path);
}

export function takeReturn() {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return path;
}
