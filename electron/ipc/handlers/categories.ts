import type { categoriesRoutes } from '../../../shared/ipc/routes/categories';
import { findCategoryCandidates, indexCategories, searchCategories, type CategoryIndex } from '../../categories/find-category-candidates';
import { loadGoogleTaxonomy } from '../../categories/load-google-taxonomy';
import type { Core } from '../../core/core';
import { readDraft } from '../../drafts/read-draft';
import type { DomainHandlers } from '../router';

const view = ({ id, path }: { id: string; path: string }) => ({ id, path });

export function categoriesHandlers(core: Core): DomainHandlers<typeof categoriesRoutes> {
  // Read on first use: a window that never opens the picker never parses the taxonomy.
  let index: CategoryIndex | undefined;
  const categories = () => (index ??= indexCategories(loadGoogleTaxonomy(core.resourcesDir)));
  return {
    'categories.search': ({ query, limit }) => searchCategories(categories(), query, limit).map(view),
    'categories.suggest': ({ productId }) => {
      const draft = readDraft(core.db, productId);
      return findCategoryCandidates(categories(), { title: draft.title, category: draft.attributes.category, tags: draft.tags }).map(view);
    },
  };
}
