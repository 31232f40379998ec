import type { EventName, RouteName } from './contract';

/**
 * The contract's route and event names as plain lists, without its zod schemas: the preload and
 * the renderer need only the names, and constructing every schema at page start-up cost the
 * window about a third of its time to interactive. The type checks below fail to compile when
 * these lists and the contract drift apart; a test compares them at run time too.
 */
export const ROUTE_NAMES = [
  'app.info',
  'library.import',
  'products.list',
  'products.photos',
  'products.mergePreview',
  'products.merge',
  'products.unmerge',
  'products.split',
  'products.delete',
  'products.restore',
  'products.emptyTrash',
  'drafts.get',
  'drafts.update',
  'drafts.revisions',
  'drafts.restore',
  'drafts.setStatus',
  'drafts.regenerateField',
  'drafts.putBack',
  'drafts.evidence',
  'drafts.confirm',
  'engine.status',
  'engine.start',
  'engine.stop',
  'models.catalog',
  'models.setShowNonCommercial',
  'models.recommend',
  'models.installed',
  'models.partialDownloads',
  'models.download',
  'models.pauseDownload',
  'models.cancelDownload',
  'models.addLocal',
  'export.lint',
  'export.run',
  'export.cancel',
  'catalog.preview',
  'catalog.apply',
  'categories.search',
  'categories.suggest',
  'generate.plan',
  'generate.start',
  'generate.pause',
  'generate.resume',
  'generate.cancel',
  'generate.items',
  'generate.status',
  'settings.get',
  'settings.setCloud',
  'settings.setGeneration',
  'settings.testCloud',
  'shop.get',
  'shop.set',
  'variants.get',
  'variants.make',
  'variants.split',
  'variants.rejoin',
  'variants.update',
  'dialog.openPhotos',
  'dialog.saveExport',
  'dialog.showInFolder',
] as const satisfies readonly RouteName[];

export const EVENT_NAMES = [
  'library.importProgress',
  'engine.status',
  'models.downloadProgress',
  'export.progress',
  'generate.progress',
] as const satisfies readonly EventName[];

type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
export const routeNamesAreComplete: Missing<RouteName, (typeof ROUTE_NAMES)[number]> = true;
export const eventNamesAreComplete: Missing<EventName, (typeof EVENT_NAMES)[number]> = true;
