/*
 * The case audit plugin of Camunda Cockpit (io.reviewrecovery.cockpit.CaseAuditPlugin): a page at
 * #/review-audit that finds any case, running or ended, and tells its story, with the path taken
 * highlighted in the diagram and exports as JSON and PDF. An ES module, as Cockpit 7.14+ loads its
 * plugins; it adds no inline script, so it runs under the prod profile's content security policy.
 * Every text from a case is put into the page as text, never as HTML.
 */
const PLUGIN = 'review-audit';
const ROUTE = '/review-audit';

const base = () => document.querySelector('base');

/** The plugin's REST resource for the engine Cockpit shows. */
function resource(api) {
  const cockpitApi = (api && api.cockpitApi) || base().getAttribute('cockpit-api');
  return `${cockpitApi.replace(/\/$/, '')}/plugin/${PLUGIN}/${(api && api.engine) || 'default'}`;
}

/** The engine's REST API as Cockpit uses it: the plugin API names it with its engine already. */
function engineApi(api) {
  if (api && api.engineApi) {
    return api.engineApi.replace(/\/$/, '');
  }
  return `${base().getAttribute('engine-api').replace(/\/$/, '')}/engine/${(api && api.engine) || 'default'}`;
}

async function get(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || `${response.status} ${response.statusText}`);
  }
  return body;
}

async function mayAudit(api) {
  const response = await fetch(`${resource(api)}/access`, { credentials: 'same-origin' });
  return response.status === 204;
}

/** An element with its attributes and children (strings become text). */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null) {
      element.append(child instanceof Node ? child : String(child));
    }
  });
  return element;
}

const time = iso => (iso ? `${iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '')} UTC` : '');

function table(headers, rows, testId) {
  if (!rows.length) {
    return el('p', { class: 'review-audit-none', 'data-test': testId }, 'None.');
  }
  return el('table', { class: 'table table-condensed review-audit-table', 'data-test': testId },
    el('thead', {}, el('tr', {}, headers.map(header => el('th', {}, header)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell))))));
}

function searchForm(onSearch) {
  const field = (name, label, type = 'text') => el('label', { class: 'review-audit-field' }, label,
    el('input', { class: 'form-control', name, type, 'data-test': name }));
  const form = el('form', { class: 'review-audit-search', 'data-test': 'search' },
    field('platformReviewId', 'Review id'), field('businessKey', 'Business key'),
    field('reviewerName', 'Reviewer name'), field('receivedFrom', 'Received from', 'date'),
    field('receivedTo', 'Received to', 'date'),
    el('button', { class: 'btn btn-primary', type: 'submit' }, 'Find cases'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const criteria = new URLSearchParams();
    new FormData(form).forEach((value, name) => value && criteria.append(name, value));
    onSearch(criteria);
  });
  return form;
}

function results(page, onOpen, onPage) {
  const rows = page.cases.map(found => {
    const open = el('a', { href: '', 'data-test': 'open-case' }, found.businessKey);
    open.addEventListener('click', event => {
      event.preventDefault();
      onOpen(found.businessKey);
    });
    return [open, found.reviewerName || '', time(found.receivedAt), time(found.endedAt), found.standing];
  });
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  const pager = el('p', { class: 'review-audit-pager' }, `${page.total} cases, page ${page.page + 1} of ${pages} `);
  [[page.page > 0, page.page - 1, 'Previous'], [page.page + 1 < pages, page.page + 1, 'Next']]
    .filter(([enabled]) => enabled)
    .forEach(([, target, label]) => {
      const button = el('button', { class: 'btn btn-default btn-xs', type: 'button' }, label);
      button.addEventListener('click', () => onPage(target));
      pager.append(' ', button);
    });
  return el('div', { 'data-test': 'results' },
    table(['Case', 'Reviewer', 'Received', 'Ended', 'Standing'], rows, 'cases'), pager);
}

/**
 * The diagram, drawn by the bpmn-js viewer Cockpit itself uses (its cam-widget-bpmn-viewer
 * directive), with every element the case reached highlighted.
 */
