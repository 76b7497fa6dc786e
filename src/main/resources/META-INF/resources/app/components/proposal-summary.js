import { html } from 'lit';
import { VtElement } from '../lib/element.js';
import { t, pick, donorName, donorDetail } from '../lib/i18n.js';
import { formatDate, formatMoney, formatNumber } from '../lib/format.js';
import '../components/status-tag.js';

/** A proposal's facts as a summary list (GOV.UK "summary list"): what every reader of a proposal needs first. */
export class ProposalSummary extends VtElement {
  static properties = { proposal: { type: Object } };

  render() {
    const p = this.proposal;
    if (!p) return html``;
    const row = (label, value) => html`<div><dt>${label}</dt><dd>${value || '—'}</dd></div>`;
    return html`
      <dl class="summary-list">
        ${row(t('proposal.status'), html`<vt-status-tag status=${p.status}></vt-status-tag>`)}
        ${row(t('proposal.kind'), pick(p, 'kindLabel'))}
        ${row(t('proposal.titleVi'), p.titleVi)}
        ${row(t('proposal.titleEn'), p.titleEn)}
        ${row(t('proposal.ngo'), p.ngo ? `${donorName(p.ngo.nameVi, p.ngo.name)} ${donorDetail(p.ngo)}` : '')}
        ${row(t('proposal.aidOwner'), p.aidOwner)}
        ${row(t('proposal.sectors'), p.sectors?.map((s) => `${pick(s, 'name')} (${s.crsCode || s.code}): ${formatNumber(s.share)}%`).join('\n'))}
        ${row(t('proposal.locations'), p.locations?.map((l) => l.name).join(', '))}
        ${row(t('proposal.period'), `${formatDate(p.plannedStart)} – ${formatDate(p.plannedEnd)}`)}
        ${row(t('proposal.amount'), formatMoney(p.committedAmount, p.currency))}
        ${row(t('proposal.counterpart'), p.counterpartFundsVnd != null ? formatMoney(p.counterpartFundsVnd, 'VND') : '')}
        ${row(t('proposal.beneficiaries'), p.beneficiaries != null ? formatNumber(p.beneficiaries) : '')}
        ${row(t('proposal.description'), p.description)}
        ${row(t('proposal.owner'), p.owner)}
        ${p.submittedAt ? row(t('proposal.submittedAt'), formatDate(p.submittedAt)) : ''}
        ${p.decision ? row(t('proposal.decision'), t('proposal.decisionText', {
          number: p.decision.number, date: formatDate(p.decision.date), signer: p.decision.signer || '' })) : ''}
        ${p.closingReason ? row(t('proposal.closingReason'), p.closingReason) : ''}
      </dl>`;
  }
}
customElements.define('vt-proposal-summary', ProposalSummary);
