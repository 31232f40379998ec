import { useCallback, useEffect, useState } from 'react';
import type { Photo } from '../../../shared/domain/product';
import type { ProductVariants } from '../../../shared/domain/variant';
import { useApi } from '../api/api-context';
import { VariantsTable } from './variants-table';

interface VariantsSectionProps {
  productId: number;
  /** The product's photos: each variant shows the first photo that names it. */
  photos: readonly Photo[];
  /** The product's price as typed, the price of every variant without one of its own. */
  productPrice: string;
  /** Products came or went (a variant split out or back in): the grid and the photos reload. */
  onProductsChanged: () => void;
  /** A save changed what the grid shows. */
  onSaved: () => void;
}

/** Undo of the last split, offered in the section's notice. */
interface SplitNotice {
  text: string;
  undo?: { splitId: number; label: string };
}

/**
 * The product's variants (one row per colour or size, each with its SKU, price, barcode, stock and
 * photo), shown only for a product that has some. Split out moves a variant back into a product
 * of its own; Undo in the notice puts it back.
 */
export function VariantsSection({ productId, photos, productPrice, onProductsChanged, onSaved }: VariantsSectionProps) {
  const api = useApi();
  const [variants, setVariants] = useState<ProductVariants | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<SplitNotice | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void api.variants.get({ productId }).then((result) => {
      if (!live) return;
      if (result.ok) setVariants(result.value);
      else setProblem(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, productId, version]);

  const reloaded = useCallback(
    (next: ProductVariants | null) => {
      if (next) setVariants(next);
      setVersion((v) => v + 1);
      onProductsChanged();
    },
    [onProductsChanged],
  );

  const rejoin = useCallback(
    async (splitId: number, label: string) => {
      const result = await api.variants.rejoin({ splitId });
      if (!result.ok) return setNotice({ text: result.error.message });
      setNotice({ text: `${label} is back as a variant of this product.` });
      reloaded(result.value.variants);
    },
    [api, reloaded],
  );

  const split = useCallback(
    async (variantId: number, label: string) => {
      const result = await api.variants.split({ variantId });
      if (!result.ok) return setNotice({ text: result.error.message });
      setNotice({ text: `${label} is now a product of its own, with its photos, SKU and price.`, undo: { splitId: result.value.splitId, label } });
      reloaded(null);
    },
    [api, reloaded],
  );

  if (problem) return <p className="editor-problem">{problem}</p>;
  // A product whose last variant was split out still shows the notice, so the split can be undone.
  if (!variants || (variants.variants.length === 0 && !notice)) return null;
  return (
    <section className="variants" aria-labelledby="variants-heading">
      <h3 id="variants-heading">Variants</h3>
      {notice && (
        <p className="variants-notice" role="status">
          <span>{notice.text}</span>
          {notice.undo && (
            <button type="button" className="notice-action" onClick={() => void rejoin(notice.undo!.splitId, notice.undo!.label)}>
              Undo
            </button>
          )}
        </p>
      )}
      {variants.variants.length > 0 && (
        <VariantsTable
          // A split or a rejoin changes which variants there are: the table starts again from the core's.
          key={variants.variants.map((v) => v.id).join(',')}
          loaded={variants}
          photos={photos}
          productPrice={productPrice}
          onSaved={onSaved}
          onSplit={(variantId, label) => void split(variantId, label)}
        />
      )}
    </section>
  );
}
