import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick, language, onLanguageChange } from '../lib/i18n.js';
import { api, download } from '../lib/api.js';
import { problemMessage, violationMessage } from '../lib/errors.js';
import { formatDate, formatNumber, today } from '../lib/format.js';
import { replaceQuery } from '../lib/query.js';

const CHART_JS = '/webjars/chart.js/dist/chart.umd.min.js';
const YEARS_OFFERED = 10;
const OUTCOMES = ['proposalApproved', 'proposalRejected', 'proposalWithdrawn'];
/** Reporting compliance's statuses: the JSON's count field, the status, its tag's colour. */
const COMPLIANCE = [['onTime', 'ON_TIME', 'green'], ['late', 'LATE', 'yellow'], ['missing', 'MISSING', 'red'],
  ['notYetDue', 'NOT_YET_DUE', 'grey']];

/** Chart.js is large: it is fetched only when the dashboard opens, once per page load. */
let chartLibrary;
function loadChartJs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  chartLibrary ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CHART_JS;
    script.onload = () => resolve(window.Chart);
    script.onerror = () => { chartLibrary = null; reject(new Error('chart.js')); };
    document.head.append(script);
  });
  return chartLibrary;
}

// How the dashboard writes its figures (the journey test formats the JSON the same way).
export const usd = (v) => (v === null || v === undefined ? t('dashboard.noData') : `${formatNumber(v, 2, 2)} USD`);
export const perPerson = (v) => (v === null || v === undefined ? t('dashboard.noData') : formatNumber(v, 4, 2));
export const count = (v) => (v === null || v === undefined ? t('dashboard.noData') : formatNumber(v, 0));
export const percent = (v) => (v === null || v === undefined ? t('dashboard.noData') : `${formatNumber(Number(v) * 100, 1, 1)} %`);
export const days = (v) => (v === null || v === undefined ? t('dashboard.noData') : formatNumber(v, 1, 1));

/** The leadership dashboard for a year: the annual workbook's figures, from GET /api/dashboard/{year}. */
export class DashboardPage extends VtElement {
  static properties = {
    year: { state: true }, data: { state: true }, failure: { state: true }, loading: { state: true },
    chartFailed: { state: true }, from: { state: true }, to: { state: true }, downloadError: { state: true },
    downloading: { state: true }, compliance: { state: true }, complianceFailure: { state: true },
    iatiError: { state: true },
  };

  connectedCallback() {
    super.connectedCallback();
    this.currentYear = Number(today().slice(0, 4));
    const asked = Number(this.query?.year);
    this.year = asked >= 1990 && asked <= 2100 ? asked : this.currentYear;
    this.from = String(this.year - 4);
    this.to = String(this.year);
    // sector and donor names come in the chosen language
    this.stopReloading = onLanguageChange(() => this.load());
    this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopReloading?.();
    this.chart?.destroy();
    this.chart = null;
  }

  async load() {
    replaceQuery({ year: this.year === this.currentYear ? '' : this.year });
    this.loading = true;
    // compliance needs no exchange rate: it shows even when the figures cannot be computed
    const compliance = this.loadCompliance();
    try {
      this.data = await api(`/api/dashboard/${this.year}`, { query: { lang: language() } });
      this.failure = null;
    } catch (error) {
      this.data = null;
      this.failure = error.status === 422 && error.problem?.missingRates?.length
        ? t('dashboard.missingRates', { list: error.problem.missingRates.map((m) => `${m.currency} ${formatDate(m.date)}`).join('; ') })
        : problemMessage(error);
    } finally {
      this.loading = false;
    }
    await compliance;
  }

  async loadCompliance() {
    try {
      this.compliance = await api(`/api/dashboard/${this.year}/compliance`);
      this.complianceFailure = null;
    } catch (error) {
      this.compliance = null;
      this.complianceFailure = problemMessage(error);
    }
  }

  updated() {
    this.drawChart();
  }

