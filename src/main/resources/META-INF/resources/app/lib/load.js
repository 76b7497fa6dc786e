// Heavy libraries (bpmn-js, Chart.js) load only on the pages that need them: a <script src> or <link> added
// once from here, same-origin, so the Content-Security-Policy allows it without any inline code.
const pending = new Map();

function once(url, create) {
  if (!pending.has(url)) {
    pending.set(url, new Promise((resolve, reject) => {
      const element = create();
      element.addEventListener('load', () => resolve(), { once: true });
      element.addEventListener('error', () => {
        pending.delete(url);
        element.remove();
        reject(new Error(`Could not load ${url}`));
      }, { once: true });
      document.head.append(element);
    }));
  }
  return pending.get(url);
}

/** Loads a classic script (a UMD bundle that sets a global) once; resolves when it has run. */
export function loadScript(url) {
  return once(url, () => {
    const script = document.createElement('script');
    script.src = url;
    return script;
  });
}

/** Adds a stylesheet once; resolves when it applies. */
export function loadStyle(url) {
  return once(url, () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    return link;
  });
}
