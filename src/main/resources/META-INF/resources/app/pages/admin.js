import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t } from '../lib/i18n.js';
import { href } from '../lib/router.js';
import { SECTION_LINKS, sectionBySlug } from './admin-sections.js';
import '../components/resource-editor.js';
import '../components/csv-import.js';
import '../components/excel-import.js';

/**
 * Administration (/admin and /admin/:section): the landing page lists the sections; a section shows the
 * generic reference-data editor for its description, with its CSV import where it has one and what the description
 * adds after it (reloaded when the editor changed something), or the Excel import of earlier projects.
 */
export class AdminPage extends VtElement {
  render() {
    const slug = this.params?.section;
    if (!slug) return this.renderLanding();
    if (slug === 'import') {
      return this.frame(t('admin.section.import'), t('admin.intro.import'), html`<vt-excel-import></vt-excel-import>`);
    }
    const spec = sectionBySlug(slug);
    if (!spec) {
      return html`<h1 tabindex="-1">${t('error.pageNotFound')}</h1><p><a href=${href('/admin')}>${t('admin.back')}</a></p>`;
    }
    return this.frame(spec.title(), t(`admin.intro.${spec.key}`), html`
      <vt-resource-editor .spec=${spec} @changed=${() => this.querySelector('[data-follows-editor]')?.load()}></vt-resource-editor>
      ${spec.csv ? html`<hr class="my-4">
        <vt-csv-import key=${spec.key} endpoint=${spec.csv.endpoint} header=${spec.csv.header} example=${spec.csv.example}
          @imported=${() => this.querySelector('vt-resource-editor')?.load()}></vt-csv-import>` : ''}
      ${spec.after ? spec.after() : ''}`);
  }

  frame(title, intro, body) {
    return html`
      <nav aria-label=${t('admin.breadcrumb')}>
        <ol class="breadcrumb mb-2"><li class="breadcrumb-item"><a href=${href('/admin')}>${t('admin.title')}</a></li>
          <li class="breadcrumb-item active" aria-current="page">${title}</li></ol>
      </nav>
      <h1 tabindex="-1">${title}</h1>
      <p class="lead-text">${intro}</p>
      ${body}`;
  }

  renderLanding() {
    return html`
      <h1 tabindex="-1">${t('admin.title')}</h1>
      <p class="lead-text">${t('admin.intro')}</p>
      <ul class="admin-sections">
        ${SECTION_LINKS.map((s) => html`<li>
          <h2 class="h5 mb-1"><a href=${href(`/admin/${s.slug}`)}>${t(`admin.section.${s.key}`)}</a></h2>
          <p class="mb-0">${t(`admin.intro.${s.key}`)}</p>
        </li>`)}
      </ul>`;
  }
}
customElements.define('vt-admin-page', AdminPage);
