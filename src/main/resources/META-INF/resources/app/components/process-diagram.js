import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick } from '../lib/i18n.js';
import { loadScript, loadStyle } from '../lib/load.js';
import { formatDate, formatNumber } from '../lib/format.js';
import { processLabels } from '../lib/bpmn-labels.js';

const BPMN_JS = '/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js';
const BPMN_CSS = ['/webjars/bpmn-js/dist/assets/diagram-js.css', '/webjars/bpmn-js/dist/assets/bpmn-font/css/bpmn.css'];

/** bpmn-js, its styles and fonts, loaded once on the first page that draws a diagram. */
export function loadBpmnJs() {
  return Promise.all([loadScript(BPMN_JS), ...BPMN_CSS.map(loadStyle)]).then(() => window.BpmnJS);
}

/**
 * Where a proposal stands in its process: the BPMN drawn by bpmn-js with the current step highlighted and the
 * completed ones marked, a legend, zoom buttons for the keyboard, and the same facts as text (the steps done,
 * the open ones with their working days and due dates) for screen readers and small screens.
 * diagram: {bpmnXml, activeActivityIds, completedActivityIds, openSteps?}; openSteps: the open steps when the
 * API does not list them (a due date is all we know then).
 */
export class ProcessDiagram extends VtElement {
  static properties = {
    diagram: { type: Object },
    fallbackOpenSteps: { type: Array },
    failed: { state: true },
  };

  disconnectedCallback() {
    super.disconnectedCallback();
    this.viewer?.destroy();
    this.viewer = null;
    this.resizeObserver?.disconnect();
  }

  updated(changed) {
    if (changed.has('diagram') && this.diagram) this.draw();
  }

  get labels() {
    if (this.labelsFor !== this.diagram?.bpmnXml) {
      this.labelsFor = this.diagram?.bpmnXml;
      this.cachedLabels = processLabels(this.labelsFor);
    }
    return this.cachedLabels;
  }

  /** The user tasks and events worth naming: ids the process declares, in the order they were reached. */
  stepName(id) {
    const step = this.labels.steps[id];
    return step ? pick(step, 'name') || id : id;
  }

  async draw() {
    const canvasElement = this.querySelector('.diagram-canvas');
    try {
      const BpmnJS = await loadBpmnJs();
      if (!this.isConnected) return;
      this.viewer?.destroy();
      // Larger text than bpmn-js's 12px, so the step names stay readable when the whole process fits the width.
      this.viewer = new BpmnJS({ container: canvasElement,
        textRenderer: { defaultStyle: { fontSize: 16, lineHeight: 1.15 }, externalStyle: { fontSize: 15 } } });
      await this.viewer.importXML(this.diagram.bpmnXml);
      const canvas = this.viewer.get('canvas');
      const registry = this.viewer.get('elementRegistry');
      const active = new Set(this.diagram.activeActivityIds || []);
      for (const id of this.diagram.completedActivityIds || []) {
        if (registry.get(id) && !active.has(id)) canvas.addMarker(id, 'done');
      }
      for (const id of active) {
        if (registry.get(id)) canvas.addMarker(id, 'current');
      }
      this.describeSvg(canvasElement);
      this.fit();
      if (!this.resizeObserver) {
        let width = canvasElement.clientWidth;
        this.resizeObserver = new ResizeObserver(() => {
          if (canvasElement.clientWidth !== width) {
            width = canvasElement.clientWidth;
            this.fit();
          }
        });
        this.resizeObserver.observe(canvasElement);
      }
      this.failed = false;
    } catch (error) {
      this.failed = true;
    }
  }

