import { EXPORT_TARGETS } from '../../shared/domain/platform-limits';

export const HELP_TEXT = `listing-studio: product photos in, storefront listings out (the desktop app's engine, from a terminal)

Usage: listing-studio <command> [options]

Commands
  import <files|folders…>       Import photos; SKU_1.jpg, SKU_2.jpg become one product (--no-group: one per photo)
  generate --all | --product ID… | --resume
                                Write listings through the bulk queue. --all writes products
                                with no draft yet (and those whose last try failed); drafts
                                that exist are kept unless named with --rewrite
      --rewrite drafts,edited,approved
                                With --all, also rewrite: drafts = the model's untouched drafts,
                                edited = drafts you changed, approved = approved or exported.
                                Each rewritten draft keeps your version in its history
      --engine local|cloud      Default: the app's setting
      --model FILE.gguf --mmproj FILE.gguf
                                The local model (default: the first installed in the library)
      --parallel N              Local requests at once (default 2)
      --words N  --target ${EXPORT_TARGETS.join('|')}
      --tone friendly|professional|playful|luxury|minimal  --language English
  export --format F --out FILE  Write a storefront CSV (and an images folder next to it)
      --product ID…             Default: approved drafts not yet exported to this storefront
      --status approved|draft|flagged|all   --include-exported
      --on-lint-failure abort|skip|anyway   (default abort)
      --image-base-url URL  --no-images
      For this export only (otherwise the shop profile): --currency USD  --storefront shopify|woocommerce|custom
      --shop-url URL  --product-path /product/{handle}  --vendor NAME  --condition new|used|refurbished
      --ebay-category ID  --ebay-site US  --etsy-taxonomy ID  --etsy-who-made i_did  --etsy-when-made made_to_order
      --etsy-supply yes|no  --google-category ID
  run <photos…> --format F --out FILE
                                import + generate + export in one go (lint failures are skipped)
  shop show | shop set --key value…
                                The shop profile every export starts from; "none" clears a value:
      --platforms shopify,woocommerce  --shopify-url URL  --shopify-path /products/{handle}
      --woocommerce-url URL  --woocommerce-path /product/{handle}  --custom-url URL  --custom-path /p/{sku}
      --currency USD  --vendor NAME  --condition new|used|refurbished  --ebay-category ID  --ebay-site US
      --etsy-taxonomy ID  --etsy-who-made i_did|someone_else|collective  --etsy-when-made made_to_order  --etsy-supply yes|no
  catalog import FILE [--map "Column=field"]… [--apply]
                                Fill SKU, prices, stock… from a product CSV (Shopify, WooCommerce, eBay, Google,
                                Etsy or your own); shows what would change, --apply fills empty fields only
  drafts show ID                A draft: its text, flags, what the model saw and where each attribute comes from
  drafts set ID [--title T] [--description D] [--tags a,b] [--price 12.50|none] [--sku S] [--attr key=value]…
                                Change a draft (one undoable revision; its flags are checked again;
                                --attr key= removes an attribute, e.g. --attr condition=used sets the condition)
  drafts confirm ID WORDS…      Vouch for a flagged brand or claim ("Nike", "12 oz", "Made in Portugal")
  approve ID…                   Approve drafts for export (says which still have flags)
  check [--product ID…]         Run every check again on the current drafts and list their flags
                                (changes nothing; --json: [{ productId, flags: [{ code, field, reason }] }])
  variants ID                   A product's options and variants (values, SKU, price, barcode, stock, photos)
      --make ID…                Make the products listed (repeatable, or 13,14) variants of product ID;
                                values come from their names and measured colours; prints how to undo
      --split VARIANT           Move one variant, with its photos, out into a product of its own
      --rejoin SPLIT            Put a split variant back (if its new product was not changed since)
      --undo-make MERGE         Undo a --make: every product back as it was
  status                        Products per status, engine, unfinished job
  doctor                        Check this machine: engine, models, keys, disk

Everywhere
  --library DIR                 The library folder (or LISTING_STUDIO_LIBRARY); default: the app's own.
                                Only import and run create a library that does not exist yet
  --json                        One JSON document on stdout, for scripts
  --verbose                     Stack traces of unexpected failures, for bug reports
  -h, --help

Exit codes: 0 all done; 1 something failed (the message says what); 2 wrong usage.
Cloud: set LISTING_STUDIO_CLOUD_KEY. An interrupted generation resumes with: generate --resume.`;