  async drawChart() {
    const canvas = this.querySelector('#trend-chart');
    if (!canvas || !this.data) return;
    const key = `${language()}|${this.data.year}`;
    if (this.chart && this.chartKey === key && this.chart.canvas === canvas) return;
    let Chart;
    try {
      Chart = await loadChartJs();
    } catch {
      this.chartFailed = true;
      return;
    }
    // another update may have drawn it while the library loaded
    if (this.chart && this.chartKey === key && this.chart.canvas === canvas) return;
    this.chart?.destroy();
    this.chartKey = key;
    const trend = this.data.trend || [];
    const numberOrNull = (v) => (v === null || v === undefined ? null : Number(v));
    this.chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: trend.map((row) => String(row.year)),
        datasets: [
          { label: t('dashboard.province'), data: trend.map((row) => numberOrNull(row.perCapita)), borderColor: '#1a5c9e',
            backgroundColor: '#1a5c9e', pointStyle: 'circle', pointRadius: 4, spanGaps: false },
          { label: t('dashboard.national'), data: trend.map((row) => numberOrNull(row.nationalPerCapita)), borderColor: '#8a4b08',
            backgroundColor: '#8a4b08', borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 5, spanGaps: false },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: language() === 'vi' ? 'vi-VN' : 'en-GB',
        scales: { y: { beginAtZero: true, title: { display: true, text: t('dashboard.usdPerPerson') } } },
        plugins: { legend: { labels: { usePointStyle: true } } },
      },
    });
  }

  changeYear(value) {
    this.year = Number(value);
    this.to = String(this.year);
    this.from = String(this.year - 4);
    this.load();
  }

  async fetchFile(kind, lang) {
    this.downloadError = null;
    this.downloading = `${kind}-${lang}`;
    try {
      if (kind === 'annual') {
        await download(`/api/reports/annual/${this.year}`, { lang }, `bao-cao-vien-tro-${this.year}-${lang}.xlsx`);
      } else {
        const from = Number(this.from);
        const to = Number(this.to);
        if (!/^\d{4}$/.test(this.from) || !/^\d{4}$/.test(this.to) || from > to) {
          this.downloadError = t('dashboard.periodInvalid');
          return;
        }
        await download('/api/reports/period', { from, to, lang }, `bao-cao-vien-tro-${from}-${to}-${lang}.xlsx`);
      }
    } catch (error) {
      this.downloadError = error.status === 422 && error.problem?.missingRates?.length
        ? t('dashboard.missingRates', { list: error.problem.missingRates.map((m) => `${m.currency} ${formatDate(m.date)}`).join('; ') })
        : (error.violations?.length ? violationMessage(error.violations[0]) : problemMessage(error));
    } finally {
      this.downloading = null;
    }
  }

  /** The year's active projects as an IATI 2.03 file (docs/iati.md); a year without any has none. */
  async fetchIati() {
    this.iatiError = null;
    this.downloading = 'iati';
    try {
      await download(`/api/iati/years/${this.year}`, {}, `iati-activities-${this.year}.xml`);
    } catch (error) {
      this.iatiError = error.status === 404 ? t('dashboard.iatiNone', { year: this.year }) : problemMessage(error);
    } finally {
      this.downloading = null;
    }
  }

  render() {
    const years = Array.from({ length: YEARS_OFFERED }, (_, i) => this.currentYear - i);
    if (!years.includes(this.year)) years.push(this.year);
    return html`
      <div class="d-flex flex-wrap justify-content-between align-items-end gap-3 mb-3">
        <h1 tabindex="-1" class="mb-0">${t('dashboard.title', { year: this.year })}</h1>
        <div>
          <label class="form-label mb-1" for="dashboard-year">${t('dashboard.year')}</label>
          <select id="dashboard-year" class="form-select" @change=${(e) => this.changeYear(e.target.value)}>
            ${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
          </select>
        </div>
      </div>
      ${this.failure ? html`<div class="notice notice-error" role="alert">${this.failure}</div>` : ''}
      ${this.loading ? html`<p role="status">${t('common.loading')}</p>` : ''}
      ${this.data ? this.renderFigures() : ''}
      ${this.renderCompliance()}
      ${this.renderDownloads()}`;
  }

  renderFigures() {
    const d = this.data;
    const s = d.summary;
    const headline = (id, label, value, note, wide) => html`
      <div class=${wide ? 'col-12 col-sm-6 col-lg-3' : 'col-6 col-lg-3'}>
        <div class="figure-card h-100">
          <div class="figure-label" id="label-${id}">${label}</div>
          <div class="figure-value" data-testid="summary-${id}" aria-describedby="label-${id}">${value}</div>
          ${note ? html`<div class="form-text mt-0">${note}</div>` : ''}
        </div>
      </div>`;
    return html`
      <section aria-labelledby="dash-proposals">
        <h2 class="h4" id="dash-proposals">${t('dashboard.proposals')}</h2>
        <div class="row g-3 mb-4">
          ${headline('received', t('dashboard.received'), count(s.received))}
          ${headline('approved', t('dashboard.approved'), count(s.approved))}
          ${headline('rejected', t('dashboard.rejected'), count(s.rejected))}
          ${headline('withdrawn', t('dashboard.withdrawn'), count(s.withdrawn))}
        </div>
      </section>
      <section aria-labelledby="dash-money">
        <h2 class="h4" id="dash-money">${t('dashboard.money')}</h2>
        <div class="row g-3 mb-4">
          ${headline('committedUsd', t('dashboard.committedUsd'), usd(s.committedUsd), '', true)}
          ${headline('disbursedUsd', t('dashboard.disbursedUsd'), usd(s.disbursedUsd),
            s.previousDisbursedUsd != null ? t('dashboard.previous', { value: usd(s.previousDisbursedUsd), change: percent(s.changeFromPrevious) }) : '', true)}
          ${headline('activeProjects', t('dashboard.activeProjects'), count(s.activeProjects))}
          ${headline('population', t('dashboard.population'), count(s.population))}
          ${headline('disbursedPerCapita', t('dashboard.disbursedPerCapita'), perPerson(s.disbursedPerCapita))}
          ${headline('committedPerCapita', t('dashboard.committedPerCapita'), perPerson(s.committedPerCapita))}
          ${headline('nationalPerCapita', t('dashboard.nationalPerCapita'), perPerson(s.nationalPerCapita))}
          ${headline('ratioToNational', t('dashboard.ratio'), percent(s.ratioToNational))}
        </div>
      </section>
      ${this.renderTrend()}
      ${this.renderGroups()}
      ${this.renderWorkflow()}`;
  }

  renderTrend() {
    const trend = this.data.trend || [];
    return html`
      <section aria-labelledby="dash-trend" class="mb-4">
        <h2 class="h4" id="dash-trend">${t('dashboard.trend')}</h2>
        <p class="form-text mt-0">${t('dashboard.trendHint')}</p>
        ${this.chartFailed ? html`<p class="notice notice-warning">${t('dashboard.chartFailed')}</p>` : html`
          <div class="trend-chart"><canvas id="trend-chart" role="img" aria-label=${t('dashboard.chartLabel')}></canvas></div>`}
        <div class="table-responsive mt-3">
          <table class="table table-sm" data-testid="trend">
            <caption>${t('dashboard.trendTable')}</caption>
            <thead><tr>
              <th scope="col">${t('dashboard.yearColumn')}</th>
              <th scope="col" class="num">${t('dashboard.disbursedUsdColumn')}</th>
              <th scope="col" class="num">${t('dashboard.population')}</th>
              <th scope="col" class="num">${t('dashboard.province')}</th>
              <th scope="col" class="num">${t('dashboard.national')}</th>
            </tr></thead>
            <tbody>${trend.map((row) => html`<tr>
              <th scope="row">${row.year}</th>
              <td class="num">${usd(row.disbursedUsd)}</td>
              <td class="num">${count(row.population)}</td>
              <td class="num">${perPerson(row.perCapita)}</td>
              <td class="num">${perPerson(row.nationalPerCapita)}</td>
            </tr>`)}</tbody>
          </table>
        </div>
        ${this.data.populationSources?.length ? html`
          <div class="form-text"><strong>${t('dashboard.sources')}</strong>
            <ul class="mb-0">${this.data.populationSources.map((source) => html`<li>${source}</li>`)}</ul></div>` : ''}
      </section>`;
  }

  /**
   * A table with a bar beside each disbursed amount (the bar repeats the number, for a quick look). columns:
   * [label, numeric, (row) => value]; the first names the row. On a phone each row becomes a card.
   */
  groupTable(id, caption, columns, rows) {
    const max = Math.max(0, ...rows.map((r) => Number(r.disbursedUsd) || 0));
    const disbursed = t('dashboard.disbursedUsdColumn');
    return html`
      <div class="table-responsive mb-4">
        <table class="table table-sm align-middle table-cards" data-testid=${id}>
          <caption>${caption}</caption>
          <thead><tr>${columns.map(([label, numeric]) => html`<th scope="col" class=${numeric ? 'num' : ''}>${label}</th>`)}
            <th scope="col" class="num">${disbursed}</th></tr></thead>
          <tbody>
            ${rows.length ? rows.map((r) => html`<tr>
              ${columns.map(([label, numeric, value], i) => (i === 0
                ? html`<th scope="row">${value(r)}</th>`
                : html`<td class=${numeric ? 'num' : ''} data-label=${label}>${value(r)}</td>`))}
              <td class="num" data-label=${disbursed}><span class="bar-cell"><span class="bar" aria-hidden="true"
                style="width: ${max ? ((Number(r.disbursedUsd) || 0) / max * 6).toFixed(2) : 0}rem"></span>${usd(r.disbursedUsd)}</span></td>
            </tr>`) : html`<tr><td colspan=${columns.length + 1}>${t('dashboard.noRows')}</td></tr>`}
          </tbody>
        </table>
      </div>`;
  }

  renderGroups() {
    const d = this.data;
    const projects = [t('dashboard.projects'), true, (r) => count(r.projects)];
    const committed = [t('dashboard.committedUsdColumn'), true, (r) => usd(r.committedUsd)];
    return html`
      <section aria-labelledby="dash-groups">
        <h2 class="h4" id="dash-groups">${t('dashboard.groups')}</h2>
        ${this.groupTable('by-sector', t('dashboard.bySector'),
          [[t('dashboard.sector'), false, (r) => r.name], [t('dashboard.crs'), false, (r) => r.crsCode || ''], projects, committed],
          d.bySector || [])}
        ${this.groupTable('by-donor', t('dashboard.byDonor'),
          [[t('dashboard.donor'), false, (r) => r.name], [t('dashboard.country'), false, (r) => r.country || ''], projects, committed],
          d.byDonor || [])}
        ${this.groupTable('by-location', t('dashboard.byLocation'),
          [[t('dashboard.location'), false, (r) => r.name], [t('dashboard.population'), true, (r) => count(r.population)],
            [t('dashboard.perCapitaColumn'), true, (r) => perPerson(r.perCapita)]],
          d.byLocation || [])}
      </section>`;
  }

  renderWorkflow() {
    const w = this.data.workflow || { steps: [], outcomes: {} };
    const name = (s) => (language() === 'en' ? s.nameEn || s.nameVi : s.nameVi || s.nameEn);
    const outcomeLabel = (key) => (OUTCOMES.includes(key) ? t(`dashboard.outcome.${key}`) : key);
    return html`
      <section aria-labelledby="dash-workflow" class="mb-4">
        <h2 class="h4" id="dash-workflow">${t('dashboard.workflow')}</h2>
        <div class="table-responsive">
          <table class="table table-sm table-cards" data-testid="workflow">
            <caption>${t('dashboard.steps')}</caption>
            <thead><tr>
              <th scope="col">${t('dashboard.step')}</th>
              <th scope="col" class="num">${t('dashboard.completed')}</th>
              <th scope="col" class="num">${t('dashboard.median')}</th>
              <th scope="col" class="num">${t('dashboard.p90')}</th>
              <th scope="col" class="num">${t('dashboard.overdue')}</th>
            </tr></thead>
            <tbody>${(w.steps || []).map((s) => html`<tr>
              <th scope="row">${name(s)}</th>
              <td class="num" data-label=${t('dashboard.completed')}>${count(s.completed)}</td>
              <td class="num" data-label=${t('dashboard.median')}>${days(s.medianDays)}</td>
              <td class="num" data-label=${t('dashboard.p90')}>${days(s.p90Days)}</td>
              <td class="num ${s.overdue ? 'overdue' : ''}" data-label=${t('dashboard.overdue')}>${count(s.overdue)}</td>
            </tr>`)}
            ${(w.steps || []).length ? '' : html`<tr><td colspan="5">${t('dashboard.noRows')}</td></tr>`}</tbody>
          </table>
        </div>
        <div class="table-responsive">
          <table class="table table-sm w-auto" data-testid="outcomes">
            <caption>${t('dashboard.outcomes')}</caption>
            <thead><tr><th scope="col">${t('dashboard.outcome')}</th><th scope="col" class="num">${t('dashboard.count')}</th></tr></thead>
            <tbody>${Object.entries(w.outcomes || {}).map(([key, value]) => html`<tr>
              <th scope="row">${outcomeLabel(key)}</th><td class="num">${count(value)}</td></tr>`)}</tbody>
          </table>
        </div>
      </section>`;
  }

  /** The aid owners' reports due in the year: on time, late, missing, not yet due; by kind; a way to the missing ones. */
  renderCompliance() {
    const c = this.compliance;
    if (!c && !this.complianceFailure) return '';
    const status = (code, colour) => html`<strong class="tag tag-${colour}">${t(`dashboard.compliance.${code}`)}</strong>`;
    return html`
      <section aria-labelledby="dash-compliance" class="mb-4" data-testid="compliance">
        <h2 class="h4" id="dash-compliance">${t('dashboard.compliance')}</h2>
        ${this.complianceFailure ? html`<div class="notice notice-error" role="alert">${this.complianceFailure}</div>` : ''}
        ${c ? html`
          <p class="form-text mt-0">${t('dashboard.complianceHint', { date: formatDate(c.asOf) })}</p>
          <div class="row g-3 mb-3">
            <div class="col-12 col-sm-6 col-lg">
              <div class="figure-card h-100">
                <div class="figure-label" id="label-compliance-due">${t('dashboard.compliance.due')}</div>
                <div class="figure-value" data-testid="compliance-due" aria-describedby="label-compliance-due">${count(c.totals.due)}</div>
              </div>
            </div>
            ${COMPLIANCE.map(([field, code, colour]) => html`
              <div class="col-6 col-lg">
                <div class="figure-card h-100">
                  <div class="figure-label" id="label-compliance-${field}">${status(code, colour)}</div>
                  <div class="figure-value" data-testid="compliance-${field}" aria-describedby="label-compliance-${field}">${count(c.totals[field])}</div>
                </div>
              </div>`)}
          </div>
          <div class="table-responsive">
            <table class="table table-sm table-cards" data-testid="compliance-by-kind">
              <caption>${t('dashboard.compliance.byKind')}</caption>
              <thead><tr>
                <th scope="col">${t('dashboard.compliance.kind')}</th>
                <th scope="col" class="num">${t('dashboard.compliance.due')}</th>
                ${COMPLIANCE.map(([, code, colour]) => html`<th scope="col" class="num">${status(code, colour)}</th>`)}
              </tr></thead>
              <tbody>${c.byKind.map((k) => html`<tr>
                <th scope="row">${pick(k, 'name')}</th>
                <td class="num" data-label=${t('dashboard.compliance.due')}>${count(k.counts.due)}</td>
                ${COMPLIANCE.map(([field, code]) => html`
                  <td class="num" data-label=${t(`dashboard.compliance.${code}`)}>${count(k.counts[field])}</td>`)}
              </tr>`)}</tbody>
            </table>
          </div>
          ${c.totals.missing ? html`<p><a href="#/reports?overdue=true">${t('dashboard.compliance.seeMissing')}</a></p>` : ''}`
        : ''}
      </section>`;
  }

  renderDownloads() {
    const busy = (id) => this.downloading === id;
    return html`
      <section aria-labelledby="dash-downloads" class="mt-4 border-top pt-3">
        <h2 class="h4" id="dash-downloads">${t('dashboard.downloads')}</h2>
        ${this.downloadError ? html`<div class="notice notice-error" role="alert">${this.downloadError}</div>` : ''}
        <h3 class="h6">${t('dashboard.annualReport', { year: this.year })}</h3>
        <div class="d-flex flex-wrap gap-2 mb-3">
          <button type="button" class="btn btn-primary" ?disabled=${busy('annual-vi')} @click=${() => this.fetchFile('annual', 'vi')}>
            ${t('dashboard.downloadAnnualVi', { year: this.year })}</button>
          <button type="button" class="btn btn-outline-secondary" ?disabled=${busy('annual-en')} @click=${() => this.fetchFile('annual', 'en')}>
            ${t('dashboard.downloadAnnualEn', { year: this.year })}</button>
        </div>
        <h3 class="h6">${t('dashboard.periodReport')}</h3>
        <div class="row g-2 align-items-end">
          <div class="col-6 col-sm-3 col-lg-2">
            <label class="form-label" for="period-from">${t('dashboard.from')}</label>
            <input id="period-from" class="form-control" inputmode="numeric" maxlength="4" .value=${this.from}
              @input=${(e) => { this.from = e.target.value.trim(); }}>
          </div>
          <div class="col-6 col-sm-3 col-lg-2">
            <label class="form-label" for="period-to">${t('dashboard.to')}</label>
            <input id="period-to" class="form-control" inputmode="numeric" maxlength="4" .value=${this.to}
              @input=${(e) => { this.to = e.target.value.trim(); }}>
          </div>
          <div class="col-12 col-sm-auto d-flex flex-wrap gap-2">
            <button type="button" class="btn btn-primary" ?disabled=${busy('period-vi')} @click=${() => this.fetchFile('period', 'vi')}>
              ${t('dashboard.downloadPeriodVi')}</button>
            <button type="button" class="btn btn-outline-secondary" ?disabled=${busy('period-en')} @click=${() => this.fetchFile('period', 'en')}>
              ${t('dashboard.downloadPeriodEn')}</button>
          </div>
        </div>
      </section>
      <section aria-labelledby="dash-iati" class="mt-4 border-top pt-3">
        <h2 class="h4" id="dash-iati">${t('dashboard.iati', { year: this.year })}</h2>
        ${this.iatiError ? html`<div class="notice notice-error" role="alert">${this.iatiError}</div>` : ''}
        <p class="form-text">${t('dashboard.iatiHint')}</p>
        <button type="button" class="btn btn-outline-secondary" ?disabled=${busy('iati')} @click=${() => this.fetchIati()}>
          ${t('dashboard.downloadIati', { year: this.year })}</button>
      </section>`;
  }
}
customElements.define('vt-dashboard-page', DashboardPage);
