import { VtElement } from './element.js';
import { api } from './api.js';
import { problemMessage } from './errors.js';
import { replaceQuery } from './query.js';

/**
 * A page listing what the API pages through (proposals, projects, tasks): its filters live in the address,
 * a changed filter reloads the list at its first page, a search waits for its button.
 * Subclasses give `endpoint`, and `addressQuery()` / `apiQuery()` when the two differ from `filter`.
 */
export class ListPage extends VtElement {
  static properties = { data: { state: true }, error: { state: true }, filter: { state: true } };

  static PAGE_SIZE = 20;

  addressQuery() {
    return { ...this.filter, page: this.filter.page || '' };
  }

  apiQuery() {
    return this.filter;
  }

  async load() {
    replaceQuery(this.addressQuery());
    try {
      this.data = await api(this.endpoint, { query: { ...this.apiQuery(), size: ListPage.PAGE_SIZE } });
      this.error = null;
    } catch (error) {
      this.error = problemMessage(error);
    }
  }

  change(name, value) {
    this.filter = { ...this.filter, [name]: value, page: name === 'page' ? value : 0 };
    if (name !== 'q') this.load();
  }

  search(event) {
    event.preventDefault();
    this.filter = { ...this.filter, page: 0 };
    this.load();
  }
}