async function diagram(holder, api, story) {
  const { bpmn20Xml } = await get(`${engineApi(api)}/process-definition/${encodeURIComponent(story.processDefinitionId)}/xml`);
  const angular = window.angular;
  const injector = angular && [document, document.body, document.documentElement]
    .map(node => angular.element(node).injector()).find(Boolean);
  if (!injector) {
    holder.append(el('p', {}, 'The diagram cannot be drawn here; the path taken is listed below.'));
    return;
  }
  const scope = injector.get('$rootScope').$new(true);
  scope.xml = bpmn20Xml;
  scope.control = {};
  scope.loaded = () => {
    story.path.forEach(id => {
      try {
        scope.control.highlight(id);
      } catch (notInTheDiagram) {
        // an element of an older version of the diagram
      }
    });
    holder.setAttribute('data-highlighted', story.path.join(' '));
  };
  const viewer = injector.get('$compile')(
    '<div cam-widget-bpmn-viewer diagram-data="xml" control="control" on-load="loaded()"></div>')(scope);
  holder.append(viewer[0]);
  scope.$applyAsync();
}

/**
 * A button that downloads the case's story in this format. The file is fetched and saved through a
 * link that is never in the page: a link in the page would be taken by Cockpit's router.
 */
function exportButton(api, businessKey, format, label) {
  const button = el('button', { class: 'btn btn-default btn-sm', type: 'button', 'data-test': `export-${format}` }, label);
  const problem = el('span', { class: 'text-danger' });
  button.addEventListener('click', async () => {
    problem.textContent = '';
    const response = await fetch(`${resource(api)}/cases/${encodeURIComponent(businessKey)}/export.${format}`,
      { credentials: 'same-origin' });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      problem.textContent = body.detail || `${response.status} ${response.statusText}`;
      return;
    }
    const disposition = response.headers.get('Content-Disposition') || '';
    const name = (disposition.match(/filename="([^"]+)"/) || [])[1] || `case.${format}`;
    const url = URL.createObjectURL(await response.blob());
    const save = el('a', { href: url, download: name });
    save.click();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  });
  return el('span', {}, button, problem);
}

function storyView(story, api) {
  const file = story.file;
  const review = story.review || {};
  const verification = file.verification || {};
  const exports = el('p', { class: 'review-audit-exports' }, 'Export: ',
    exportButton(api, file.businessKey, 'pdf', 'PDF'), ' ', exportButton(api, file.businessKey, 'json', 'JSON'));
  const holder = el('div', { class: 'review-audit-diagram', 'data-test': 'diagram' });
  diagram(holder, api, story).catch(error => holder.append(el('p', { class: 'text-danger' }, error.message)));
  const steps = story.steps.map(step => [
    step.name, time(step.createdAt),
    step.claims.map(claim => `${claim.userId} ${time(claim.at)}${claim.by ? ` (by ${claim.by})` : ''}`).join('; '),
    step.completedBy ? `${step.completedBy} ${time(step.endedAt)}` : step.endedAt ? `${step.endReason} ${time(step.endedAt)}` : 'open',
    el('dl', { class: 'review-audit-values' }, step.recorded.map(value => [el('dt', {}, value.name), el('dd', {}, value.value ?? '')]))]);
  const messages = file.communications.map(sent => el('div', { class: 'review-audit-message', 'data-test': 'message' },
    el('h5', {}, `${sent.kind} · ${sent.channel} · to ${sent.recipient} · ${time(sent.sentAt)}`),
    sent.subject ? el('p', {}, el('strong', {}, sent.subject)) : null,
    el('pre', {}, sent.body)));
  return el('div', { class: 'review-audit-story', 'data-test': 'story' },
    el('h2', {}, `Case ${file.businessKey}`),
    el('p', { 'data-test': 'standing' }, `${file.status}${file.outcome ? `: ${file.outcome}` : ''} · received ${time(file.receivedAt)}`,
      story.endedAt ? ` · ended ${time(story.endedAt)}` : ''),
    exports,
    holder,
    el('h3', {}, 'Review'),
    el('p', {}, `${review.platform || ''} ${review.platformReviewId || ''} · ${review.rating || '?'} of 5 stars · by ${review.reviewerName || ''}`),
    el('blockquote', {}, review.text || ''),
    el('h3', {}, 'Verification'),
    el('p', {}, verification.reviewerVerified === undefined ? 'Not verified yet.'
      : `${verification.reviewerVerified ? 'A customer on record' : 'Not found in the records'}: ${verification.finding || ''}`),
    el('h3', {}, 'Steps'),
    table(['Step', 'Began', 'Claimed by', 'Completed by', 'Recorded'], steps, 'steps'),
    el('h3', {}, 'Events and automatic steps'),
    table(['When', 'What', 'Type'], story.events.map(event => [time(event.at), event.name, event.type]), 'events'),
    el('h3', {}, 'Incidents'),
    table(['Raised', 'Where', 'Message', 'Resolution'], story.incidents.map(incident =>
      [time(incident.createdAt), incident.activityId, incident.message || '', `${incident.resolution} ${time(incident.endedAt)}`]), 'incidents'),
    el('h3', {}, 'Messages sent and public posts'),
    messages.length ? messages : el('p', {}, 'None.'),
    el('h3', {}, 'Completions refused by the guard'),
    table(['When', 'Step', 'Who', 'Why'], story.refusals.map(refusal =>
      [time(refusal.refusedAt), refusal.stepName, refusal.userId || 'the application', refusal.reason]), 'refusals'),
    el('h3', {}, 'Changes made by users (user operation log)'),
    table(['When', 'Who', 'Operation', 'Changes'], story.operations.map(operation =>
      [time(operation.at), operation.userId || 'the application', `${operation.type} ${operation.entity}`,
        operation.changes.map(change => `${change.property}: ${change.from ?? ''} → ${change.to ?? ''}`).join('; ')]), 'operations'),
    el('h3', {}, 'Path taken'),
    el('p', { 'data-test': 'path' }, story.path.join(' → ')));
}

