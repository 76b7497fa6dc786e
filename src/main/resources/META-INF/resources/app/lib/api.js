import { session, endSession } from './session.js';
import { violationMessage } from './errors.js';

/** A refused or failed call: status 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.violations = Array.isArray(problem?.violations) ? problem.violations : [];
  }

  /**
   * The violations matched to the form's fields ({name: message}) and the rest (messages), in the reader's language.
   * The server names fields by their path (create.input.titleVi, fields.decisionDate, sectors[0].share): the last
   * matching segment decides.
   */
  fieldErrors(names) {
    const byField = {};
    const other = [];
    for (const violation of this.violations) {
      const path = violation.field || '';
      const name = names.find((n) => path === n || path.endsWith(`.${n}`) || path.startsWith(`${n}[`)
        || path.includes(`.${n}[`));
      if (name && !byField[name]) byField[name] = violationMessage(violation);
      else if (!name) other.push(violationMessage(violation));
    }
    return { byField, other };
  }
}

export const SESSION_EXPIRED = 'vt-session-expired';

function headers(extra = {}) {
  const result = { Accept: 'application/json, application/problem+json', ...extra };
  const token = session()?.token;
  if (token) result.Authorization = `Bearer ${token}`;
  return result;
}

function url(path, query) {
  const target = new URL(path, location.origin);
  Object.entries(query || {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') target.searchParams.set(key, value);
  });
  return target;
}

async function failure(response) {
  if (response.status === 401 && session()) {
    endSession();
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED));
  }
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  return new ApiError(response.status, problem);
}

/** Calls the API; resolves to the JSON answer (null for 204) or rejects with an ApiError. */
export async function api(path, { method = 'GET', body, query, accept } = {}) {
  const extra = accept ? { Accept: accept } : {};
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob) && typeof body !== 'string') {
    extra['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  } else if (typeof body === 'string') {
    extra['Content-Type'] = 'text/csv; charset=UTF-8';
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers: headers(extra), body: payload });
  } catch {
    throw new ApiError(0, null);
  }
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : response.blob();
}

/** Downloads a file the API serves (it needs the token, so a plain link cannot fetch it). */
export async function download(path, query, fallbackName) {
  let response;
  try {
    response = await fetch(url(path, query), { headers: headers({ Accept: '*/*' }) });
  } catch {
    throw new ApiError(0, null);
  }
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('content-disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return name;
}

/** A multipart upload that reports progress (fetch cannot), for large dossier documents. */
export function upload(path, formData, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url(path));
    Object.entries(headers()).forEach(([key, value]) => request.setRequestHeader(key, value));
    request.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    request.onerror = () => reject(new ApiError(0, null));
    request.onload = () => {
      let answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        // empty or not JSON
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(answer);
        return;
      }
      if (request.status === 401 && session()) {
        endSession();
        window.dispatchEvent(new CustomEvent(SESSION_EXPIRED));
      }
      reject(new ApiError(request.status, answer));
    };
    request.send(formData);
  });
}