  /**
   * The drawing is an image to assistive technology, named by the caption and described by the step lists. It is
   * bpmn-js's canvas, not the first svg in the container: that one is the bpmn.io logo's. The logo stays on screen
   * as its licence requires, hidden from assistive technology and out of the tab order (it says nothing about the
   * proposal).
   */
  describeSvg(canvasElement) {
    const svg = canvasElement.querySelector('.djs-container > svg');
    if (!svg) return;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'diagram-caption');
    svg.setAttribute('aria-describedby', 'diagram-text');
    svg.setAttribute('focusable', 'false');
    const logo = canvasElement.querySelector('.bjs-powered-by');
    logo?.setAttribute('aria-hidden', 'true');
    logo?.setAttribute('tabindex', '-1');
  }

  /**
   * The whole process when it is readable at the width we have; on a narrow screen a readable scale centred
   * on the current step (or the last one done), which the buttons and dragging move from.
   */
  fit() {
    const container = this.querySelector('.diagram-canvas');
    // Not laid out (hidden, or leaving the page): nothing to fit, and bpmn-js cannot scale to zero.
    if (!this.viewer || !container?.clientWidth || !container.clientHeight) return;
    const canvas = this.viewer.get('canvas');
    canvas.zoom('fit-viewport', 'auto');
    if (canvas.zoom() >= 0.45) return;
    const registry = this.viewer.get('elementRegistry');
    const ids = [...(this.diagram.activeActivityIds || []), ...[...(this.diagram.completedActivityIds || [])].reverse()];
    const focus = ids.map((id) => registry.get(id)).find((element) => element && element.width);
    const scale = 0.75;
    const box = canvas.viewbox();
    const width = box.outer.width / scale;
    const height = box.outer.height / scale;
    const centreX = focus ? focus.x + focus.width / 2 : box.inner.x + width / 2;
    const centreY = focus ? focus.y + focus.height / 2 : box.inner.y + box.inner.height / 2;
    canvas.viewbox({ x: centreX - width / 2, y: centreY - height / 2, width, height });
  }

  zoomBy(factor) {
    const canvas = this.viewer?.get('canvas');
    if (canvas) canvas.zoom(Math.min(3, Math.max(0.2, canvas.zoom() * factor)));
  }

  openSteps() {
    if (Array.isArray(this.diagram?.openSteps)) return this.diagram.openSteps;
    return this.fallbackOpenSteps || [];
  }

  renderOpenStep(step) {
    const used = step.workingDaysUsed;
    const allowed = step.workingDaysAllowed;
    return html`<li data-testid="open-step">
      <strong>${pick(step, 'name') || this.stepName(step.activityId)}</strong>
      ${used != null && allowed != null ? html`<span class="d-block">${t(step.unit === 'DAYS' ? 'diagram.days' : 'diagram.workingDays', { used: formatNumber(used), allowed: formatNumber(allowed) })}</span>` : ''}
      ${step.dueAt ? html`<span class="d-block">${t('diagram.due', { date: formatDate(step.dueAt) })}
        ${step.overdue ? html` <strong class="tag tag-red">${t('diagram.overdue')}</strong>` : ''}</span>` : ''}
    </li>`;
  }

  render() {
    const d = this.diagram;
    const done = (d?.completedActivityIds || []).filter((id) => this.labels.steps[id]
      && !(d.activeActivityIds || []).includes(id));
    const current = (d?.activeActivityIds || []).filter((id) => this.labels.steps[id]);
    const open = this.openSteps();
    return html`
      <figure class="process-diagram mb-0">
        <figcaption id="diagram-caption" class="visually-hidden">${t('diagram.label')}</figcaption>
        <div class="diagram-tools d-flex flex-wrap align-items-center gap-2 mb-2">
          <ul class="diagram-legend list-unstyled d-flex flex-wrap gap-3 mb-0 me-auto" aria-label=${t('diagram.legend')}>
            <li><span class="legend-swatch legend-current" aria-hidden="true"></span>${t('diagram.legendCurrent')}</li>
            <li><span class="legend-swatch legend-done" aria-hidden="true"></span>${t('diagram.legendDone')}</li>
            <li><span class="legend-swatch" aria-hidden="true"></span>${t('diagram.legendNotYet')}</li>
          </ul>
          <button type="button" class="btn btn-sm btn-outline-secondary" @click=${() => this.zoomBy(1.25)}>${t('diagram.zoomIn')}</button>
          <button type="button" class="btn btn-sm btn-outline-secondary" @click=${() => this.zoomBy(0.8)}>${t('diagram.zoomOut')}</button>
          <button type="button" class="btn btn-sm btn-outline-secondary" @click=${() => this.fit()}>${t('diagram.fit')}</button>
        </div>
        <div class="diagram diagram-canvas" data-testid="diagram"></div>
        ${this.failed ? html`<p class="notice notice-warning mt-2" role="status">${t('diagram.failed')}</p>` : ''}
      </figure>
      <div id="diagram-text" class="diagram-text row mt-3">
        <div class="col-md-6">
          <h3 class="h6">${t('diagram.currentSteps')}</h3>
          ${current.length || open.length ? html`<ul class="list-unstyled">
            ${open.length ? open.map((step) => this.renderOpenStep(step))
              : current.map((id) => html`<li data-testid="open-step"><strong>${this.stepName(id)}</strong></li>`)}
          </ul>` : html`<p>${t('diagram.noCurrent')}</p>`}
        </div>
        <div class="col-md-6">
          <h3 class="h6">${t('diagram.doneSteps')}</h3>
          ${done.length ? html`<ol class="ps-3">${done.map((id) => html`<li>${this.stepName(id)}</li>`)}</ol>`
            : html`<p>${t('diagram.noneDone')}</p>`}
        </div>
      </div>`;
  }
}
customElements.define('vt-process-diagram', ProcessDiagram);