function auditPage(node, api) {
  const found = el('div', { class: 'review-audit-results' });
  const story = el('div', {});
  const message = el('p', { class: 'text-danger', 'data-test': 'message' });
  let criteria = new URLSearchParams();
  const show = (container, content) => {
    message.textContent = '';
    container.replaceChildren(content);
  };
  const fail = error => { message.textContent = error.message; };
  const load = businessKey => get(`${resource(api)}/cases/${encodeURIComponent(businessKey)}`)
    .then(loaded => show(story, storyView(loaded, api))).catch(fail);
  // The case shown is in the page's address (#/review-audit?case=...), so it can be linked to, and
  // Cockpit, which draws the page anew when the diagram records its zoom there, shows it again.
  const open = businessKey => {
    const address = new URLSearchParams({ case: businessKey });
    window.location.hash = `#${ROUTE}?${address}`;
    load(businessKey);
  };
  const search = page => {
    criteria.set('page', page);
    get(`${resource(api)}/cases?${criteria}`).then(loaded => show(found, results(loaded, open, search))).catch(fail);
  };
  node.replaceChildren(el('section', { class: 'review-audit', 'data-test': 'review-audit' },
    el('h1', {}, 'Case audit'),
    el('p', {}, 'Every case, running or ended: who did what and when, every message sent and public post, the path taken.'),
    searchForm(given => {
      criteria = given;
      story.replaceChildren();
      search(0);
    }),
    message, found, story));
  const shown = new URLSearchParams(window.location.hash.split('?')[1] || '').get('case');
  if (shown) {
    load(shown);
  }
}

export default [
  {
    id: 'review-audit.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: { path: ROUTE },
    render: (node, { api } = {}) => {
      mayAudit(api).then(allowed => {
        if (allowed) {
          node.replaceChildren(el('a', { href: `#${ROUTE}`, 'data-test': 'review-audit-link' }, 'Case audit'));
        }
      });
    }
  },
  {
    id: 'review-audit.route',
    pluginPoint: 'cockpit.route',
    priority: 10,
    properties: { path: ROUTE, label: 'Case audit' },
    render: (node, { api } = {}) => {
      mayAudit(api).then(allowed => {
        if (allowed) {
          auditPage(node, api);
        } else {
          node.replaceChildren(el('p', { class: 'review-audit-refused', 'data-test': 'refused' },
            'The case audit is for the audit group and admins.'));
        }
      });
    }
  }
];
