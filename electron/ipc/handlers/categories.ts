import type { categoriesRoutes } from '../../../shared/ipc/routes/categories';
import { findCategoryCandidates, indexCategories, searchCategories, type CategoryIndex } from '../../categories/find-category-candidates';
import { loadGoogleTaxonomy } from '../../categories/load-google-taxonomy';
import type { Services } from '../services';
import { readDraft } from '../../drafts/read-draft';
import type { DomainHandlers } from '../router';

const view = ({ id, path }: { id: string; path: string }) => ({ id, path });

export function categoriesHandlers(services: Services): DomainHandlers<typeof categoriesRoutes> {
  // Read on first use: a window that never opens the picker never parses the taxonomy.
  let index: CategoryIndex | undefined;
  const categories = () => (index ??= indexCategories(loadGoogleTaxonomy(services.resourcesDir)));
  return {
    'categories.search': ({ query, limit }) => searchCategories(categories(), query, limit).map(view),
    'categories.suggest': ({ productId }) => {
      const draft = readDraft(services.db, productId);
      return findCategoryCandidates(categories(), { title: draft.title, category: draft.attributes.category, tags: draft.tags }).map(view);
    },
  };
}
