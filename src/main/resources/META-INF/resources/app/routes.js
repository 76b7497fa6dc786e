import { route } from './lib/router.js';

// Every page of the application: its address, its element, its module (loaded on first visit) and who may open it.
const WORKFLOW = ['officer', 'appraiser', 'consultee', 'approver'];
const PROJECT_READERS = ['officer', 'appraiser', 'approver', 'leadership', 'admin'];
// Everyone but the aid owner, whose pages are its unit's reports.
const STAFF = ['officer', 'appraiser', 'consultee', 'approver', 'leadership', 'admin'];

route('/sign-in', 'vt-sign-in', () => import('./pages/sign-in.js'), { isPublic: true });
route('/inbox', 'vt-inbox-page', () => import('./pages/inbox.js'), { roles: WORKFLOW, nav: 'nav.inbox' });
route('/tasks/:id', 'vt-task-page', () => import('./pages/task.js'), { roles: WORKFLOW });
route('/proposals', 'vt-proposals-page', () => import('./pages/proposals.js'), { roles: STAFF, nav: 'nav.proposals' });
route('/proposals/new', 'vt-proposal-form', () => import('./pages/proposal-form.js'), { roles: ['officer'] });
route('/proposals/:id', 'vt-proposal-page', () => import('./pages/proposal.js'), { roles: STAFF });
route('/proposals/:id/edit', 'vt-proposal-form', () => import('./pages/proposal-form.js'), { roles: ['officer'] });
route('/proposals/:id/check', 'vt-proposal-check', () => import('./pages/proposal-check.js'), { roles: ['officer'] });
route('/projects', 'vt-projects-page', () => import('./pages/projects.js'), { roles: PROJECT_READERS, nav: 'nav.projects' });
route('/projects/:id', 'vt-project-page', () => import('./pages/project.js'), { roles: PROJECT_READERS });
route('/projects/:id/indicators', 'vt-indicators-page', () => import('./pages/indicators.js'), { roles: ['officer', 'admin'] });
route('/reports', 'vt-reports-page', () => import('./pages/reports.js'), { roles: [...PROJECT_READERS, 'aid-owner'], nav: 'nav.reports' });
route('/reports/:id', 'vt-report-page', () => import('./pages/report.js'), { roles: [...PROJECT_READERS, 'aid-owner'] });
route('/dashboard', 'vt-dashboard-page', () => import('./pages/dashboard.js'), { roles: ['leadership', 'admin'], nav: 'nav.dashboard' });
route('/admin', 'vt-admin-page', () => import('./pages/admin.js'), { roles: ['admin'], nav: 'nav.admin' });
route('/admin/:section', 'vt-admin-page', () => import('./pages/admin.js'), { roles: ['admin'] });
// Every signed-in user's own notices and e-mail preferences
route('/notices', 'vt-notices-page', () => import('./pages/notices.js'));
// Not under /reports: '/reports/:id' would take it.
route('/ministry-reports', 'vt-ministry-reports-page', () => import('./pages/ministry-reports.js'), { roles: ['officer', 'leadership', 'admin'], nav: 'nav.ministryReports' });

/** The first page after signing in, by role. */
export function homeFor(roles) {
  if (roles.some((role) => WORKFLOW.includes(role))) return '/inbox';
  if (roles.includes('leadership')) return '/dashboard';
  if (roles.includes('admin')) return '/admin';
  if (roles.includes('aid-owner')) return '/reports';
  return '/proposals';
}
